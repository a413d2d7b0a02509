import { PERMISSION as P } from '../permissions';
import type { Agent } from '../records';
import { stableId } from './ids';

const agent = (key: string, fields: Omit<Agent, 'id'>): Agent => ({ id: stableId(`agent:${key}`), ...fields });

const VIEW = [P.contactView, P.organizationView];

/**
 * Who can sign in. Each covers a permission case the extension must handle: everything, view
 * only, legacy `relate:*` roles only (enough for everything but the lookup and trustor links),
 * and none at all.
 */
export const SEEDED_AGENTS = {
  alex: agent('alex', {
    name: 'Alex Rivera',
    email: 'alex.rivera@screenpop-demo.example',
    username: 'alex.rivera@screenpop-demo.example',
    title: 'Senior Customer Care Agent',
    department: 'Customer Care',
    access: 'Full External Contacts access',
    permissions: [
      ...VIEW,
      P.contactAdd,
      P.contactEdit,
      P.contactDelete,
      P.organizationAdd,
      P.organizationEdit,
      P.organizationDelete,
      P.conversationAssociate,
    ],
  }),
  priya: agent('priya', {
    name: 'Priya Natarajan',
    email: 'priya.natarajan@screenpop-demo.example',
    username: 'priya.natarajan@screenpop-demo.example',
    title: 'Customer Care Agent',
    department: 'Customer Care',
    access: 'View only: no edits, no conversation association',
    permissions: VIEW,
  }),
  sam: agent('sam', {
    name: "Sam O'Connor",
    email: 'sam.oconnor@screenpop-demo.example',
    username: 'sam.oconnor@screenpop-demo.example',
    title: 'Account Specialist',
    department: 'Key Accounts',
    access: 'Legacy relate:* roles: everything except the lookup and trustor links',
    permissions: [
      P.relateContactView,
      P.relateContactAdd,
      P.relateContactEdit,
      P.relateContactDelete,
      P.relateOrganizationView,
      P.relateOrganizationAdd,
      P.relateOrganizationEdit,
      P.relateOrganizationDelete,
      P.relateConversationAssociate,
    ],
  }),
  jordan: agent('jordan', {
    name: 'Jordan Lee',
    email: 'jordan.lee@screenpop-demo.example',
    username: 'jordan.lee@screenpop-demo.example',
    title: 'Workforce Planner',
    department: 'Operations',
    access: 'No External Contacts access',
    permissions: [],
  }),
} as const satisfies Record<string, Agent>;

export type AgentKey = keyof typeof SEEDED_AGENTS;

/** The Genesys Cloud org every agent belongs to. */
export const DEMO_ORGANIZATION = { id: stableId('org:screen-pop-demo'), name: 'Screen Pop Demo' } as const;

/**
 * Genesys Cloud orgs that have granted trust to the demo org, so an external organization can be
 * linked to them. The first is linked in the seed; the second is free for tests.
 */
export const TRUSTOR_ORGS = {
  fabrikamCloud: { id: stableId('trustor:fabrikam'), name: 'Fabrikam Logistics (Genesys Cloud)' },
  tailspinCloud: { id: stableId('trustor:tailspin'), name: 'Tailspin Airways (Genesys Cloud)' },
} as const;
