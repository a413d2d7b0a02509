import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { onMessage, type MessageName, type ProtocolMap } from './protocol';
import { classifySender, type SenderKind } from './sender';

type RequestOf<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
type ResponseOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;

/** What the background knows about a sender after checking it. */
export interface VerifiedSender {
  kind: SenderKind;
  url: string;
  tabId?: number;
  frameId?: number;
}

export interface Route<K extends MessageName> {
  /** The senders allowed to send this message; everyone else is refused. */
  from: readonly SenderKind[];
  /** The payload's shape; a payload that does not match is refused before `handle` runs. */
  schema: v.GenericSchema<unknown, RequestOf<K>>;
  handle(request: RequestOf<K>, sender: VerifiedSender): ResponseOf<K> | Promise<ResponseOf<K>>;
}

/** Thrown back to a sender whose message was refused; carries no internal detail. */
export class MessageRefused extends Error {
  override name = 'MessageRefused';
}

/** Every route the background registered: the one place that says who may send what. */
const routes = new Map<MessageName, Route<MessageName>>();

export function registeredRoutes(): ReadonlyMap<MessageName, Route<MessageName>> {
  return routes;
}

/**
 * Checks one message against its route (sender first, then payload) and runs the handler only
 * if both pass. Pure apart from the extension's own id and base URL.
 */
export function dispatch<K extends MessageName>(
  name: K,
  spec: Route<K>,
  data: unknown,
  sender: Runtime.MessageSender,
  extension: { id: string; base: string } = { id: browser.runtime.id, base: browser.runtime.getURL('/') },
): ResponseOf<K> | Promise<ResponseOf<K>> {
  const kind = classifySender(sender, extension.id, extension.base);
  if (kind === undefined || !spec.from.includes(kind)) {
    throw new MessageRefused(`${name} is not accepted from this sender`);
  }
  const parsed = v.safeParse(spec.schema, data);
  if (!parsed.success) throw new MessageRefused(`${name} has a malformed payload`);
  return spec.handle(parsed.output, {
    kind,
    url: sender.url ?? '',
    ...(sender.tab?.id !== undefined && { tabId: sender.tab.id }),
    ...(sender.frameId !== undefined && { frameId: sender.frameId }),
  });
}

/** Registers the background's handler for one message, with its sender policy and schema. */
export function route<K extends MessageName>(name: K, spec: Route<K>): void {
  routes.set(name, spec);
  onMessage(name, (message) => dispatch(name, spec, message.data, message.sender as Runtime.MessageSender));
}
