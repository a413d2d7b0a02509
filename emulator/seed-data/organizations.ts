import type { OrganizationFields } from '../records';
import { stableId } from './ids';

export interface SeedOrganization extends OrganizationFields {
  id: string;
  /** How long before the reset the organization was created. */
  createdDaysAgo: number;
}

const org = (key: string, createdDaysAgo: number, fields: OrganizationFields): SeedOrganization => ({
  id: stableId(`organization:${key}`),
  createdDaysAgo,
  ...fields,
});

/** Ten customers, prospects, partners and vendors across industries and countries. */
export const SEED_ORGANIZATIONS = {
  northwind: org('northwind', 410, {
    name: 'Northwind Health Partners',
    companyType: 'Customer',
    industry: 'Hospital & Health Care',
    address: { address1: '200 Longwood Avenue', city: 'Boston', state: 'MA', postalCode: '02115', countryCode: 'US' },
    phoneNumber: { display: '+1 617 555 0100' },
    faxNumber: { display: '+1 617 555 0101' },
    employeeCount: 8400,
    revenue: 1900000000,
    tags: ['enterprise', 'healthcare', 'priority-support'],
    websites: ['https://www.northwindhealth.example'],
    twitterId: { screenName: 'NorthwindHealth', name: 'Northwind Health' },
  }),
  fabrikam: org('fabrikam', 380, {
    name: 'Fabrikam Logistics Ltd',
    companyType: 'Customer',
    industry: 'Logistics & Supply Chain',
    address: { address1: '12 Trafford Wharf Road', city: 'Manchester', postalCode: 'M17 1AB', countryCode: 'GB' },
    phoneNumber: { display: '+44 161 496 0000' },
    employeeCount: 2300,
    revenue: 410000000,
    tags: ['freight', 'emea'],
    websites: ['https://fabrikam-logistics.example'],
    tickers: [{ symbol: 'FBKL', exchange: 'LSE' }],
    twitterId: { screenName: '@FabrikamFreight' },
  }),
  brightwater: org('brightwater', 200, {
    name: 'Brightwater Energie GmbH',
    companyType: 'Prospect',
    industry: 'Renewables & Environment',
    address: { address1: 'Leopoldstraße 140', city: 'München', state: 'BY', postalCode: '80804', countryCode: 'DE' },
    phoneNumber: { display: '+49 89 2019 3400' },
    employeeCount: 640,
    revenue: 96000000,
    tags: ['energy', 'dach'],
    websites: ['https://brightwater-energie.example'],
  }),
  lumiere: org('lumiere', 350, {
    name: 'Maison Lumière SA',
    companyType: 'Customer',
    industry: 'Luxury Goods & Jewelry',
    address: { address1: '18 Rue du Faubourg Saint-Honoré', city: 'Paris', postalCode: '75008', countryCode: 'FR' },
    phoneNumber: { display: '+33 1 42 68 53 00' },
    employeeCount: 1200,
    revenue: 780000000,
    tags: ['retail', 'vip'],
    websites: ['https://maison-lumiere.example', 'https://boutique.maison-lumiere.example'],
    tickers: [{ symbol: 'MLUM', exchange: 'EPA' }],
  }),
  liffey: org('liffey', 300, {
    name: 'Liffey Analytics',
    companyType: 'Partner',
    industry: 'Computer Software',
    address: { address1: '4 Grand Canal Square', city: 'Dublin 2', postalCode: 'D02 X576', countryCode: 'IE' },
    phoneNumber: { display: '+353 1 679 4433' },
    employeeCount: 180,
    tags: ['partner', 'analytics'],
    websites: ['https://liffey-analytics.example'],
    twitterId: { screenName: 'LiffeyAnalytics' },
  }),
  southernCross: org('southern-cross', 260, {
    name: 'Southern Cross Mutual',
    companyType: 'Customer',
    industry: 'Insurance',
    address: { address1: '60 Martin Place', city: 'Sydney', state: 'NSW', postalCode: '2000', countryCode: 'AU' },
    phoneNumber: { display: '+61 2 5550 1234' },
    employeeCount: 3100,
    revenue: 1250000000,
    tags: ['insurance', 'apac'],
    websites: ['https://southerncross-mutual.example'],
  }),
  sakura: org('sakura', 150, {
    name: 'Sakura Robotics K.K.',
    companyType: 'Prospect',
    industry: 'Industrial Automation',
    address: { address1: '2-1-1 Nihonbashi', city: 'Chuo-ku, Tokyo', postalCode: '103-0027', countryCode: 'JP' },
    phoneNumber: { display: '+81 3 1234 5678' },
    employeeCount: 5200,
    revenue: 2300000000,
    tags: ['manufacturing', 'apac'],
    websites: ['https://sakura-robotics.example'],
    tickers: [{ symbol: '6499', exchange: 'TYO' }],
  }),
  ipanema: org('ipanema', 320, {
    name: 'Ipanema Telecom S.A.',
    companyType: 'Customer',
    industry: 'Telecommunications',
    address: { address1: 'Avenida Paulista 1578', city: 'São Paulo', state: 'SP', postalCode: '01310-200', countryCode: 'BR' },
    phoneNumber: { display: '+55 11 3123 4567' },
    employeeCount: 9800,
    revenue: 3400000000,
    tags: ['telecom', 'latam'],
    websites: ['https://ipanema-telecom.example'],
    twitterId: { screenName: '@IpanemaTelecom' },
  }),
  ganges: org('ganges', 240, {
    name: 'Ganges Life Sciences Ltd',
    companyType: 'Vendor',
    industry: 'Pharmaceuticals',
    address: { address1: 'Bandra Kurla Complex', city: 'Mumbai', state: 'MH', postalCode: '400051', countryCode: 'IN' },
    phoneNumber: { display: '+91 22 2345 6789' },
    employeeCount: 4600,
    tags: ['supplier', 'pharma'],
    websites: ['https://ganges-lifesciences.example'],
  }),
  tailspin: org('tailspin', 90, {
    name: 'Tailspin Airways',
    companyType: 'Customer',
    industry: 'Airlines/Aviation',
    address: { address1: '19000 International Boulevard', city: 'SeaTac', state: 'WA', postalCode: '98188', countryCode: 'US' },
    phoneNumber: { display: '+1 206 555 0150' },
    employeeCount: 14500,
    revenue: 6100000000,
    tags: ['travel', 'enterprise'],
    websites: ['https://www.tailspin-airways.example'],
    tickers: [{ symbol: 'TSPN', exchange: 'NYSE' }],
    twitterId: { screenName: 'TailspinAir' },
  }),
} as const satisfies Record<string, SeedOrganization>;

export type OrganizationKey = keyof typeof SEED_ORGANIZATIONS;
