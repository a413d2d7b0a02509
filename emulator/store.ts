import { randomUUID } from 'node:crypto';
import {
  normalizeContactFields,
  normalizeOrganizationFields,
  type ContactFields,
  type ContactRecord,
  type NoteEntityType,
  type NoteRecord,
  type OrganizationFields,
  type OrganizationRecord,
  type RelationshipRecord,
  type TrustorLinkRecord,
} from './records';

/** Ids and dates a write may pin (seed data); otherwise the store makes them up. */
export interface WriteMeta {
  id?: string;
  now?: string;
}

/**
 * The org's External Contacts data. Every write goes through here so phone normalization,
 * server-set dates and cascading deletes behave the same for the API, the seed and the control API.
 */
export class ExternalContactsStore {
  readonly contacts = new Map<string, ContactRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly notes = new Map<string, NoteRecord>();
  readonly relationships = new Map<string, RelationshipRecord>();
  /** Keyed by external organization id: an organization links to at most one trustor. */
  readonly trustorLinks = new Map<string, TrustorLinkRecord>();

  clear(): void {
    this.contacts.clear();
    this.organizations.clear();
    this.notes.clear();
    this.relationships.clear();
    this.trustorLinks.clear();
  }

  createContact(fields: ContactFields, organizationId: string | undefined, meta: WriteMeta = {}): ContactRecord {
    const now = meta.now ?? new Date().toISOString();
    const record: ContactRecord = {
      id: meta.id ?? randomUUID(),
      ...normalizeContactFields(fields),
      organizationId,
      createDate: now,
      modifyDate: now,
    };
    this.contacts.set(record.id, record);
    return record;
  }

  /** PUT semantics: the new fields replace the old ones entirely. */
  replaceContact(existing: ContactRecord, fields: ContactFields, organizationId: string | undefined): ContactRecord {
    const record: ContactRecord = {
      id: existing.id,
      ...normalizeContactFields(fields),
      organizationId,
      createDate: existing.createDate,
      modifyDate: new Date().toISOString(),
    };
    this.contacts.set(record.id, record);
    return record;
  }

  deleteContact(id: string): void {
    this.contacts.delete(id);
    this.deleteNotesOf('contact', id);
  }

  createOrganization(fields: OrganizationFields, meta: WriteMeta = {}): OrganizationRecord {
    const now = meta.now ?? new Date().toISOString();
    const record: OrganizationRecord = {
      id: meta.id ?? randomUUID(),
      ...normalizeOrganizationFields(fields),
      createDate: now,
      modifyDate: now,
    };
    this.organizations.set(record.id, record);
    return record;
  }

  replaceOrganization(existing: OrganizationRecord, fields: OrganizationFields): OrganizationRecord {
    const record: OrganizationRecord = {
      id: existing.id,
      ...normalizeOrganizationFields(fields),
      createDate: existing.createDate,
      modifyDate: new Date().toISOString(),
    };
    this.organizations.set(record.id, record);
    return record;
  }

  /** Contacts stay, without their organization; its notes, relationships and trustor link go. */
  deleteOrganization(id: string): void {
    this.organizations.delete(id);
    this.deleteNotesOf('organization', id);
    this.trustorLinks.delete(id);
    for (const relationship of this.relationships.values()) {
      if (relationship.organizationId === id) this.relationships.delete(relationship.id);
    }
    for (const contact of this.contacts.values()) {
      if (contact.organizationId === id) this.contacts.set(contact.id, { ...contact, organizationId: undefined });
    }
  }

  contactsOf(organizationId: string): ContactRecord[] {
    return [...this.contacts.values()].filter((contact) => contact.organizationId === organizationId);
  }

  createNote(
    entityType: NoteEntityType,
    entityId: string,
    noteText: string,
    createdById: string,
    meta: WriteMeta = {},
  ): NoteRecord {
    const now = meta.now ?? new Date().toISOString();
    const note: NoteRecord = {
      id: meta.id ?? randomUUID(),
      entityType,
      entityId,
      noteText,
      createdById,
      createDate: now,
      modifyDate: now,
    };
    this.notes.set(note.id, note);
    return note;
  }

  /** The author stays the note's creator. */
  replaceNote(existing: NoteRecord, noteText: string): NoteRecord {
    const note: NoteRecord = { ...existing, noteText, modifyDate: new Date().toISOString() };
    this.notes.set(note.id, note);
    return note;
  }

  notesOf(entityType: NoteEntityType, entityId: string): NoteRecord[] {
    return [...this.notes.values()].filter((note) => note.entityType === entityType && note.entityId === entityId);
  }

  /** A note only exists under the entity it belongs to. */
  noteOf(entityType: NoteEntityType, entityId: string, noteId: string): NoteRecord | undefined {
    const note = this.notes.get(noteId);
    return note?.entityType === entityType && note.entityId === entityId ? note : undefined;
  }

  createRelationship(fields: Omit<RelationshipRecord, 'id' | 'createDate'>, meta: WriteMeta = {}): RelationshipRecord {
    const record: RelationshipRecord = {
      ...fields,
      id: meta.id ?? randomUUID(),
      createDate: meta.now ?? new Date().toISOString(),
    };
    this.relationships.set(record.id, record);
    return record;
  }

  replaceRelationship(existing: RelationshipRecord, fields: Omit<RelationshipRecord, 'id' | 'createDate'>): RelationshipRecord {
    const record: RelationshipRecord = { ...fields, id: existing.id, createDate: existing.createDate };
    this.relationships.set(record.id, record);
    return record;
  }

  relationshipsOf(organizationId: string): RelationshipRecord[] {
    return [...this.relationships.values()].filter((relationship) => relationship.organizationId === organizationId);
  }

  linkTrustor(organizationId: string, trustorOrgId: string, now = new Date().toISOString()): TrustorLinkRecord {
    const link: TrustorLinkRecord = { organizationId, trustorOrgId, dateCreated: now };
    this.trustorLinks.set(organizationId, link);
    return link;
  }

  private deleteNotesOf(entityType: NoteEntityType, entityId: string): void {
    for (const note of this.notesOf(entityType, entityId)) this.notes.delete(note.id);
  }
}
