import { badRequest } from '../errors';
import { e164Of } from '../phone';
import { REQUIRES } from '../permissions';
import type { ContactRecord } from '../records';
import type { ExternalContactsStore } from '../store';
import { readExpand } from './listing';
import { presentContact } from './present';
import { ok, type ApiRoute } from './types';

/** "Look up contacts based on an attribute. Maximum of 25 values returned." */
export const LOOKUP_LIMIT = 25;
const LOOKUP_EXPAND = ['contacts.externalOrganization', 'externalDataSources', 'division'];
const SCREEN_NAME = /^[A-Za-z0-9_]+$/;

const withoutAt = (screenName: string) => screenName.replace(/^@/, '').toLowerCase();

function matcher(lookupVal: string): ((contact: ContactRecord) => boolean) | undefined {
  const e164 = e164Of(lookupVal);
  if (e164 !== undefined) {
    return (contact) =>
      [contact.workPhone, contact.cellPhone, contact.homePhone, contact.otherPhone, contact.whatsAppId?.phoneNumber].some(
        (phone) => phone?.e164 === e164,
      );
  }
  if (/^[^@\s]+@[^@\s]+$/.test(lookupVal)) {
    const email = lookupVal.toLowerCase();
    return (contact) =>
      [contact.workEmail, contact.personalEmail, contact.otherEmail].some((candidate) => candidate?.toLowerCase() === email);
  }
  const screenName = withoutAt(lookupVal);
  if (!SCREEN_NAME.test(screenName)) return undefined;
  return (contact) => {
    const stored = contact.twitterId?.screenName;
    return stored !== undefined && withoutAt(stored) === screenName;
  };
}

/**
 * What `reversewhitepageslookup` finds for a value: an E.164 number (every phone field and the
 * WhatsApp number), an email address (every email field, any case) or a Twitter screen name
 * (with or without "@" on either side, any case). The value is taken as sent: a "+" that was not
 * percent-encoded arrives as a space and matches nothing, as it would against the service.
 */
export function lookupContacts(directory: ExternalContactsStore, lookupVal: string): ContactRecord[] {
  const matches = matcher(lookupVal);
  return matches ? [...directory.contacts.values()].filter(matches).slice(0, LOOKUP_LIMIT) : [];
}

export const lookupRoutes: ApiRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v2/externalcontacts/reversewhitepageslookup',
    permissions: REQUIRES.lookup,
    handler: ({ query, state }) => {
      const lookupVal = query.get('lookupVal');
      if (lookupVal === undefined || lookupVal === '') throw badRequest('The lookupVal query parameter is required.');
      const expand = readExpand(query, LOOKUP_EXPAND);
      const contacts = lookupContacts(state.directory, lookupVal).map((contact) =>
        presentContact(contact, state.directory, expand.has('contacts.externalOrganization')),
      );
      // The current model has only `contacts`; organizations appear only embedded in them.
      return ok({ contacts });
    },
  },
];
