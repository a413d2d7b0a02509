import type { Models } from 'purecloud-platform-client-v2';
import { invalidValue, notFound } from '../errors';
import type { Query } from '../http';
import { REQUIRES } from '../permissions';
import type { OrganizationRecord } from '../records';
import { TRUSTOR_ORGS } from '../seed';
import type { ExternalContactsStore } from '../store';
import { matchesKeywords, paginate, readExpand, readPage, readSort, sortBy } from './listing';
import { organizationUri, presentOrganization } from './present';
import { ok, param, type ApiRoute } from './types';
import { parseOrganization } from './validate';

const ORGANIZATION_EXPAND = ['externalDataSources', 'division', 'identifiers', 'externalSources'];
const BASE = '/api/v2/externalcontacts/organizations';
/** "Search for external organizations by trustorIds (limit 25)" */
const TRUSTOR_ID_LIMIT = 25;

const SORT_FIELDS = {
  companyType: (org: OrganizationRecord) => org.companyType,
  industry: (org: OrganizationRecord) => org.industry,
  name: (org: OrganizationRecord) => org.name,
};

function searchableValues(org: OrganizationRecord): (string | undefined)[] {
  return [
    org.name,
    org.companyType,
    org.industry,
    org.address?.city,
    org.address?.countryCode,
    org.phoneNumber?.display,
    org.phoneNumber?.e164,
    org.twitterId?.screenName,
    ...(org.tags ?? []),
    ...(org.websites ?? []),
  ];
}

function readIncludeTrustors(query: Query): boolean {
  const raw = query.get('includeTrustors');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw invalidValue('includeTrustors', raw, 'true, false');
}

export function existingOrganization(directory: ExternalContactsStore, id: string): OrganizationRecord {
  const org = directory.organizations.get(id);
  if (!org) throw notFound();
  return org;
}

/** With `trustorId`, the listed organizations in the order requested and `q` ignored. */
function findOrganizations(directory: ExternalContactsStore, query: Query): OrganizationRecord[] {
  const trustorIds = query.list('trustorId');
  if (trustorIds.length > TRUSTOR_ID_LIMIT) {
    throw invalidValue('trustorId', trustorIds.join(','), `at most ${String(TRUSTOR_ID_LIMIT)} ids`);
  }
  const organizations = [...directory.organizations.values()];
  if (trustorIds.length === 0) {
    const q = query.get('q');
    const order = readSort(query, SORT_FIELDS, sortBy(SORT_FIELDS.name));
    return organizations.filter((org) => matchesKeywords(q, searchableValues(org))).sort(order);
  }
  const links = [...directory.trustorLinks.values()];
  return trustorIds.flatMap((trustorId) => {
    const link = links.find((candidate) => candidate.trustorOrgId === trustorId);
    const org = link && directory.organizations.get(link.organizationId);
    return org ? [org] : [];
  });
}

export const organizationRoutes: ApiRoute[] = [
  {
    method: 'GET',
    pattern: BASE,
    permissions: REQUIRES.organizationView,
    handler: ({ query, state }) => {
      const page = readPage(query);
      readExpand(query, ORGANIZATION_EXPAND);
      const includeTrustors = readIncludeTrustors(query);
      const found = findOrganizations(state.directory, query);
      return ok(paginate(found, page, BASE, query, (org) => presentOrganization(org, state.directory, includeTrustors)));
    },
  },
  {
    method: 'POST',
    pattern: BASE,
    permissions: REQUIRES.organizationAdd,
    handler: async (request) => {
      const { directory } = request.state;
      return ok(presentOrganization(directory.createOrganization(parseOrganization(await request.body())), directory));
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/:externalOrganizationId`,
    permissions: REQUIRES.organizationView,
    handler: (request) => {
      const { directory } = request.state;
      readExpand(request.query, ORGANIZATION_EXPAND);
      const includeTrustors = readIncludeTrustors(request.query);
      const org = existingOrganization(directory, param(request, 'externalOrganizationId'));
      return ok(presentOrganization(org, directory, includeTrustors));
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/:externalOrganizationId`,
    permissions: REQUIRES.organizationEdit,
    handler: async (request) => {
      const { directory } = request.state;
      const existing = existingOrganization(directory, param(request, 'externalOrganizationId'));
      const fields = parseOrganization(await request.body());
      return ok(presentOrganization(directory.replaceOrganization(existing, fields), directory));
    },
  },
  {
    method: 'DELETE',
    pattern: `${BASE}/:externalOrganizationId`,
    permissions: REQUIRES.organizationDelete,
    handler: (request) => {
      const { directory } = request.state;
      directory.deleteOrganization(existingOrganization(directory, param(request, 'externalOrganizationId')).id);
      return ok({});
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/:externalOrganizationId/trustor/:trustorId`,
    permissions: REQUIRES.trustorEdit,
    handler: (request) => {
      const { directory } = request.state;
      const org = existingOrganization(directory, param(request, 'externalOrganizationId'));
      const trustorId = param(request, 'trustorId');
      // Only orgs that have granted trust to this one can be linked.
      if (!Object.values(TRUSTOR_ORGS).some((trustor) => trustor.id === trustorId)) throw notFound();
      const link = directory.linkTrustor(org.id, trustorId);
      const body: Models.ExternalOrganizationTrustorLink = {
        externalOrganizationId: org.id,
        trustorOrgId: link.trustorOrgId,
        dateCreated: link.dateCreated,
        externalOrganizationUri: organizationUri(org.id),
      };
      return ok(body);
    },
  },
  {
    method: 'DELETE',
    pattern: `${BASE}/:externalOrganizationId/trustor`,
    permissions: REQUIRES.trustorEdit,
    handler: (request) => {
      const { directory } = request.state;
      const org = existingOrganization(directory, param(request, 'externalOrganizationId'));
      if (!directory.trustorLinks.delete(org.id)) throw notFound();
      // "Trustor link has been deleted" (2018 swagger): no body.
      return { status: 204 };
    },
  },
];
