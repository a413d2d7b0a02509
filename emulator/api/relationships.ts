import { invalidValue, notFound } from '../errors';
import { REQUIRES } from '../permissions';
import type { RelationshipRecord } from '../records';
import { existingOrganization } from './organizations';
import { paginate, readExpand, readPage, readSort, sortBy } from './listing';
import { presentRelationship } from './present';
import { ok, param, type ApiRequest, type ApiRoute } from './types';
import { parseRelationship } from './validate';

const RELATIONSHIP_EXPAND = ['externalDataSources', 'division'];
const BASE = '/api/v2/externalcontacts';

const SORT_FIELDS = {
  createDate: (relationship: RelationshipRecord) => relationship.createDate,
  relationship: (relationship: RelationshipRecord) => relationship.relationship,
};

function existingRelationship(request: ApiRequest): RelationshipRecord {
  const relationship = request.state.directory.relationships.get(param(request, 'relationshipId'));
  if (!relationship) throw notFound();
  return relationship;
}

/** The user and organization a body names must exist: a bad reference is a bad request. */
async function readRelationship(request: ApiRequest): Promise<Omit<RelationshipRecord, 'id' | 'createDate'>> {
  const body = parseRelationship(await request.body());
  const { state } = request;
  if (!state.agent(body.user.id)) throw invalidValue('user.id', body.user.id, 'the id of an existing user');
  if (!state.directory.organizations.has(body.externalOrganization.id)) {
    throw invalidValue('externalOrganization.id', body.externalOrganization.id, 'the id of an existing external organization');
  }
  return { userId: body.user.id, organizationId: body.externalOrganization.id, relationship: body.relationship };
}

export const relationshipRoutes: ApiRoute[] = [
  {
    method: 'POST',
    pattern: `${BASE}/relationships`,
    permissions: REQUIRES.organizationEdit,
    handler: async (request) => {
      const fields = await readRelationship(request);
      return ok(presentRelationship(request.state.directory.createRelationship(fields)));
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/relationships/:relationshipId`,
    permissions: REQUIRES.organizationView,
    handler: (request) => {
      readExpand(request.query, RELATIONSHIP_EXPAND);
      return ok(presentRelationship(existingRelationship(request)));
    },
  },
  {
    method: 'PUT',
    pattern: `${BASE}/relationships/:relationshipId`,
    permissions: REQUIRES.organizationEdit,
    handler: async (request) => {
      const existing = existingRelationship(request);
      const fields = await readRelationship(request);
      return ok(presentRelationship(request.state.directory.replaceRelationship(existing, fields)));
    },
  },
  {
    method: 'DELETE',
    pattern: `${BASE}/relationships/:relationshipId`,
    permissions: REQUIRES.organizationEdit,
    handler: (request) => {
      request.state.directory.relationships.delete(existingRelationship(request).id);
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/organizations/:externalOrganizationId/relationships`,
    permissions: REQUIRES.organizationView,
    handler: (request) => {
      const { query, state } = request;
      const org = existingOrganization(state.directory, param(request, 'externalOrganizationId'));
      const page = readPage(query);
      readExpand(query, RELATIONSHIP_EXPAND);
      const order = readSort(query, SORT_FIELDS, sortBy(SORT_FIELDS.createDate));
      const found = state.directory.relationshipsOf(org.id).sort(order);
      return ok(paginate(found, page, `${BASE}/organizations/${org.id}/relationships`, query, presentRelationship));
    },
  },
];
