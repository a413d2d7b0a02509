import type { Models } from 'purecloud-platform-client-v2';
import type { GenesysHttp } from './http';
import { OPERATIONS as OP, type Operation } from './operations';
import type { Query } from './query';

/** Paging and search shared by the listing endpoints (`pageNumber * pageSize <= 1000`). */
export type ListQuery = {
  pageSize?: number;
  pageNumber?: number;
  /** `field:asc|desc`, e.g. `lastName:asc`; the fields allowed differ per endpoint. */
  sortOrder?: string;
  expand?: readonly string[];
};
export type SearchQuery = ListQuery & { q?: string };

export type ContactExpand = 'externalOrganization' | 'externalDataSources' | 'identifiers' | 'externalSources' | 'division';
export type LookupExpand = 'contacts.externalOrganization' | 'externalDataSources' | 'division';

/**
 * Request bodies. The SDK's models mark server-filled references as required (a Note's
 * `createdBy: User` needs `version`), yet the API only needs ids there, so inputs get their own types.
 */
export type ContactInput = Omit<Models.ExternalContact, 'id' | 'externalOrganization'> & {
  externalOrganization?: { id: string };
};
export type OrganizationInput = Omit<Models.ExternalOrganization, 'id'>;
export interface NoteInput {
  noteText: string;
  createdBy?: { id: string };
}
export interface RelationshipInput {
  user: { id: string };
  externalOrganization: { id: string };
  relationship: string;
}
export interface ConversationAssociationInput {
  conversationId: string;
  communicationId: string;
  mediaType: string;
  /** Omit to disassociate. */
  externalContactId?: string;
}

const base = 'externalcontacts';
const seg = (id: string) => encodeURIComponent(id);
const contact = (id: string) => `${base}/contacts/${seg(id)}`;
const organization = (id: string) => `${base}/organizations/${seg(id)}`;

/** Every External Contacts endpoint of the API reference, typed with the SDK's models. */
export function externalContactsApi(http: GenesysHttp) {
  const get = <T>(operation: Operation, path: string, query?: Query) =>
    http.request<T>({ operation, method: 'get', path, ...(query && { query }) });
  const send = <T>(operation: Operation, method: 'post' | 'put', path: string, json: unknown) =>
    http.request<T>({ operation, method, path, json });
  const remove = <T = unknown>(operation: Operation, path: string) => http.request<T>({ operation, method: 'delete', path });

  return {
    listContacts: (query?: SearchQuery) => get<Models.ContactListing>(OP.viewContacts, `${base}/contacts`, query),
    createContact: (body: ContactInput) => send<Models.ExternalContact>(OP.addContacts, 'post', `${base}/contacts`, body),
    getContact: (id: string, query?: { expand?: readonly ContactExpand[] }) =>
      get<Models.ExternalContact>(OP.viewContacts, contact(id), query),
    updateContact: (id: string, body: ContactInput) => send<Models.ExternalContact>(OP.editContacts, 'put', contact(id), body),
    deleteContact: (id: string) => remove(OP.deleteContacts, contact(id)),

    listContactNotes: (id: string, query?: ListQuery) =>
      get<Models.NoteListing>(OP.viewContactNotes, `${contact(id)}/notes`, query),
    createContactNote: (id: string, body: NoteInput) =>
      send<Models.Note>(OP.editContactNotes, 'post', `${contact(id)}/notes`, body),
    getContactNote: (id: string, noteId: string, query?: { expand?: readonly string[] }) =>
      get<Models.Note>(OP.viewContactNotes, `${contact(id)}/notes/${seg(noteId)}`, query),
    updateContactNote: (id: string, noteId: string, body: NoteInput) =>
      send<Models.Note>(OP.editContactNotes, 'put', `${contact(id)}/notes/${seg(noteId)}`, body),
    deleteContactNote: (id: string, noteId: string) => remove(OP.editContactNotes, `${contact(id)}/notes/${seg(noteId)}`),

    listOrganizations: (query?: SearchQuery & { trustorId?: readonly string[]; includeTrustors?: boolean }) =>
      get<Models.ExternalOrganizationListing>(OP.viewOrganizations, `${base}/organizations`, query),
    createOrganization: (body: OrganizationInput) =>
      send<Models.ExternalOrganization>(OP.addOrganizations, 'post', `${base}/organizations`, body),
    getOrganization: (id: string, query?: { expand?: readonly string[]; includeTrustors?: boolean }) =>
      get<Models.ExternalOrganization>(OP.viewOrganizations, organization(id), query),
    updateOrganization: (id: string, body: OrganizationInput) =>
      send<Models.ExternalOrganization>(OP.editOrganizations, 'put', organization(id), body),
    deleteOrganization: (id: string) => remove(OP.deleteOrganizations, organization(id)),
    listOrganizationContacts: (id: string, query?: SearchQuery) =>
      get<Models.ContactListing>(OP.viewContacts, `${organization(id)}/contacts`, query),

    listOrganizationNotes: (id: string, query?: ListQuery) =>
      get<Models.NoteListing>(OP.viewOrganizationNotes, `${organization(id)}/notes`, query),
    createOrganizationNote: (id: string, body: NoteInput) =>
      send<Models.Note>(OP.editOrganizationNotes, 'post', `${organization(id)}/notes`, body),
    getOrganizationNote: (id: string, noteId: string, query?: { expand?: readonly string[] }) =>
      get<Models.Note>(OP.viewOrganizationNotes, `${organization(id)}/notes/${seg(noteId)}`, query),
    updateOrganizationNote: (id: string, noteId: string, body: NoteInput) =>
      send<Models.Note>(OP.editOrganizationNotes, 'put', `${organization(id)}/notes/${seg(noteId)}`, body),
    deleteOrganizationNote: (id: string, noteId: string) =>
      remove(OP.editOrganizationNotes, `${organization(id)}/notes/${seg(noteId)}`),

    listRelationships: (id: string, query?: ListQuery) =>
      get<Models.RelationshipListing>(OP.viewOrganizations, `${organization(id)}/relationships`, query),
    createRelationship: (body: RelationshipInput) =>
      send<Models.Relationship>(OP.editOrganizations, 'post', `${base}/relationships`, body),
    getRelationship: (id: string, query?: { expand?: readonly string[] }) =>
      get<Models.Relationship>(OP.viewOrganizations, `${base}/relationships/${seg(id)}`, query),
    updateRelationship: (id: string, body: RelationshipInput) =>
      send<Models.Relationship>(OP.editOrganizations, 'put', `${base}/relationships/${seg(id)}`, body),
    deleteRelationship: (id: string) => remove(OP.editOrganizations, `${base}/relationships/${seg(id)}`),

    linkTrustor: (id: string, trustorId: string) =>
      http.request<Models.ExternalOrganizationTrustorLink>({
        operation: OP.linkTrustors,
        method: 'put',
        path: `${organization(id)}/trustor/${seg(trustorId)}`,
      }),
    unlinkTrustor: (id: string) => remove<undefined>(OP.linkTrustors, `${organization(id)}/trustor`),

    /** Contacts matching an E.164 number, an email address or a Twitter screen name (25 at most). */
    reverseWhitepagesLookup: (lookupVal: string, query?: { expand?: readonly LookupExpand[]; divisionId?: string }) =>
      get<Models.ReverseWhitepagesLookupResult>(OP.lookUpContacts, `${base}/reversewhitepageslookup`, {
        lookupVal,
        ...query,
      }),
    /** Ties a contact to a conversation; the API answers 202 with no body. */
    associateConversation: (body: ConversationAssociationInput) =>
      send<undefined>(OP.associateConversations, 'put', `${base}/conversations/${seg(body.conversationId)}`, body),
  };
}

export type ExternalContactsApi = ReturnType<typeof externalContactsApi>;
