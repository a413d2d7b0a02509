import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * The one message protocol between content scripts, extension pages and the background.
 * Each entry maps a message name to its request and response; the background checks who
 * may send each message and validates its payload (see `lib/messaging/router.ts`).
 */
export interface ProtocolMap {
  /** Liveness check: any context may ask the background which build is running. */
  ping(): { version: string };
}

export type MessageName = keyof ProtocolMap;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
