import { communicationsOf } from '../conversation-model';
import { invalidValue, notFound } from '../errors';
import { REQUIRES } from '../permissions';
import { param, type ApiRoute } from './types';
import { parseAssociation } from './validate';

/**
 * `PUT …/conversations/{conversationId}`: associates a contact with a conversation, or with no
 * `externalContactId` removes the association. 202 with no body, as in the 2018 swagger.
 */
export const associationRoutes: ApiRoute[] = [
  {
    method: 'PUT',
    pattern: '/api/v2/externalcontacts/conversations/:conversationId',
    permissions: REQUIRES.conversationAssociate,
    handler: async (request) => {
      const { state, caller } = request;
      const conversationId = param(request, 'conversationId');
      const conversation = state.conversations.get(conversationId);
      if (!conversation) throw notFound();
      const body = parseAssociation(await request.body());
      if (body.conversationId !== conversationId) {
        throw invalidValue('conversationId', body.conversationId, `the conversation id of the path, ${conversationId}`);
      }
      const communication = communicationsOf(conversation).find((candidate) => candidate.id === body.communicationId);
      if (!communication) {
        throw invalidValue('communicationId', body.communicationId, 'the id of a communication in this conversation');
      }
      if (communication.mediaType !== body.mediaType) throw invalidValue('mediaType', body.mediaType, communication.mediaType);
      let organizationId: string | undefined;
      if (body.externalContactId !== undefined) {
        const contact = state.directory.contacts.get(body.externalContactId);
        if (!contact) throw invalidValue('externalContactId', body.externalContactId, 'the id of an existing external contact');
        organizationId = contact.organizationId;
      }
      state.conversations.associate({ ...body, userId: caller.agent?.id, timestamp: new Date().toISOString() }, organizationId);
      return { status: 202 };
    },
  },
];
