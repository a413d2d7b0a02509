import type { Models } from 'purecloud-platform-client-v2';
import { compact } from '../compact';
import type { Agent, ContactRecord, NoteRecord, OrganizationRecord, RelationshipRecord } from '../records';
import { DEMO_ORGANIZATION } from '../seed';
import { stableId } from '../seed-data/ids';
import type { ExternalContactsStore } from '../store';

/**
 * Records as the API returns them. A referenced entity is an `{id, selfUri}` reference unless
 * the request expanded it. (The SDK types such references with the full model, e.g. a required
 * `ExternalOrganization.name`; the service only sends the reference.)
 */
export interface EntityRef {
  id: string;
  selfUri: string;
}

export type ContactView = Omit<Models.ExternalContact, 'externalOrganization'> & {
  externalOrganization?: Models.ExternalOrganization | EntityRef;
};

export type NoteView = Omit<Models.Note, 'createdBy'> & { createdBy: Models.User | EntityRef };

export type RelationshipView = Omit<Models.Relationship, 'user' | 'externalOrganization'> & {
  user: EntityRef;
  externalOrganization: EntityRef;
};

const BASE = '/api/v2/externalcontacts';
const contactUri = (id: string) => `${BASE}/contacts/${id}`;
export const organizationUri = (id: string) => `${BASE}/organizations/${id}`;
const relationshipUri = (id: string) => `${BASE}/relationships/${id}`;
export const userUri = (id: string) => `/api/v2/users/${id}`;

const ref = (id: string, uri: (id: string) => string): EntityRef => ({ id, selfUri: uri(id) });

const HOME_DIVISION: Models.Division = {
  id: stableId('division:home'),
  name: 'Home',
  selfUri: `/api/v2/authorization/divisions/${stableId('division:home')}`,
};

export function presentUser(agent: Agent): Models.User {
  return {
    id: agent.id,
    name: agent.name,
    division: HOME_DIVISION,
    email: agent.email,
    state: 'active',
    title: agent.title,
    department: agent.department,
    username: agent.username,
    version: 1,
    selfUri: userUri(agent.id),
  };
}

export function presentOrganization(
  record: OrganizationRecord,
  directory: ExternalContactsStore,
  includeTrustors = false,
): Models.ExternalOrganization {
  const link = includeTrustors ? directory.trustorLinks.get(record.id) : undefined;
  return compact({
    ...record,
    trustor: link && {
      id: link.trustorOrgId,
      enabled: true,
      dateCreated: link.dateCreated,
      selfUri: `/api/v2/orgauthorization/trustors/${link.trustorOrgId}`,
    },
    selfUri: organizationUri(record.id),
  });
}

export function presentContact(record: ContactRecord, directory: ExternalContactsStore, embedOrganization: boolean): ContactView {
  const { organizationId, ...fields } = record;
  const organization = organizationId === undefined ? undefined : directory.organizations.get(organizationId);
  return compact({
    ...fields,
    externalOrganization:
      organization && (embedOrganization ? presentOrganization(organization, directory) : ref(organization.id, organizationUri)),
    selfUri: contactUri(record.id),
  });
}

function noteUri(note: NoteRecord): string {
  const owner = note.entityType === 'contact' ? contactUri(note.entityId) : organizationUri(note.entityId);
  return `${owner}/notes/${note.id}`;
}

export function presentNote(note: NoteRecord, author: Agent | undefined, expandAuthor: boolean): NoteView {
  return {
    id: note.id,
    entityId: note.entityId,
    entityType: note.entityType,
    noteText: note.noteText,
    modifyDate: note.modifyDate,
    createDate: note.createDate,
    createdBy: author && expandAuthor ? presentUser(author) : ref(note.createdById, userUri),
    selfUri: noteUri(note),
  };
}

export function presentRelationship(record: RelationshipRecord): RelationshipView {
  return {
    id: record.id,
    user: ref(record.userId, userUri),
    externalOrganization: ref(record.organizationId, organizationUri),
    relationship: record.relationship,
    selfUri: relationshipUri(record.id),
  };
}

export const demoOrganization = (): Models.Organization => ({ ...DEMO_ORGANIZATION, version: 1, state: 'active' });
