/**
 * Words that label identifiers whose digits can pass for phone numbers: orders, invoices, parcels,
 * cases, accounts, companies, tax and product codes, in the languages of the markets we serve.
 * Lower case; accents as written.
 */
const IDENTIFIER_LABELS = new Set([
  // English
  'order',
  'invoice',
  'inv',
  'bill',
  'receipt',
  'ref',
  'reference',
  'tracking',
  'track',
  'shipment',
  'parcel',
  'consignment',
  'waybill',
  'awb',
  'ticket',
  'case',
  'incident',
  'claim',
  'policy',
  'account',
  'acct',
  'customer',
  'member',
  'membership',
  'booking',
  'reservation',
  'confirmation',
  'transaction',
  'txn',
  'serial',
  'sn',
  'model',
  'part',
  'sku',
  'item',
  'article',
  'lot',
  'batch',
  'po',
  'id',
  'pnr',
  'patent',
  'version',
  'build',
  'release',
  'isbn',
  'issn',
  'ean',
  'upc',
  'gtin',
  'imei',
  'iban',
  'bic',
  'swift',
  'routing',
  'vat',
  'tax',
  'ein',
  'ssn',
  'tin',
  'company',
  'registration',
  'registered',
  'reg',
  'crn',
  'zip',
  'postcode',
  'postal',
  'pin',
  // French
  'commande',
  'facture',
  'référence',
  'réf',
  'suivi',
  'colis',
  'dossier',
  'devis',
  'contrat',
  'siren',
  'siret',
  'rcs',
  'tva',
  'naf',
  'ape',
  // German, with the linking forms of hyphenated compounds ("Rechnungs-Nr.", "Kunden-Nr.")
  'bestellung',
  'bestell',
  'rechnung',
  'rechnungs',
  'auftrag',
  'auftrags',
  'kunde',
  'kunden',
  'sendung',
  'sendungs',
  'vorgang',
  'vorgangs',
  'aktenzeichen',
  'ust',
  'ustid',
  'idnr',
  'hrb',
  'hra',
  'steuernr',
  'plz',
  // Spanish, Italian, Portuguese
  'pedido',
  'factura',
  'referencia',
  'seguimiento',
  'envío',
  'albarán',
  'nif',
  'cif',
  'nie',
  'dni',
  'rfc',
  'curp',
  'folio',
  'ordine',
  'fattura',
  'riferimento',
  'spedizione',
  'pratica',
  'iva',
  'piva',
  'cf',
  'fiscale',
  'nota',
  'fiscal',
  'rastreamento',
  'protocolo',
  'cnpj',
  'cpf',
  'cep',
  // Dutch, English-speaking registries, India
  'bestelling',
  'factuur',
  'referentie',
  'zending',
  'trace',
  'klant',
  'kvk',
  'btw',
  'rsin',
  'abn',
  'acn',
  'gst',
  'gstin',
  'pan',
  'cin',
  // Japanese
  '注文',
  '請求書',
  '伝票',
]);

/** Filler between a label and its number ("Order number: …", "N° de commande …") that decides nothing. */
const FILLER = new Set([
  'no',
  'nr',
  'n',
  'nº',
  'num',
  'number',
  'numbers',
  'numero',
  'número',
  'numéro',
  'nummer',
  'de',
  'du',
  'des',
  'of',
  'the',
  'your',
  'our',
  'del',
  'di',
  'do',
  'da',
  'van',
  'der',
  'la',
  'le',
]);

// German and Dutch compounds ("Bestellnummer", "Kundennr", "klantnummer") and Japanese ones
// ("注文番号") name an identifier by their last part, unless their first part names a phone.
const NUMBER_SUFFIXES = ['nummer', 'nr', '番号'];
const PHONE_ROOTS = ['tel', 'tél', 'phone', 'fon', 'fax', 'handy', 'mobil', 'ruf', 'cell', '電話', '携帯'];

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const LINE_BREAKS = ['\n', '\r', '\t', '|'];
const LOOK_BACK = 48;

/** Whether the nearest word before `start`, past filler and other numbers, labels an identifier ("Order #123456789"). */
export function followsIdentifierLabel(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - LOOK_BACK), start);
  // A label applies within its line or table cell only.
  const lineStart = Math.max(...LINE_BREAKS.map((separator) => window.lastIndexOf(separator))) + 1;
  const words = window.slice(lineStart).match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = (words[i] ?? '').toLowerCase();
    if (FILLER.has(word) || DIGITS_ONLY.test(word)) continue;
    return IDENTIFIER_LABELS.has(word) || isIdentifierCompound(word);
  }
  return false;
}

function isIdentifierCompound(word: string): boolean {
  return (
    NUMBER_SUFFIXES.some((suffix) => word.length > suffix.length && word.endsWith(suffix)) &&
    !PHONE_ROOTS.some((root) => word.startsWith(root))
  );
}
