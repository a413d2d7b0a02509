import type { NoteEntityType } from '../records';
import { SEEDED_AGENTS, type AgentKey } from './agents';
import { contactId } from './contacts';
import { stableId } from './ids';
import { SEED_ORGANIZATIONS, type OrganizationKey } from './organizations';

export interface SeedNote {
  id: string;
  entityType: NoteEntityType;
  entityId: string;
  createdById: string;
  createdDaysAgo: number;
  noteText: string;
}

export interface SeedRelationship {
  id: string;
  userId: string;
  organizationId: string;
  relationship: string;
  createdDaysAgo: number;
}

type ContactName = readonly [first: string, last: string];

const contactNote = ([first, last]: ContactName, author: AgentKey, days: number, noteText: string): SeedNote => ({
  id: stableId(`note:${first} ${last}:${String(days)}`),
  entityType: 'contact',
  entityId: contactId(first, last),
  createdById: SEEDED_AGENTS[author].id,
  createdDaysAgo: days,
  noteText,
});

const organizationNote = (org: OrganizationKey, author: AgentKey, days: number, noteText: string): SeedNote => ({
  id: stableId(`note:${org}:${String(days)}`),
  entityType: 'organization',
  entityId: SEED_ORGANIZATIONS[org].id,
  createdById: SEEDED_AGENTS[author].id,
  createdDaysAgo: days,
  noteText,
});

/** Notes by the seeded agents, spread over the past months. */
export const SEED_NOTES: readonly SeedNote[] = [
  contactNote(
    ['Dana', 'Whitfield'],
    'alex',
    140,
    'Kick-off call for the patient callback pilot. Dana wants weekly status by email.',
  ),
  contactNote(
    ['Dana', 'Whitfield'],
    'sam',
    61,
    'Escalated two missed callbacks from the cardiology line; root cause was the queue schedule.',
  ),
  contactNote(['Dana', 'Whitfield'], 'alex', 9, 'Prefers calls after 2 pm ET. Renewal conversation planned for next quarter.'),
  contactNote(['Marcus', 'Chen'], 'sam', 120, 'Asked for the SOC 2 report and the data residency summary. Sent both.'),
  contactNote(
    ['Aisha', 'Okafor'],
    'priya',
    88,
    'Billing disputes go to the shared revenue cycle line; Aisha owns the escalations.',
  ),
  contactNote(['Kwame', 'Mensah'], 'alex', 45, 'Interested in extending the contract to the two new clinics in Worcester.'),
  contactNote(
    ['Emily', 'Walsh'],
    'priya',
    33,
    'Reported hold times over 6 minutes on Monday mornings. Passed to workforce planning.',
  ),
  contactNote(['William', 'Turner'], 'sam', 21, 'Approved the invoice schedule change. Wants a consolidated monthly invoice.'),
  contactNote(['Isabella', 'Costa'], 'priya', 14, 'Called about duplicate invoice INV-20931. Credit note issued.'),
  contactNote(['Oliver', 'Bennett'], 'alex', 150, 'Fabrikam moves peak season support to Manchester from October.'),
  contactNote(['Oliver', 'Bennett'], 'sam', 35, 'Shared the new tracking API outage runbook. Oliver confirmed receipt.'),
  contactNote(['Charlotte', 'Hughes'], 'priya', 27, 'Support mailbox is monitored 07:00 to 19:00 UK time.'),
  contactNote(['Amelia', 'Clarke'], 'alex', 16, 'Fleet telematics outage on the M62 corridor; follow up on the SLA credit.'),
  contactNote(
    ['Lukas', 'Wagner'],
    'alex',
    70,
    'Tender for the customer service platform closes end of next month. Prefers German.',
  ),
  contactNote(['Anna', 'Becker'], 'sam', 52, 'Wants a carbon reporting breakdown for the hosting region.'),
  contactNote(
    ['Camille', 'Laurent'],
    'alex',
    101,
    'VIP clienteling programme: every call from a boutique must be answered within 20 seconds.',
  ),
  contactNote(['Camille', 'Laurent'], 'priya', 18, 'Asked for French-speaking agents on the weekend rota.'),
  contactNote(
    ['Élodie', 'Dubois'],
    'priya',
    40,
    'Store opening in Lyon delayed to spring; update the routing for the new store line.',
  ),
  contactNote(['Siobhán', 'Murphy'], 'sam', 95, 'Joint webinar on agent analytics scheduled; Siobhán presents the dashboards.'),
  contactNote(
    ['Cian', "O'Brien"],
    'alex',
    48,
    'Integration sandbox credentials rotated; new ones sent through the partner portal.',
  ),
  contactNote(
    ['Ruby', 'Anderson'],
    'alex',
    80,
    'Storm season surge plan agreed: overflow to the Brisbane team after 15 minutes.',
  ),
  contactNote(['Zoe', 'Mitchell'], 'priya', 11, 'Needs call recordings for two disputed claims; request logged with compliance.'),
  contactNote(
    ['Hiroshi', 'Tanaka'],
    'sam',
    64,
    'Evaluating us against two other vendors. Decision expected after their fiscal year end.',
  ),
  contactNote(
    ['Hiroshi', 'Tanaka'],
    'alex',
    7,
    'Asked for a Japanese-language demo of the agent desktop. Booked for next Tuesday.',
  ),
  contactNote(['Lucas', 'Almeida'], 'priya', 58, 'Prefers WhatsApp for quick questions; calls for anything contractual.'),
  contactNote(['Gabriel', 'Oliveira'], 'alex', 25, 'Launching WhatsApp Business support for prepaid customers in Q3.'),
  contactNote(['Ananya', 'Iyer'], 'sam', 74, 'Audit of the IVR consent prompts requested before the regulatory review.'),
  contactNote(['Kavya', 'Reddy'], 'priya', 19, 'Quality scorecards shared; wants the calibration session moved to Thursdays.'),
  contactNote(
    ['Megan', "O'Neill"],
    'alex',
    30,
    'Irregular operations playbook: rebooking calls take priority over loyalty queries.',
  ),
  contactNote(['Carlos', 'Mendoza'], 'priya', 6, 'Loyalty tier upgrade campaign goes live on the 1st; expect a call spike.'),
  contactNote(
    ['Riley', 'Quinn'],
    'alex',
    5,
    'Consultant working with Liffey Analytics on the Tailspin rollout. Not a customer contact.',
  ),
  organizationNote('northwind', 'alex', 200, 'Master services agreement renewed for three years. Priority support tier.'),
  organizationNote('northwind', 'sam', 42, 'Quarterly business review: satisfaction up 6 points, abandonment down to 3%.'),
  organizationNote('fabrikam', 'sam', 130, 'Peak season runs October to January. Staff up the EMEA queue.'),
  organizationNote('brightwater', 'alex', 66, 'Prospect: RFP response submitted. Competing with two incumbents.'),
  organizationNote('lumiere', 'priya', 90, 'All boutique lines route to the VIP queue. French and English only.'),
  organizationNote('liffey', 'sam', 100, 'Reseller partner for Ireland and the UK. Partner tier: Gold.'),
  organizationNote('southernCross', 'alex', 55, 'Claims lines are recorded; check the consent prompt before any outbound call.'),
  organizationNote('sakura', 'sam', 63, 'Prospect: pilot proposal with 40 seats in Osaka.'),
  organizationNote('ipanema', 'priya', 77, 'Portuguese-speaking queue handles all calls; English escalations go to São Paulo.'),
  organizationNote('ganges', 'alex', 120, 'Vendor: supplies the pharmacy catalogue integration for Northwind.'),
  organizationNote('tailspin', 'alex', 15, 'Go-live of the new loyalty line next month; Riley Quinn consults on the rollout.'),
];

const relationship = (agent: AgentKey, org: OrganizationKey, role: string, days: number): SeedRelationship => ({
  id: stableId(`relationship:${agent}:${org}:${role}`),
  userId: SEEDED_AGENTS[agent].id,
  organizationId: SEED_ORGANIZATIONS[org].id,
  relationship: role,
  createdDaysAgo: days,
});

/** Which agents look after which accounts. */
export const SEED_RELATIONSHIPS: readonly SeedRelationship[] = [
  relationship('alex', 'northwind', 'Account Manager', 300),
  relationship('sam', 'northwind', 'Technical Account Manager', 250),
  relationship('priya', 'northwind', 'Support Lead', 90),
  relationship('sam', 'fabrikam', 'Account Manager', 280),
  relationship('alex', 'brightwater', 'Sales Engineer', 150),
  relationship('alex', 'lumiere', 'Account Manager', 320),
  relationship('sam', 'liffey', 'Partner Manager', 260),
  relationship('alex', 'southernCross', 'Account Manager', 240),
  relationship('sam', 'sakura', 'Sales Engineer', 120),
  relationship('priya', 'ipanema', 'Implementation Consultant', 200),
  relationship('alex', 'ganges', 'Vendor Manager', 210),
  relationship('alex', 'tailspin', 'Account Manager', 80),
  relationship('jordan', 'tailspin', 'Workforce Planning Contact', 40),
];
