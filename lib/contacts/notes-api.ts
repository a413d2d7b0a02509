import type { GenesysClient } from '../genesys/client';
import type { NoteOwner } from './notes';

/** The notes endpoints for one kind of owner: contacts and organizations have their own. */
export function notesApi(client: GenesysClient, owner: NoteOwner) {
  return owner.type === 'contact'
    ? {
        list: client.listContactNotes,
        create: client.createContactNote,
        update: client.updateContactNote,
        remove: client.deleteContactNote,
      }
    : {
        list: client.listOrganizationNotes,
        create: client.createOrganizationNote,
        update: client.updateOrganizationNote,
        remove: client.deleteOrganizationNote,
      };
}
