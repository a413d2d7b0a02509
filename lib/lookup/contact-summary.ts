import type { Models } from 'purecloud-platform-client-v2';
import { safeHttpUrl } from './safe-url';

export interface LabeledValue {
  label: string;
  value: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  industry?: string;
  phone?: string;
  /** http(s) only. */
  websites: string[];
  address?: string;
}

/** What the hover card and the popup show of a contact: plain text fields, nothing to interpret. */
export interface ContactSummary {
  id: string;
  name: string;
  title?: string;
  organization?: OrganizationSummary;
  phones: LabeledValue[];
  emails: LabeledValue[];
  /** Twitter, Instagram, Facebook, WhatsApp, LINE. */
  social: LabeledValue[];
  address?: string;
  /** The record in the org's CRM, http(s) only. */
  externalSystemUrl?: string;
}

const clean = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function formatAddress(address: Models.ContactAddress | undefined): string | undefined {
  if (!address) return undefined;
  const cityLine = [address.postalCode, address.city, address.state].map(clean).filter(Boolean).join(' ');
  const lines = [address.address1, address.address2, cityLine, address.countryCode].map(clean).filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}

function phone(number: Models.PhoneNumber | undefined): string | undefined {
  if (!number) return undefined;
  const main = clean(number.display) ?? clean(number.e164) ?? clean(number.userInput);
  if (!main) return undefined;
  return number.extension !== undefined ? `${main} ext. ${String(number.extension)}` : main;
}

function labeled(entries: [string, string | undefined][]): LabeledValue[] {
  return entries.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

export function summarizeOrganization(org: Models.ExternalOrganization | undefined): OrganizationSummary | undefined {
  if (!org?.id) return undefined;
  return {
    id: org.id,
    name: clean(org.name) ?? 'Unnamed organization',
    ...(clean(org.industry) && { industry: clean(org.industry) }),
    ...(phone(org.phoneNumber) && { phone: phone(org.phoneNumber) }),
    websites: (org.websites ?? []).flatMap((site) => safeHttpUrl(site) ?? []),
    ...(formatAddress(org.address) && { address: formatAddress(org.address) }),
  };
}

export function displayName(contact: Models.ExternalContact): string {
  const name = [contact.salutation, contact.firstName, contact.middleName, contact.lastName].map(clean).filter(Boolean).join(' ');
  return (
    (name || undefined) ??
    clean(contact.workEmail) ??
    clean(contact.personalEmail) ??
    phone(contact.workPhone) ??
    phone(contact.cellPhone) ??
    'Unnamed contact'
  );
}

export function summarizeContact(contact: Models.ExternalContact): ContactSummary {
  const twitter = clean(contact.twitterId?.screenName)?.replace(/^@/, '');
  return {
    id: contact.id ?? '',
    name: displayName(contact),
    ...(clean(contact.title) && { title: clean(contact.title) }),
    ...(summarizeOrganization(contact.externalOrganization) && {
      organization: summarizeOrganization(contact.externalOrganization),
    }),
    phones: labeled([
      ['Work', phone(contact.workPhone)],
      ['Mobile', phone(contact.cellPhone)],
      ['Home', phone(contact.homePhone)],
      ['Other', phone(contact.otherPhone)],
    ]),
    emails: labeled([
      ['Work', clean(contact.workEmail)],
      ['Personal', clean(contact.personalEmail)],
      ['Other', clean(contact.otherEmail)],
    ]),
    social: labeled([
      ['Twitter', twitter && `@${twitter}`],
      ['Instagram', clean(contact.instagramId?.handle)],
      ['Facebook', clean(contact.facebookId?.displayName)],
      ['WhatsApp', phone(contact.whatsAppId?.phoneNumber)],
      ['LINE', clean(contact.lineId?.displayName)],
    ]),
    ...(formatAddress(contact.address) && { address: formatAddress(contact.address) }),
    ...(safeHttpUrl(contact.externalSystemUrl) && { externalSystemUrl: safeHttpUrl(contact.externalSystemUrl) }),
  };
}
