import type { Models } from 'purecloud-platform-client-v2';
import type { ContactFields } from '../records';
import { stableId } from './ids';
import { SEED_ORGANIZATIONS, type OrganizationKey } from './organizations';

export interface SeedContact extends ContactFields {
  id: string;
  organizationId?: string;
  /** How long before the reset the contact was created. */
  createdDaysAgo: number;
}

interface Row {
  first: string;
  last: string;
  title: string;
  org?: OrganizationKey;
  days: number;
  work?: string;
  cell?: string;
  home?: string;
  other?: string;
  /** "E164 without a leading plus", as the WhatsApp id model asks. */
  whatsApp?: string;
  /** For numbers written in national format, as an agent would type them. */
  country?: string;
  /** Defaults to first.last@ the organization's domain; `null` for none. */
  workEmail?: string | null;
  personalEmail?: string;
  otherEmail?: string;
  twitter?: string;
  address?: Models.ContactAddress;
}

const DOMAINS: Record<OrganizationKey, string> = {
  northwind: 'northwindhealth.example',
  fabrikam: 'fabrikam-logistics.example',
  brightwater: 'brightwater-energie.example',
  lumiere: 'maison-lumiere.example',
  liffey: 'liffey-analytics.example',
  southernCross: 'southerncross-mutual.example',
  sakura: 'sakura-robotics.example',
  ipanema: 'ipanema-telecom.example',
  ganges: 'ganges-lifesciences.example',
  tailspin: 'tailspin-airways.example',
};

const ascii = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** The id a seeded contact gets, from its name. */
export const contactId = (first: string, last: string): string => stableId(`contact:${first} ${last}`);

function toSeedContact(row: Row): SeedContact {
  const phone = (display: string | undefined) =>
    display === undefined ? undefined : { display, ...(row.country && { normalizationCountryCode: row.country }) };
  const defaultEmail = row.org && `${ascii(row.first)}.${ascii(row.last)}@${DOMAINS[row.org]}`;
  return {
    id: contactId(row.first, row.last),
    organizationId: row.org && SEED_ORGANIZATIONS[row.org].id,
    createdDaysAgo: row.days,
    firstName: row.first,
    lastName: row.last,
    title: row.title,
    workPhone: phone(row.work),
    cellPhone: phone(row.cell),
    homePhone: phone(row.home),
    otherPhone: phone(row.other),
    whatsAppId: row.whatsApp === undefined ? undefined : { phoneNumber: { display: row.whatsApp }, displayName: row.first },
    workEmail: row.workEmail === null ? undefined : (row.workEmail ?? defaultEmail),
    personalEmail: row.personalEmail,
    otherEmail: row.otherEmail,
    twitterId: row.twitter === undefined ? undefined : { screenName: row.twitter, name: `${row.first} ${row.last}` },
    address: row.address,
  };
}

const ROWS: Row[] = [
  // Northwind Health Partners: 22 contacts, more than one default page.
  {
    first: 'Dana',
    last: 'Whitfield',
    title: 'Director of Patient Experience',
    org: 'northwind',
    days: 400,
    work: '(617) 555-0142',
    cell: '+1 617 555 0187',
    personalEmail: 'dana.w@mailbox.example',
    twitter: '@DanaWhitfield',
  },
  {
    first: 'Marcus',
    last: 'Chen',
    title: 'Chief Information Officer',
    org: 'northwind',
    days: 395,
    work: '+1 617 555 0110',
    twitter: 'mchen_cio',
  },
  {
    first: 'Aisha',
    last: 'Okafor',
    title: 'Revenue Cycle Manager',
    org: 'northwind',
    days: 380,
    work: '+1 617 555 0125',
    cell: '+1 857 555 0133',
  },
  { first: 'Tom', last: 'Gallagher', title: 'IT Service Desk Lead', org: 'northwind', days: 372, work: '+1 617 555 0111' },
  {
    first: 'Sofia',
    last: 'Marino',
    title: 'Nurse Manager, Cardiology',
    org: 'northwind',
    days: 360,
    work: '+1 617 555 0132',
    cell: '+1 617 555 0176',
  },
  { first: 'Benjamin', last: 'Park', title: 'Procurement Specialist', org: 'northwind', days: 344, work: '+1 617 555 0148' },
  {
    first: 'Grace',
    last: 'Liu',
    title: 'Compliance Officer',
    org: 'northwind',
    days: 330,
    work: '+1 617 555 0153',
    twitter: 'graceliu_grc',
  },
  {
    first: 'Rafael',
    last: 'Ortiz',
    title: 'Facilities Director',
    org: 'northwind',
    days: 318,
    work: '+1 617 555 0158',
    cell: '+1 617 555 0194',
  },
  {
    first: 'Hannah',
    last: 'Schmidt',
    title: 'Clinical Informatics Analyst',
    org: 'northwind',
    days: 301,
    work: '+1 617 555 0163',
  },
  {
    first: 'Kwame',
    last: 'Mensah',
    title: 'VP Operations',
    org: 'northwind',
    days: 290,
    work: '+1 617 555 0105',
    twitter: '@kwame_ops',
  },
  {
    first: 'Emily',
    last: 'Walsh',
    title: 'Patient Access Supervisor',
    org: 'northwind',
    days: 276,
    work: '+1 617 555 0167',
    other: '+1 617 555 0125',
  },
  { first: 'Daniel', last: 'Kim', title: 'Network Engineer', org: 'northwind', days: 260, work: '+1 617 555 0171' },
  {
    first: 'Olivia',
    last: 'Brooks',
    title: 'Pharmacy Director',
    org: 'northwind',
    days: 243,
    work: '+1 617 555 0174',
    personalEmail: 'obrooks.rx@mailbox.example',
  },
  { first: 'Samuel', last: 'Adeyemi', title: 'Security Analyst', org: 'northwind', days: 230, work: '+1 617 555 0178' },
  { first: 'Natalie', last: 'Cruz', title: 'HR Business Partner', org: 'northwind', days: 214, work: '+1 617 555 0181' },
  { first: 'Jacob', last: 'Feldman', title: 'General Counsel', org: 'northwind', days: 199, work: '+1 617 555 0102' },
  {
    first: 'Chloe',
    last: 'Nguyen',
    title: 'Telehealth Program Manager',
    org: 'northwind',
    days: 180,
    work: '+1 617 555 0185',
    twitter: 'chloe_telehealth',
  },
  { first: 'Ethan', last: 'Rossi', title: 'Biomedical Engineer', org: 'northwind', days: 161, work: '+1 617 555 0189' },
  { first: 'Maya', last: 'Patel', title: 'Data Privacy Lead', org: 'northwind', days: 140, work: '+1 617 555 0191' },
  { first: 'Noah', last: 'Fischer', title: 'Radiology Coordinator', org: 'northwind', days: 122, work: '+1 617 555 0196' },
  {
    first: 'Isabella',
    last: 'Costa',
    title: 'Billing Specialist',
    org: 'northwind',
    days: 96,
    work: '+1 617 555 0125',
    personalEmail: 'bella.costa@mailbox.example',
  },
  {
    first: 'William',
    last: 'Turner',
    title: 'Chief Financial Officer',
    org: 'northwind',
    days: 60,
    work: '+1 617 555 0103',
    home: '+1 781 555 0190',
  },
  // Fabrikam Logistics: a support mailbox three contacts share, stored in varying case.
  {
    first: 'Oliver',
    last: 'Bennett',
    title: 'Head of Customer Operations',
    org: 'fabrikam',
    days: 370,
    work: '0161 496 0753',
    country: 'GB',
    twitter: 'oliver_ships',
  },
  {
    first: 'Charlotte',
    last: 'Hughes',
    title: 'Support Desk Coordinator',
    org: 'fabrikam',
    days: 300,
    work: '+44 161 496 0762',
    workEmail: 'support@fabrikam-logistics.example',
  },
  {
    first: 'Jack',
    last: 'Robinson',
    title: 'Support Desk Agent',
    org: 'fabrikam',
    days: 120,
    work: '+44 161 496 0764',
    workEmail: 'Support@Fabrikam-Logistics.example',
  },
  {
    first: 'Amelia',
    last: 'Clarke',
    title: 'Fleet Manager',
    org: 'fabrikam',
    days: 75,
    cell: '07400 123456',
    country: 'GB',
    otherEmail: 'support@fabrikam-logistics.example',
  },
  // Brightwater Energie
  {
    first: 'Lukas',
    last: 'Wagner',
    title: 'Leiter Einkauf',
    org: 'brightwater',
    days: 190,
    work: '+49 89 2019 3410',
    cell: '+49 1512 3456789',
    twitter: 'lukaswagner',
  },
  {
    first: 'Anna',
    last: 'Becker',
    title: 'Head of Sustainability',
    org: 'brightwater',
    days: 170,
    work: '089 20193420',
    country: 'DE',
  },
  { first: 'Felix', last: 'Hoffmann', title: 'Grid Operations Engineer', org: 'brightwater', days: 45, work: '+49 89 2019 3433' },
  // Maison Lumière
  {
    first: 'Camille',
    last: 'Laurent',
    title: 'Directrice Relation Client',
    org: 'lumiere',
    days: 340,
    work: '+33 1 42 68 53 10',
    cell: '06 12 34 56 78',
    country: 'FR',
    twitter: '@camille_laurent',
  },
  { first: 'Julien', last: 'Moreau', title: 'Responsable E-commerce', org: 'lumiere', days: 210, work: '+33 1 42 68 53 24' },
  {
    first: 'Élodie',
    last: 'Dubois',
    title: 'Store Operations Manager',
    org: 'lumiere',
    days: 88,
    work: '+33 1 42 68 53 31',
    personalEmail: 'elodie.dubois@mailbox.example',
  },
  // Liffey Analytics
  { first: 'Siobhán', last: 'Murphy', title: 'Customer Success Director', org: 'liffey', days: 290, work: '+353 1 679 4400' },
  {
    first: 'Cian',
    last: "O'Brien",
    title: 'Solutions Architect',
    org: 'liffey',
    days: 250,
    work: '+353 1 679 4412',
    twitter: 'cian_builds',
  },
  {
    first: 'Aoife',
    last: 'Kelly',
    title: 'Partner Manager',
    org: 'liffey',
    days: 110,
    work: '+353 1 679 4419',
    cell: '+353 85 765 4321',
  },
  // Southern Cross Mutual
  {
    first: 'Ruby',
    last: 'Anderson',
    title: 'Claims Manager',
    org: 'southernCross',
    days: 255,
    work: '+61 2 5550 1250',
    cell: '+61 491 570 156',
  },
  { first: 'Lachlan', last: 'Walker', title: 'Broker Relations Lead', org: 'southernCross', days: 160, work: '+61 2 5550 1262' },
  {
    first: 'Zoe',
    last: 'Mitchell',
    title: 'Underwriting Lead',
    org: 'southernCross',
    days: 58,
    work: '+61 2 5550 1277',
    cell: '+61 491 570 110',
  },
  // Sakura Robotics
  {
    first: 'Hiroshi',
    last: 'Tanaka',
    title: 'Global Sales Director',
    org: 'sakura',
    days: 145,
    work: '+81 3 1234 5680',
    other: '+81 90 1234 5678',
    twitter: 'h_tanaka_robotics',
  },
  { first: 'Yuki', last: 'Sato', title: 'Field Service Engineer', org: 'sakura', days: 100, work: '+81 3 1234 5691' },
  { first: 'Kenji', last: 'Watanabe', title: 'Procurement Manager', org: 'sakura', days: 30, work: '+81 3 1234 5699' },
  // Ipanema Telecom
  {
    first: 'Lucas',
    last: 'Almeida',
    title: 'Gerente de Contas',
    org: 'ipanema',
    days: 315,
    cell: '+55 11 91234 5678',
    whatsApp: '5511987654321',
  },
  { first: 'Beatriz', last: 'Santos', title: 'Network Operations Manager', org: 'ipanema', days: 205, work: '+55 11 3123 4580' },
  {
    first: 'Gabriel',
    last: 'Oliveira',
    title: 'Head of Digital Channels',
    org: 'ipanema',
    days: 66,
    work: '+55 11 3123 4592',
    twitter: '@gabriel_oliveira',
  },
  // Ganges Life Sciences
  {
    first: 'Ananya',
    last: 'Iyer',
    title: 'Regulatory Affairs Manager',
    org: 'ganges',
    days: 235,
    work: '+91 22 2345 6790',
    cell: '+91 98765 43210',
  },
  { first: 'Rohan', last: 'Mehta', title: 'Supply Chain Manager', org: 'ganges', days: 150, work: '+91 22 2345 6801' },
  {
    first: 'Kavya',
    last: 'Reddy',
    title: 'Quality Assurance Lead',
    org: 'ganges',
    days: 40,
    work: '+91 22 2345 6815',
    whatsApp: '919812345678',
  },
  // Tailspin Airways
  {
    first: 'Megan',
    last: "O'Neill",
    title: 'Customer Care Director',
    org: 'tailspin',
    days: 85,
    work: '+1 206 555 0161',
    cell: '+1 206 555 0172',
  },
  {
    first: 'Carlos',
    last: 'Mendoza',
    title: 'Loyalty Program Manager',
    org: 'tailspin',
    days: 20,
    work: '+1 206 555 0168',
    twitter: 'carlos_flies',
  },
  // No organization.
  {
    first: 'Riley',
    last: 'Quinn',
    title: 'Independent CX Consultant',
    days: 12,
    cell: '+353 85 123 4567',
    personalEmail: 'riley.quinn@mailbox.example',
    twitter: '@rileyquinn',
    address: { address1: '7 Ormond Quay Upper', city: 'Dublin 7', postalCode: 'D07 W2X3', countryCode: 'IE' },
  },
];

export const SEED_CONTACTS: readonly SeedContact[] = ROWS.map(toSeedContact);
