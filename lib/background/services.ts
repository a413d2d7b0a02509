import { createAuthService, type AuthService } from '../auth/session';
import { createNoteOutbox, DUPLICATE_CHECK_PAGE, type NoteOutbox } from '../contacts/note-outbox';
import { notesApi } from '../contacts/notes-api';
import { browserWebAuthFlow } from '../auth/web-auth-flow';
import { createGenesysClient, type GenesysClient } from '../genesys/client';
import { GenesysApiError } from '../genesys/errors';
import type { GenesysEnvironment } from '../genesys/regions';
import { createLookupService, type LookupService } from '../lookup/lookup-service';
import { currentConnection } from '../settings/current';
import { authSession, forceLoginPrompt, lookupCache, noteDrafts, noteOutbox, popState, popupFocus } from '../storage/session';
import { resolveConnection } from './connection';
import { withRetries } from './note-retries';

/** A client that always uses one known token: for `users/me` right after sign-in, and revocation. */
function clientWithToken(environment: GenesysEnvironment, token: string, retryLimit?: number) {
  return createGenesysClient({
    apiBase: environment.apiBase,
    tokens: { current: () => Promise.resolve(token), renew: () => Promise.resolve(undefined) },
    ...(retryLimit !== undefined && { retryLimit, timeoutMs: 5_000 }),
  });
}

export interface BackgroundServices {
  auth: AuthService;
  /** The API client for the signed-in session's environment. */
  api: () => Promise<GenesysClient>;
  lookups: LookupService;
  /** Notes saved while Genesys Cloud was unreachable, sent again until it takes them. */
  outbox: NoteOutbox;
}

/** The background's composition root: every service, wired once. */
export function createBackgroundServices(): BackgroundServices {
  // Everything derived from the session goes with it.
  const signOutTasks: (() => Promise<void>)[] = [
    () => popupFocus.removeValue(),
    () => noteDrafts.removeValue(),
    () => popState.removeValue(),
    () => noteOutbox.removeValue(),
  ];
  const auth = createAuthService({
    flow: browserWebAuthFlow,
    connection: async () => resolveConnection((await currentConnection()).value),
    session: { get: () => authSession.getValue(), set: (s) => (s ? authSession.setValue(s) : authSession.removeValue()) },
    forceLoginPrompt: { get: () => forceLoginPrompt.getValue(), set: (value) => forceLoginPrompt.setValue(value) },
    async whoAmI(environment, token) {
      const me = await clientWithToken(environment, token).getMe();
      return { id: me.id ?? '', name: me.name ?? me.email ?? 'Unknown agent', ...(me.email && { email: me.email }) };
    },
    revoke: async (environment, token) => {
      await clientWithToken(environment, token, 0).revokeToken();
    },
    onSignedOut: async () => {
      await Promise.all(signOutTasks.map((task) => task()));
    },
  });

  let cached: { apiBase: string; client: GenesysClient } | undefined;
  async function api(): Promise<GenesysClient> {
    const environment = await auth.environment();
    if (!environment) throw signedOut();
    if (cached?.apiBase !== environment.apiBase) {
      cached = {
        apiBase: environment.apiBase,
        client: createGenesysClient({ apiBase: environment.apiBase, tokens: { current: auth.accessToken, renew: auth.renew } }),
      };
    }
    return cached.client;
  }

  const lookups = createLookupService({
    reverseLookup: async (value) => (await api()).reverseWhitepagesLookup(value, { expand: ['contacts.externalOrganization'] }),
    signedIn: async () => (await auth.accessToken()) !== undefined,
    store: { load: () => lookupCache.getValue(), save: (entries) => lookupCache.setValue(entries) },
  });
  signOutTasks.push(() => lookups.forget());

  const signedOut = () =>
    new GenesysApiError({ kind: 'unauthorized', message: 'You are signed out of Genesys Cloud. Sign in to continue.' });
  const outbox = withRetries(
    createNoteOutbox({
      agentId: async () => {
        const agent = (await auth.status()).agent;
        if (!agent) throw signedOut();
        return agent.id;
      },
      create: async (owner, text, agentId) =>
        notesApi(await api(), owner).create(owner.id, { noteText: text, createdBy: { id: agentId } }),
      latest: async (owner) =>
        notesApi(await api(), owner).list(owner.id, {
          pageSize: DUPLICATE_CHECK_PAGE,
          pageNumber: 1,
          sortOrder: 'createDate:desc',
        }),
      store: { get: () => noteOutbox.getValue(), set: (notes) => noteOutbox.setValue(notes) },
      now: Date.now,
      newId: () => crypto.randomUUID(),
    }),
  );

  return { auth, api, lookups, outbox };
}
