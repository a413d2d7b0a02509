import type { Runtime } from 'webextension-polyfill';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageName } from '../messaging/protocol';
import { dispatch, MessageRefused, registeredRoutes } from '../messaging/router';
import { registerAuthRoutes } from './auth-routes';
import { registerContactRoutes } from './contact-routes';
import { registerConversationRoutes } from './conversation-routes';
import { registerLookupRoutes } from './lookup-routes';
import { registerNoteRoutes } from './note-routes';
import { registerPageRoutes } from './page-routes';
import { registerPing } from './ping';
import type { BackgroundServices } from './services';
import { registerSettingsRoutes } from './settings-routes';
import { popupFocus } from '../storage/session';

// The transport is the browser's; these tests look at what the background accepts.
vi.mock('../messaging/protocol', () => ({ onMessage: () => () => undefined, sendMessage: () => Promise.resolve() }));

const extension = { id: 'screen-pop-id', base: 'chrome-extension://screen-pop-id/' };
const tab = { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const SENDERS: Record<string, Runtime.MessageSender> = {
  'extension page': { id: extension.id, url: `${extension.base}popup.html` },
  'content script': { id: extension.id, url: 'https://crm.example.com/', tab },
  'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  'a sender without a url': { id: extension.id, tab },
};

/** Services that fail the test if a refused message ever reaches them. */
const untouchable = new Proxy({} as BackgroundServices, {
  get: () => () => {
    throw new Error('a refused message reached a service');
  },
});

/** Messages the background answers (the others go from the background to content scripts). */
const BACKGROUND_MESSAGES: MessageName[] = [
  'ping',
  'auth.status',
  'auth.signIn',
  'auth.signOut',
  'agent.me',
  'connection.save',
  'preferences.save',
  'screenPop.save',
  'lookup.run',
  'lookup.peek',
  'ui.openDetails',
  'ui.openCreate',
  'ui.openSignIn',
  'popup.context',
  'site.setPaused',
  'contact.get',
  'contact.create',
  'notes.list',
  'notes.add',
  'notes.flush',
  'notes.discard',
  'notes.update',
  'notes.delete',
  'conversations.list',
  'conversations.associate',
];

/** What a content script may ask for: reads and ways into our own UI, never writes or settings. */
const CONTENT_SCRIPT_MESSAGES: MessageName[] = ['ping', 'lookup.run', 'ui.openDetails', 'ui.openCreate', 'ui.openSignIn'];

describe('the background message routes', () => {
  beforeAll(() => {
    for (const register of [
      registerAuthRoutes,
      registerLookupRoutes,
      registerPageRoutes,
      registerContactRoutes,
      registerNoteRoutes,
      registerConversationRoutes,
    ]) {
      register(untouchable);
    }
    registerSettingsRoutes();
    registerPing();
  });

  it('has exactly one route for every message the background answers', () => {
    expect([...registeredRoutes().keys()].sort()).toEqual([...BACKGROUND_MESSAGES].sort());
  });

  it('lets content scripts send only lookups and ways into the extension UI', () => {
    const fromContent = [...registeredRoutes()].filter(([, spec]) => spec.from.includes('content-script')).map(([name]) => name);
    expect(fromContent.sort()).toEqual([...CONTENT_SCRIPT_MESSAGES].sort());
  });

  it.each(BACKGROUND_MESSAGES.filter((name) => !CONTENT_SCRIPT_MESSAGES.includes(name)))(
    'refuses %s from a content script before any work is done',
    (name) => {
      const spec = registeredRoutes().get(name);
      expect(spec).toBeDefined();
      if (!spec) return;
      expect(() => dispatch(name, spec, undefined, SENDERS['content script'] ?? {}, extension)).toThrow(MessageRefused);
    },
  );

  it.each(Object.keys(SENDERS).filter((s) => s !== 'extension page' && s !== 'content script'))(
    'refuses every message from %s',
    (sender) => {
      for (const [name, spec] of registeredRoutes()) {
        expect(() => dispatch(name, spec, undefined, SENDERS[sender] ?? {}, extension), name).toThrow(MessageRefused);
      }
    },
  );

  it.each([
    ['lookup.run', { query: { kind: 'phone', value: 'not a number' } }],
    ['lookup.run', { query: { kind: 'phone', value: '+13172222222' }, maxAgeMs: -5 }],
    ['notes.add', { owner: { type: 'contact', id: '../../users/me' }, text: 'hi' }],
    ['notes.add', { owner: { type: 'contact', id: 'c1' }, text: '   ' }],
    ['notes.add', { owner: { type: 'contact', id: 'c1' }, text: 'x'.repeat(32_001) }],
    ['notes.update', { owner: { type: 'team', id: 'c1' }, noteId: 'n1', text: 'hi' }],
    ['conversations.associate', { interaction: { conversationId: 'a', communicationId: 'b', mediaType: 'FAX' }, contactId: 'c' }],
    ['connection.save', { environmentId: 'us_east_1', clientId: 'x', emulatorUrl: 'https://evil.example/' }],
    ['preferences.save', { detectors: { phone: true }, defaultCountry: 'US', hoverDelayMs: 300, siteMode: 'block', sites: [] }],
    [
      'preferences.save',
      {
        detectors: { phone: true, email: true, twitter: true },
        defaultCountry: 'XX',
        hoverDelayMs: 300,
        siteMode: 'block',
        sites: [],
      },
    ],
    ['site.setPaused', { site: 'example.com' }],
    ['contact.get', { contactId: 'a/b' }],
    ['ui.openDetails', 'phone'],
    ['ping', { anything: true }],
  ] as const)('drops a malformed %s payload (%j)', (name, data) => {
    const spec = registeredRoutes().get(name);
    expect(spec).toBeDefined();
    if (!spec) return;
    expect(() => dispatch(name, spec, data, SENDERS['extension page'] ?? {}, extension)).toThrow(MessageRefused);
  });

  it('hands a valid message from an allowed sender to its handler', async () => {
    const asked: unknown[] = [];
    registerLookupRoutes({
      ...untouchable,
      lookups: {
        lookup: (query: unknown) => {
          asked.push(query);
          return Promise.resolve({ status: 'no-match' });
        },
      },
    } as unknown as BackgroundServices);
    const spec = registeredRoutes().get('lookup.run');
    if (!spec) throw new Error('no lookup route');
    const query = { kind: 'phone', value: '+13172222222' };
    await expect(
      Promise.resolve(dispatch('lookup.run', spec, { query }, SENDERS['content script'] ?? {}, extension)),
    ).resolves.toEqual({
      status: 'no-match',
    });
    expect(asked).toEqual([query]);
  });

  it("makes a page card's lookup what the popup opens on, quietly, and leaves the popup's own lookups alone", async () => {
    registerLookupRoutes({
      ...untouchable,
      lookups: { lookup: () => Promise.resolve({ status: 'no-match' }) },
    } as unknown as BackgroundServices);
    const spec = registeredRoutes().get('lookup.run');
    if (!spec) throw new Error('no lookup route');
    const fromPage = { kind: 'email', value: 'ana@example.com' };
    await dispatch('lookup.run', spec, { query: fromPage }, SENDERS['content script'] ?? {}, extension);
    expect(await popupFocus.getValue()).toMatchObject({ query: fromPage, mode: 'details', quiet: true, tabId: tab.id });
    await dispatch(
      'lookup.run',
      spec,
      { query: { kind: 'twitter', value: 'other' } },
      SENDERS['extension page'] ?? {},
      extension,
    );
    expect((await popupFocus.getValue())?.query).toEqual(fromPage);
  });
});
