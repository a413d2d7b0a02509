import type { Models } from 'purecloud-platform-client-v2';
import { badRequest } from '../errors';
import type { GrantType } from '../oauth/clients';
import type { Agent } from '../records';
import { paginate, readPage } from './listing';
import { demoOrganization, presentUser } from './present';
import { ok, type ApiRequest, type ApiRoute } from './types';

/** "This request is not valid when using the Client Credentials OAuth grant." */
function signedInAgent(request: ApiRequest): Agent {
  const { agent } = request.caller;
  if (!agent) {
    throw badRequest('This request requires a user context. Client credentials cannot be used for requests to this resource.');
  }
  return agent;
}

// The enum has no PKCE value; PKCE clients are Code Authorization clients that require a challenge.
const GRANT_TYPE_NAMES: Record<GrantType, string> = {
  pkce: 'CODE',
  implicit: 'TOKEN',
  'client-credentials': 'CLIENT-CREDENTIALS',
};

/** `GET /conversations` filters by media with `communicationType` ("Call or Chat ..."). */
const MEDIA_OF: Record<string, keyof Models.Participant> = { call: 'calls', email: 'emails', message: 'messages' };

export const userRoutes: ApiRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v2/users/me',
    handler: (request) => {
      const agent = signedInAgent(request);
      const expand = new Set(request.query.list('expand'));
      const me: Models.UserMe = {
        ...presentUser(agent),
        ...(expand.has('authorization') && { authorization: { permissions: [...agent.permissions] } }),
        ...(expand.has('organization') && { organization: demoOrganization() }),
      };
      return ok(me);
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/tokens/me',
    handler: ({ caller, state }) => {
      const client = state.clients.get(caller.token.clientId);
      const organization = { id: demoOrganization().id, name: demoOrganization().name };
      const info: Models.TokenInfo = {
        organization,
        homeOrganization: organization,
        authorizedScope: [],
        OAuthClient: {
          id: caller.token.clientId,
          name: client?.name ?? caller.token.clientId,
          authorizedGrantType: client ? GRANT_TYPE_NAMES[client.grantType] : 'CODE',
          organization,
        },
      };
      return ok(info);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v2/tokens/me',
    handler: ({ caller, state }) => {
      state.auth.revokeToken(caller.token.value);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/conversations',
    handler: (request) => {
      const agent = signedInAgent(request);
      const { query, state } = request;
      const media = MEDIA_OF[query.get('communicationType')?.toLowerCase() ?? ''];
      const conversations = state.conversations
        .activeFor(agent.id)
        .filter((conversation) => media === undefined || conversation.participants.some((participant) => participant[media]));
      const page = readPage(query, 100, 25);
      return ok(paginate(conversations, page, '/api/v2/conversations', query, (conversation) => conversation));
    },
  },
];
