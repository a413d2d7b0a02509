import type { CountryCode } from 'libphonenumber-js/core';
import { languages, type Language } from './languages';
import type { Random } from './random';

/** What pages from one country look like: language, names, and how dates, money, addresses and company IDs are written. */
export interface Locale {
  readonly country: CountryCode;
  readonly language: Language;
  readonly tld: string;
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly companies: readonly string[];
  readonly date: (random: Random) => string;
  readonly money: (random: Random) => string;
  readonly address: (random: Random) => string;
  /** Registration, tax and VAT numbers as the company footer or invoice header writes them. */
  readonly companyIds: readonly ((random: Random) => string)[];
}

const day = (r: Random): string => String(r.int(1, 28)).padStart(2, '0');
const month = (r: Random): string => String(r.int(1, 12)).padStart(2, '0');
const year = (r: Random): string => String(r.int(2015, 2025));
const dmy = (separator: string) => (r: Random) => [day(r), month(r), year(r)].join(separator);
const iso = (r: Random): string => [year(r), month(r), day(r)].join('-');
const n = (r: Random, digits: number): string => r.digits(digits);
const grouped = (r: Random, sizes: readonly number[], separator: string): string =>
  sizes.map((size) => r.digits(size)).join(separator);
/** 1–4 digit amounts with thousands and decimal marks as the locale writes them. */
const amount = (r: Random, thousands: string, decimal: string): string =>
  `${String(r.int(1, 9))}${thousands}${n(r, 3)}${decimal}${n(r, 2)}`;

const ENGLISH_FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'Michael',
  'Jennifer',
  'David',
  'Linda',
  'Sarah',
  'Thomas',
  'Emily',
  'Daniel',
];
const ENGLISH_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Taylor',
  'Clark',
  'Walker',
  'Hall',
];

export const locales: readonly Locale[] = [
  {
    country: 'US',
    language: languages.english,
    tld: 'com',
    firstNames: ENGLISH_FIRST,
    lastNames: ENGLISH_LAST,
    companies: ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics'],
    date: (r) => r.pick([`${month(r)}/${day(r)}/${year(r)}`, iso(r), `Jan ${day(r)}, ${year(r)}`]),
    money: (r) => `$${amount(r, ',', '.')}`,
    address: (r) => `${String(r.int(10, 9999))} Main St, Indianapolis, IN ${n(r, 5)}${r.chance(0.5) ? `-${n(r, 4)}` : ''}`,
    companyIds: [(r) => `EIN ${n(r, 2)}-${n(r, 7)}`, (r) => `DUNS ${n(r, 9)}`],
  },
  {
    country: 'CA',
    language: languages.english,
    tld: 'ca',
    firstNames: ENGLISH_FIRST,
    lastNames: ENGLISH_LAST,
    companies: ['Maple Freight', 'Northern Telecom', 'Lakeside Insurance'],
    date: (r) => r.pick([iso(r), dmy('/')(r)]),
    money: (r) => `$${amount(r, ',', '.')} CAD`,
    address: (r) => `${String(r.int(10, 999))} King St W, Toronto, ON M5X 1A9`,
    companyIds: [(r) => `BN ${n(r, 9)}RT0001`],
  },
  {
    country: 'GB',
    language: languages.english,
    tld: 'co.uk',
    firstNames: ENGLISH_FIRST,
    lastNames: ENGLISH_LAST,
    companies: ['Brightwater Ltd', 'Crown Energy', 'Thames Mutual', 'Kestrel Travel'],
    date: (r) => r.pick([dmy('/')(r), `${day(r)} March ${year(r)}`]),
    money: (r) => `£${amount(r, ',', '.')}`,
    address: (r) => `${String(r.int(1, 200))} High Street, London SW1A ${String(r.int(1, 9))}AA`,
    companyIds: [
      (r) => `Company No. 0${n(r, 7)}`,
      (r) => `VAT Reg. No. GB ${grouped(r, [3, 4, 2], ' ')}`,
      (r) => `Registered in England and Wales No. ${n(r, 8)}`,
    ],
  },
  {
    country: 'IE',
    language: languages.english,
    tld: 'ie',
    firstNames: ['Aoife', 'Conor', 'Siobhan', 'Sean', 'Niamh', 'Ciaran'],
    lastNames: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan'],
    companies: ['Liffey Software', 'Shamrock Foods', 'Atlantic Air'],
    date: dmy('/'),
    money: (r) => `€${amount(r, ',', '.')}`,
    address: (r) => `${String(r.int(1, 99))} O'Connell Street, Dublin D01 F5P2`,
    companyIds: [(r) => `CRO No. ${n(r, 6)}`, (r) => `VAT IE${n(r, 7)}T`],
  },
  {
    country: 'AU',
    language: languages.english,
    tld: 'com.au',
    firstNames: ENGLISH_FIRST,
    lastNames: ENGLISH_LAST,
    companies: ['Harbour Bank', 'Outback Supplies', 'Coral Telecom'],
    date: dmy('/'),
    money: (r) => `$${amount(r, ',', '.')} AUD`,
    address: (r) => `${String(r.int(1, 300))} George St, Sydney NSW 2000`,
    companyIds: [(r) => `ABN ${grouped(r, [2, 3, 3, 3], ' ')}`, (r) => `ACN ${grouped(r, [3, 3, 3], ' ')}`],
  },
  {
    country: 'IN',
    language: languages.english,
    tld: 'in',
    firstNames: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha'],
    lastNames: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair'],
    companies: ['Lotus Infotech', 'Ganges Finance', 'Deccan Motors'],
    date: dmy('-'),
    money: (r) => `₹${String(r.int(1, 9))},${n(r, 2)},${n(r, 3)}.00`,
    address: (r) => `${String(r.int(1, 99))} MG Road, Bengaluru ${String(r.int(560001, 560099))}`,
    companyIds: [(r) => `GSTIN 27AAPFU${n(r, 4)}F1ZV`, (r) => `PAN AAPFU${n(r, 4)}F`],
  },
  {
    country: 'ZA',
    language: languages.english,
    tld: 'co.za',
    firstNames: ['Thabo', 'Naledi', 'Pieter', 'Zanele', 'Johan', 'Lerato'],
    lastNames: ['Nkosi', 'van der Merwe', 'Dlamini', 'Botha', 'Mokoena', 'Naidoo'],
    companies: ['Protea Mining', 'Table Bay Logistics', 'Karoo Foods'],
    date: (r) => r.pick([iso(r), `${year(r)}/${month(r)}/${day(r)}`]),
    money: (r) => `R${String(r.int(1, 9))} ${n(r, 3)},${n(r, 2)}`,
    address: (r) => `${String(r.int(1, 200))} Long Street, Cape Town ${n(r, 4)}`,
    companyIds: [(r) => `Reg. No. ${year(r)}/${n(r, 6)}/07`, (r) => `VAT No. 4${n(r, 9)}`],
  },
  {
    country: 'DE',
    language: languages.german,
    tld: 'de',
    firstNames: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Jürgen'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
    companies: ['Beispiel GmbH', 'Nordlicht AG', 'Rheinwerk KG'],
    date: (r) => r.pick([dmy('.')(r), iso(r)]),
    money: (r) => r.pick([`${amount(r, '.', ',')} €`, `EUR ${amount(r, '.', ',')}`]),
    address: (r) => `Musterstraße ${String(r.int(1, 99))}, ${n(r, 5)} Berlin`,
    companyIds: [
      (r) => `Amtsgericht Berlin HRB ${n(r, 6)}`,
      (r) => `USt-IdNr. DE${n(r, 9)}`,
      (r) => `Steuernummer ${n(r, 2)}/${n(r, 3)}/${n(r, 5)}`,
    ],
  },
  {
    country: 'FR',
    language: languages.french,
    tld: 'fr',
    firstNames: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Théo'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'],
    companies: ['Exemple SARL', 'Lumière SA', 'Atelier Dupont'],
    date: dmy('/'),
    money: (r) => `${String(r.int(1, 9))}\u202F${n(r, 3)},${n(r, 2)} €`,
    address: (r) => `${String(r.int(1, 99))} rue de Rivoli, 750${String(r.int(10, 20))} Paris`,
    companyIds: [
      (r) => `SIREN ${grouped(r, [3, 3, 3], ' ')}`,
      (r) => `SIRET ${grouped(r, [3, 3, 3, 5], ' ')}`,
      (r) => `RCS Paris B ${grouped(r, [3, 3, 3], ' ')}`,
      (r) => `N° TVA FR${n(r, 2)} ${n(r, 9)}`,
    ],
  },
  {
    country: 'ES',
    language: languages.spanish,
    tld: 'es',
    firstNames: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Javier'],
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez'],
    companies: ['Ejemplo SL', 'Soluciones Ibéricas SA', 'Sol Viajes'],
    date: dmy('/'),
    money: (r) => `${amount(r, '.', ',')} €`,
    address: (r) => `Calle Mayor ${String(r.int(1, 99))}, 280${n(r, 2)} Madrid`,
    companyIds: [(r) => `CIF B${n(r, 8)}`, (r) => `NIF ${n(r, 8)}Z`],
  },
  {
    country: 'IT',
    language: languages.italian,
    tld: 'it',
    firstNames: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Matteo'],
    lastNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
    companies: ['Esempio Srl', 'Tirreno SpA', 'Officine Verdi'],
    date: dmy('/'),
    money: (r) => `€ ${amount(r, '.', ',')}`,
    address: (r) => `Via Roma ${String(r.int(1, 99))}, 00${n(r, 3)} Roma`,
    companyIds: [(r) => `P.IVA ${n(r, 11)}`, (r) => `Partita IVA IT${n(r, 11)}`],
  },
  {
    country: 'NL',
    language: languages.dutch,
    tld: 'nl',
    firstNames: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser'],
    companies: ['Voorbeeld BV', 'Polder Logistiek', 'Tulp Energie'],
    date: dmy('-'),
    money: (r) => `€ ${amount(r, '.', ',')}`,
    address: (r) => `Damrak ${String(r.int(1, 99))}, 1012 LG Amsterdam`,
    companyIds: [(r) => `KvK ${n(r, 8)}`, (r) => `KvK-nummer ${n(r, 8)}`, (r) => `BTW NL${n(r, 9)}B01`],
  },
  {
    country: 'JP',
    language: languages.japanese,
    tld: 'co.jp',
    firstNames: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi'],
    lastNames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'],
    companies: ['Sakura Shoji', 'Fuji Denki', 'Nami Logistics'],
    date: (r) => r.pick([`${year(r)}/${month(r)}/${day(r)}`, `${year(r)}年${String(r.int(1, 12))}月${String(r.int(1, 28))}日`]),
    money: (r) => `¥${String(r.int(1, 999))},${n(r, 3)}`,
    address: (r) =>
      `〒${n(r, 3)}-${n(r, 4)} 東京都千代田区丸の内${String(r.int(1, 3))}-${String(r.int(1, 9))}-${String(r.int(1, 9))}`,
    companyIds: [(r) => `法人番号 ${n(r, 13)}`],
  },
  {
    country: 'BR',
    language: languages.portuguese,
    tld: 'com.br',
    firstNames: ['Miguel', 'Alice', 'Arthur', 'Helena', 'Davi', 'Valentina'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa'],
    companies: ['Exemplo Ltda', 'Ipê Comércio', 'Atlântico Seguros'],
    date: dmy('/'),
    money: (r) => `R$ ${amount(r, '.', ',')}`,
    address: (r) => `Av. Paulista, ${String(r.int(100, 2000))} - São Paulo - SP, ${n(r, 5)}-${n(r, 3)}`,
    companyIds: [
      (r) => `CNPJ ${n(r, 2)}.${n(r, 3)}.${n(r, 3)}/0001-${n(r, 2)}`,
      (r) => `CPF ${n(r, 3)}.${n(r, 3)}.${n(r, 3)}-${n(r, 2)}`,
    ],
  },
  {
    country: 'MX',
    language: languages.spanish,
    tld: 'com.mx',
    firstNames: ['Santiago', 'Ximena', 'Mateo', 'Regina', 'Diego', 'Valeria'],
    lastNames: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez'],
    companies: ['Ejemplo SA de CV', 'Azteca Envíos', 'Sierra Madre Foods'],
    date: dmy('/'),
    money: (r) => `$${amount(r, ',', '.')} MXN`,
    address: (r) => `Av. Paseo de la Reforma ${String(r.int(1, 500))}, Col. Juárez, C.P. 06600, Ciudad de México`,
    companyIds: [(r) => `RFC EJE${n(r, 6)}AB1`, (r) => `Folio fiscal ${n(r, 10)}`],
  },
];
