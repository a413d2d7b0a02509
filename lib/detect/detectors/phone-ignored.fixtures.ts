import { findsAll, ignores, type Fixture } from '../fixture';

/** Digits that are not phone numbers, each in a country whose numbering plan would otherwise accept some of them. */
export const ignoredByPhone: readonly Fixture[] = [
  ...ignores('US', [
    // dates and times
    'Posted 2024-01-15', '01/15/2024', '1/5/2024 at 10:30', 'Due 2024-01-15T10:30:00Z', 'Mon, Jan 15, 2024 10:30 AM',
    // prices, quantities, measurements
    '$1,234.56', 'Total: $3,172,222.22', 'USD 3172222222', 'Only $ 317 222 2222 left', '1,234,567 views', '12.5%',
    '3172222222%', '1920 x 1080 px', 'Weight 3172222 kg', 'Distance 3,172 km', '45.5 mph', '40.7128, -74.0060',
    '40°42′46″N 74°00′22″W', '3172222222 ms', '317 222 2222 bytes',
    // versions, network addresses
    'Version 1.2.3', 'v10.0.19045', 'Windows 10.0.19045.3803', 'Build 22631.2861', '192.168.100.254', '10.0.0.1:8080',
    'Subnet 172.16.254.0/24', '10.0.0.0/8',
    'Node 20.19.43', 'Chrome/120.0.6099.129',
    // orders, invoices, tracking, cases, accounts
    'Order #123456789', 'Order number: 317-222-2222', 'Your order no. 3172222222 has shipped', 'Invoice 2024-001234',
    'Invoice #: 3172222222', 'INV-3172222222', 'Ref: 317 222 2222', 'Reference 3172222222', 'Tracking number 1Z999AA10123456784',
    'Tracking: 9400 1000 0000 0000 0000 00', 'Case #31722222', 'Ticket 3172222222', 'Account 317-222-2222', 'Acct. no. 3172222222',
    'Customer ID 3172222222', 'Policy number 317 222 2222', 'Claim #317-222-2222', 'PO 3172222222', 'SKU 317222222',
    'Serial No. 3172222222', 'Confirmation 3172222222', 'Booking ref 3172222222', 'Transaction 3172222222',
    // identifiers with letters, check digits, cards
    'ISBN 978-3-16-148410-0', '978-0-306-40615-7', 'ISBN 0-306-40615-2', 'ISSN 0317-8471', '4111 1111 1111 1111',
    '4111-1111-1111-1111', '4111111111111111', 'Card ending 3782 822463 10005', 'EIN 31-7222222', 'SSN 317-22-2222',
    'ID: A3172222222', 'https://example.com/orders/3172222222', 'example.com/3172222222', '/api/v1/users/3172222222',
    '?id=3172222222', 'user_3172222222', '#3172222222', 'file3172222222.pdf',
    // years, ranges, long runs
    '1999-2004', '2019–2023', 'In 1999 - 2004 we grew', 'pp. 3172-3189', '31722222223172222222', '3172222222317',
    'ZIP 46204-2222', 'Indianapolis, IN 46204',
  ]),
  ...ignores('GB', [
    'Company No. 01234567', 'Registered in England and Wales No. 01234567', 'Company number 07946095', 'VAT GB123456789',
    'VAT Reg No. 123 4567 89', 'Sort code 20-79-46, account 07946095', 'Postcode SW1A 1AA', '£1,234.56', 'Order ref 02079460958',
    '15/01/2024', '15.01.2024', 'NI number QQ 12 34 56 C', '20 7946 0958',
  ]),
  ...ignores('DE', [
    '15.01.2024', 'Stand: 01.02.2024', '2024-01-15', '10115 Berlin', 'PLZ 80331 München', '1.234,56 €', '€ 1.234,56',
    'EUR 20.240.115', 'Bestellnummer: 030901820', 'Rechnungsnummer 0309 0182 00', 'Kundennr. 0171 1234567',
    'Rechnung Nr. 2024-0117', 'Rechnungs-Nr. 0301234567', 'Kunden-Nr.: 0171 1234567', 'Bestell-Nr. 030 901820', 'Sendungsnummer 00340434161094042557', 'USt-IdNr. DE123456789', 'Steuernummer 030/901/82000',
    'HRB 12345 B', 'IBAN DE89 3704 0044 0532 0130 00', 'Amtsgericht Berlin HRB 901820', '20240115', '30 901820',
    'Auftrag 0309 0182 0', 'Version 3.0.19045',
  ]),
  ...ignores('FR', [
    'SIREN 732 829 320', 'SIRET 732 829 320 00074', 'RCS Paris B 732 829 320', 'N° TVA FR 40 732829320', 'TVA FR40732829320',
    '75008 Paris', 'Prix : 1 234,56 €', '1 234 567 habitants', 'Commande n° 0142685300', 'Numéro de commande : 06 12 34 56 78',
    'Facture 2024-000142', 'le 15/01/2024', '15.01.2024', 'Code NAF 6201Z', 'Suivi colis 6A12345678901',
  ]),
  ...ignores('ES', [
    'NIF B12345678', 'CIF: A-12345678', 'Pedido 912345678', 'Factura nº 2024/000123', '1.234,56 €', '28013 Madrid',
    'Población: 3.223.334', 'Referencia 612 345 678', '15/01/2024',
  ]),
  ...ignores('IT', [
    'P.IVA 01234567890', 'Partita IVA 06698212345', 'Codice fiscale RSSMRA85T10A562S', 'Ordine n. 0669821234', 'Fattura 2024/0012',
    '00184 Roma', '€ 1.234,56', '15/01/2024', 'CAP 20121 Milano',
  ]),
  ...ignores('NL', [
    'KvK 12345678', 'KvK-nummer 20123456', 'BTW NL123456789B01', 'Bestelling 0201234567', 'Factuurnummer 0612345678', '1012 AB Amsterdam',
    '€ 1.234,56', '15-01-2024',
  ]),
  ...ignores('IE', ['Company Reg. No. 123456', 'VAT IE1234567T', 'Eircode D02 X285', 'Order ref 012345678', '15/01/2024']),
  ...ignores('AU', [
    'ABN 51 824 753 556', 'ACN 004 085 616', 'Invoice 0298765432', 'NSW 2000', 'Sydney NSW 2000', '$1,234.56', '15/01/2024',
    'Tracking 0412345678',
  ]),
  ...ignores('IN', [
    'GSTIN 27AAPFU0939F1ZV', 'PAN AAPFU0939F', 'PIN 400001', 'Mumbai 400 001', '₹1,23,456', 'Rs. 98765 43210', 'Order ID 9876543210',
    'Aadhaar 1234 5678 9012', '15-01-2024',
  ]),
  ...ignores('JP', ['〒100-0001 東京都千代田区', '注文番号：0312345678', '2024年1月15日', '¥1,234,567', '2024/01/15', '請求書 0312345678']),
  ...ignores('BR', [
    'CNPJ 12.345.678/0001-90', 'CPF 123.456.789-09', 'CEP 01310-100', 'R$ 1.234,56', 'Pedido 11912345678',
    'Nota fiscal 000.123.456', '15/01/2024',
  ]),
  ...ignores('MX', ['RFC GODE561231GR8', 'CURP GODE561231HDFRRN09', 'C.P. 06600', 'Folio 5512345678', '$1,234.56 MXN', '15/01/2024']),
  ...ignores('ZA', ['Reg No 2001/012345/07', 'VAT 4012345678', 'Invoice 0211234567', 'R1 234,56', '2001 Johannesburg', '2024/01/15']),
  ...ignores(undefined, ['317-222-2222 without a default country', '020 7946 0958', '(317) 222-2222']),
  findsAll('US', 'Order #123456789 shipped; questions? Call 317-222-2222.', [['317-222-2222', '+13172222222']]),
  findsAll('DE', 'Rechnung vom 15.01.2024, Tel. 030 901820', [['030 901820', '+4930901820']]),
];
