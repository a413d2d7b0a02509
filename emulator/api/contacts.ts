import { invalidValue, notFound } from '../errors';
import { REQUIRES } from '../permissions';
import type { ContactRecord } from '../records';
import type { ExternalContactsStore } from '../store';
import { matchesKeywords, paginate, readExpand, readPage, readSort, sortBy } from './listing';
import { presentContact } from './present';
import { ok, param, type ApiRequest, type ApiResponse, type ApiRoute } from './types';
import { parseContact } from './validate';

const CONTACT_EXPAND = ['externalOrganization', 'externalDataSources', 'identifiers', 'externalSources', 'division'];

const BASE = '/api/v2/externalcontacts';

/** What `q` searches: names, title, emails, phone numbers and social handles. */
function searchableValues(contact: ContactRecord): (string | undefined)[] {
  const phones = [contact.workPhone, contact.cellPhone, contact.homePhone, contact.otherPhone, contact.whatsAppId?.phoneNumber];
  return [
    contact.firstName,
    contact.middleName,
    contact.lastName,
    contact.title,
    contact.workEmail,
    contact.personalEmail,
    contact.otherEmail,
    ...phones.flatMap((phone) => [phone?.display, phone?.e164]),
    contact.twitterId?.screenName,
    contact.instagramId?.handle,
  ];
}

const SORT_FIELDS = {
  firstName: (contact: ContactRecord) => contact.firstName,
  lastName: (contact: ContactRecord) => contact.lastName,
  middleName: (contact: ContactRecord) => contact.middleName,
  title: (contact: ContactRecord) => contact.title,
};

/** Shared by `GET …/contacts` and `GET …/organizations/{id}/contacts`. */
function listContacts(request: ApiRequest, contacts: readonly ContactRecord[], path: string): ApiResponse {
  const { query, state } = request;
  const page = readPage(query);
  const expand = readExpand(query, CONTACT_EXPAND);
  const order = readSort(query, SORT_FIELDS, sortBy(SORT_FIELDS.lastName, SORT_FIELDS.firstName));
  const q = query.get('q');
  const found = contacts.filter((contact) => matchesKeywords(q, searchableValues(contact))).sort(order);
  return ok(
    paginate(found, page, path, query, (contact) => presentContact(contact, state.directory, expand.has('externalOrganization'))),
  );
}

function existingContact(directory: ExternalContactsStore, id: string): ContactRecord {
  const contact = directory.contacts.get(id);
  if (!contact) throw notFound();
  return contact;
}

async function readContact(request: ApiRequest) {
  const { fields, organizationId } = parseContact(await request.body());
  if (organizationId !== undefined && !request.state.directory.organizations.has(organizationId)) {
    throw invalidValue('externalOrganization.id', organizationId, 'the id of an existing external organization');
  }
  return { fields, organizationId };
}

export const contactRoutes: ApiRoute[] = [
  {
    method: 'GET',
    pattern: `${BASE}/contacts`,
    permissions: REQUIRES.contactView,
    handler: (request) => listContacts(request, [...request.state.directory.contacts.values()], `${BASE}/contacts`),
  },
  {
    method: 'POST',
    pattern: `${BASE}/contacts`,
    permissions: REQUIRES.contactAdd,
    handler: async (request) => {
      const { fields, organizationId } = await readContact(request);
      const { directory } = request.state;
      return ok(presentContact(directory.createContact(fields, organizationId), directory, false));
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/contacts/:contactId`,
    permissions: REQUIRES.contactView,
    handler: (request) => {
      const { directory } = request.state;
      const expand = readExpand(request.query, CONTACT_EXPAND);
      const contact = existingContact(directory, param(request, 'contactId'));
      return ok(presentContact(contact, directory, expand.has('externalOrganization')));
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/contacts/:contactId`,
    permissions: REQUIRES.contactEdit,
    handler: async (request) => {
      const { directory } = request.state;
      const existing = existingContact(directory, param(request, 'contactId'));
      const { fields, organizationId } = await readContact(request);
      return ok(presentContact(directory.replaceContact(existing, fields, organizationId), directory, false));
    },
  },
  {
    method: 'DELETE',
    pattern: `${BASE}/contacts/:contactId`,
    permissions: REQUIRES.contactDelete,
    handler: (request) => {
      const { directory } = request.state;
      directory.deleteContact(existingContact(directory, param(request, 'contactId')).id);
      // The SDK types the result as `object`; the reference documents no body.
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/organizations/:externalOrganizationId/contacts`,
    permissions: REQUIRES.contactView,
    handler: (request) => {
      const id = param(request, 'externalOrganizationId');
      if (!request.state.directory.organizations.has(id)) throw notFound();
      return listContacts(request, request.state.directory.contactsOf(id), `${BASE}/organizations/${id}/contacts`);
    },
  },
];
