import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, KNOWN_ORGANIZATIONS, SEEDED_AGENTS, TRUSTOR_ORGS } from '../seed';
import { startEmulator, type Emulator } from '../server';
import { json, signedIn, type ApiClient } from '../testing';

let emulator: Emulator;
let api: ApiClient;
const BASE = '/api/v2/externalcontacts';
const ORGS = `${BASE}/organizations`;

beforeAll(async () => {
  emulator = await startEmulator();
  api = await signedIn(emulator, 'alex');
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

const orgNames = async (path: string) =>
  ((await json<Models.ExternalOrganizationListing>(await api(path))).entities ?? []).map((org) => org.name);

describe('organizations', () => {
  it('lists all ten by name, searches and sorts', async () => {
    const all = await orgNames(ORGS);
    expect(all).toHaveLength(10);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b)));
    expect(await orgNames(`${ORGS}?q=telecom`)).toEqual(['Ipanema Telecom S.A.']);
    expect(await orgNames(`${ORGS}?q=prospect`)).toHaveLength(2);
    const byIndustry = await orgNames(`${ORGS}?sortOrder=industry:desc&pageSize=1`);
    expect(byIndustry).toEqual(['Ipanema Telecom S.A.']);
    expect((await api(`${ORGS}?sortOrder=revenue:asc`)).status).toBe(400);
  });

  it('creates, updates and deletes an organization, leaving its contacts unlinked', async () => {
    const created = await json<Models.ExternalOrganization>(
      await api(ORGS, { method: 'POST', json: { name: ' Contoso Bank ', phoneNumber: { display: '+49 30 2345 6789' } } }),
    );
    expect(created).toMatchObject({ name: 'Contoso Bank', phoneNumber: { e164: '+493023456789' } });
    const id = created.id ?? '';
    const updated = await json<Models.ExternalOrganization>(
      await api(`${ORGS}/${id}`, { method: 'PUT', json: { name: 'Contoso Bank AG', industry: 'Banking' } }),
    );
    expect(updated).toMatchObject({ id, name: 'Contoso Bank AG', industry: 'Banking', createDate: created.createDate });
    expect((await api(`${ORGS}/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`${ORGS}/${id}`)).status).toBe(404);

    await api(`${ORGS}/${KNOWN_ORGANIZATIONS.fabrikam.id}`, { method: 'DELETE' });
    const contact = await json<Models.ExternalContact>(await api(`${BASE}/contacts/${KNOWN_CONTACTS.oliverBennett.id}`));
    expect(contact.externalOrganization).toBeUndefined();
  });

  it('requires a name', async () => {
    const response = await api(ORGS, { method: 'POST', json: { industry: 'Banking' } });
    expect(response.status).toBe(400);
  });
});

describe('trustor links', () => {
  const tailspin = `${ORGS}/${KNOWN_ORGANIZATIONS.tailspin.id}`;

  it('links and unlinks a trustor org', async () => {
    const link = await json<Models.ExternalOrganizationTrustorLink>(
      await api(`${tailspin}/trustor/${TRUSTOR_ORGS.tailspinCloud.id}`, { method: 'PUT' }),
    );
    expect(link).toMatchObject({
      externalOrganizationId: KNOWN_ORGANIZATIONS.tailspin.id,
      trustorOrgId: TRUSTOR_ORGS.tailspinCloud.id,
      externalOrganizationUri: tailspin,
    });
    const withTrustor = await json<Models.ExternalOrganization>(await api(`${tailspin}?includeTrustors=true`));
    expect(withTrustor.trustor).toMatchObject({ id: TRUSTOR_ORGS.tailspinCloud.id, enabled: true });
    const byTrustor = `${ORGS}?trustorId=${TRUSTOR_ORGS.tailspinCloud.id}&trustorId=${TRUSTOR_ORGS.fabrikamCloud.id}`;
    expect(await orgNames(byTrustor)).toEqual(['Tailspin Airways', 'Fabrikam Logistics Ltd']);
    expect((await api(`${tailspin}/trustor`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`${tailspin}/trustor`, { method: 'DELETE' })).status).toBe(404);
    expect((await json<Models.ExternalOrganization>(await api(`${tailspin}?includeTrustors=true`))).trustor).toBeUndefined();
  });

  it('refuses an org that has not granted trust', async () => {
    expect((await api(`${tailspin}/trustor/not-a-trustor`, { method: 'PUT' })).status).toBe(404);
  });
});

describe('organization notes', () => {
  const notes = `${ORGS}/${KNOWN_ORGANIZATIONS.northwind.id}/notes`;

  it('round-trips a note', async () => {
    const created = await json<Models.Note>(await api(notes, { method: 'POST', json: { noteText: 'QBR booked.' } }));
    expect(created).toMatchObject({ entityType: 'organization', entityId: KNOWN_ORGANIZATIONS.northwind.id });
    const fetched = await json<Models.Note>(await api(`${notes}/${created.id ?? ''}?expand=author`));
    expect(fetched.createdBy).toMatchObject({ id: SEEDED_AGENTS.alex.id, email: SEEDED_AGENTS.alex.email });
    const list = await json<Models.NoteListing>(await api(`${notes}?sortOrder=createDate:asc`));
    expect(list.entities?.at(-1)?.id).toBe(created.id);
  });

  it('does not find a contact note under an organization', async () => {
    const contactNotes = await json<Models.NoteListing>(await api(`${BASE}/contacts/${KNOWN_CONTACTS.danaWhitfield.id}/notes`));
    expect((await api(`${notes}/${contactNotes.entities?.[0]?.id ?? ''}`)).status).toBe(404);
  });
});

describe('relationships', () => {
  it('creates, lists, updates and deletes a relationship', async () => {
    const body = {
      user: { id: SEEDED_AGENTS.priya.id },
      externalOrganization: { id: KNOWN_ORGANIZATIONS.tailspin.id },
      relationship: 'Support Lead',
    };
    const created = await json<Models.Relationship>(await api(`${BASE}/relationships`, { method: 'POST', json: body }));
    expect(created).toMatchObject({ user: { id: SEEDED_AGENTS.priya.id }, relationship: 'Support Lead' });
    const list = await json<Models.RelationshipListing>(
      await api(`${ORGS}/${KNOWN_ORGANIZATIONS.tailspin.id}/relationships?sortOrder=relationship:asc`),
    );
    const roles = list.entities?.map((entry) => entry.relationship);
    expect(roles).toEqual(['Account Manager', 'Support Lead', 'Workforce Planning Contact']);
    const path = `${BASE}/relationships/${created.id ?? ''}`;
    const renamed = { ...body, relationship: 'Escalations' };
    const updated = await json<Models.Relationship>(await api(path, { method: 'PUT', json: renamed }));
    expect(updated.relationship).toBe('Escalations');
    expect((await api(path, { method: 'DELETE' })).status).toBe(200);
    expect((await api(path)).status).toBe(404);
  });

  it.each([
    ['an unknown user', { user: { id: 'nobody' } }],
    ['an empty relationship', { relationship: '' }],
    ['a relationship over 100 characters', { relationship: 'x'.repeat(101) }],
  ])('refuses %s', async (_case, override) => {
    const body = {
      user: { id: SEEDED_AGENTS.priya.id },
      externalOrganization: { id: KNOWN_ORGANIZATIONS.tailspin.id },
      relationship: 'Support Lead',
      ...override,
    };
    expect((await api(`${BASE}/relationships`, { method: 'POST', json: body })).status).toBe(400);
  });
});
