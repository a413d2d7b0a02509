import type { Models } from 'purecloud-platform-client-v2';
import { normalizePhone, normalizeWhatsAppPhone } from './phone';

/**
 * What the store keeps. Records hold references as ids; the API's presenters turn them into the
 * SDK's models (embedding referenced entities only when `expand` asks for them).
 */

/** Fields of a contact a client may write; the rest are system-set or read-only in the model. */
export type ContactFields = Omit<
  Models.ExternalContact,
  | 'id'
  | 'externalOrganization'
  | 'createDate'
  | 'modifyDate'
  | 'selfUri'
  | 'type'
  | 'canonicalContact'
  | 'mergeSet'
  | 'mergedFrom'
  | 'mergedTo'
  | 'mergeOperation'
  | 'externalDataSources'
>;

export interface ContactRecord extends ContactFields {
  id: string;
  organizationId?: string;
  createDate: string;
  modifyDate: string;
}

export type OrganizationFields = Omit<
  Models.ExternalOrganization,
  'id' | 'createDate' | 'modifyDate' | 'selfUri' | 'trustor' | 'externalDataSources'
>;

export interface OrganizationRecord extends OrganizationFields {
  id: string;
  createDate: string;
  modifyDate: string;
}

export type NoteEntityType = 'contact' | 'organization';

export interface NoteRecord {
  id: string;
  entityType: NoteEntityType;
  entityId: string;
  noteText: string;
  createdById: string;
  createDate: string;
  modifyDate: string;
}

export interface RelationshipRecord {
  id: string;
  userId: string;
  organizationId: string;
  relationship: string;
  /** Not in the model, but `sortOrder=createDate:…` sorts by it. */
  createDate: string;
}

export interface TrustorLinkRecord {
  organizationId: string;
  trustorOrgId: string;
  dateCreated: string;
}

/** A Genesys Cloud user who can sign in to the emulator, and what their roles grant. */
export interface Agent {
  id: string;
  name: string;
  email: string;
  username: string;
  title: string;
  department: string;
  /** What the agent's roles amount to, shown on the login form. */
  access: string;
  permissions: readonly string[];
}

/** Phone fields as the service stores them after a write (see `normalizePhone`). */
export function normalizeContactFields(fields: ContactFields): ContactFields {
  const phone = (value: Models.PhoneNumber | undefined) => (value === undefined ? undefined : normalizePhone(value));
  return {
    ...fields,
    workPhone: phone(fields.workPhone),
    cellPhone: phone(fields.cellPhone),
    homePhone: phone(fields.homePhone),
    otherPhone: phone(fields.otherPhone),
    whatsAppId:
      fields.whatsAppId === undefined
        ? undefined
        : { ...fields.whatsAppId, phoneNumber: normalizeWhatsAppPhone(fields.whatsAppId.phoneNumber) },
  };
}

export function normalizeOrganizationFields(fields: OrganizationFields): OrganizationFields {
  return {
    ...fields,
    phoneNumber: fields.phoneNumber === undefined ? undefined : normalizePhone(fields.phoneNumber),
    faxNumber: fields.faxNumber === undefined ? undefined : normalizePhone(fields.faxNumber),
  };
}
