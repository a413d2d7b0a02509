/** The words a page in one language labels things with, and sentences of its ordinary prose. */
export interface Language {
  readonly phone: string;
  readonly mobile: string;
  readonly fax: string;
  readonly email: string;
  readonly order: string;
  readonly invoice: string;
  readonly tracking: string;
  readonly customer: string;
  readonly total: string;
  readonly date: string;
  readonly contactUs: string;
  readonly followUs: string;
  readonly hours: string;
  readonly regards: string;
  /** Sentences with no contact in them; "{n}" is replaced by a small number. */
  readonly prose: readonly string[];
}

const english: Language = {
  phone: 'Phone',
  mobile: 'Mobile',
  fax: 'Fax',
  email: 'Email',
  order: 'Order',
  invoice: 'Invoice',
  tracking: 'Tracking number',
  customer: 'Customer',
  total: 'Total',
  date: 'Date',
  contactUs: 'Contact us',
  followUs: 'Follow us on X',
  hours: 'Opening hours',
  regards: 'Kind regards',
  prose: [
    'Our team has been helping customers for over {n} years, and we are proud of every one of them.',
    'The new release brings faster search, a cleaner layout and many small fixes requested by the community.',
    'Please read the terms carefully before you place your order.',
    'We will get back to you within {n} business days.',
    'Thanks to everyone who joined the webinar last week; the recording is now available.',
    'Shipping is free for orders over {n} items, and returns are accepted within {n} days.',
    'I tried restarting the router twice but the connection still drops every few minutes.',
    'The meeting was moved to the main conference room on the third floor.',
  ],
};

const german: Language = {
  phone: 'Telefon',
  mobile: 'Mobil',
  fax: 'Fax',
  email: 'E-Mail',
  order: 'Bestellnummer',
  invoice: 'Rechnungsnummer',
  tracking: 'Sendungsnummer',
  customer: 'Kundennummer',
  total: 'Gesamtbetrag',
  date: 'Datum',
  contactUs: 'Kontakt',
  followUs: 'Folgen Sie uns auf X',
  hours: 'Öffnungszeiten',
  regards: 'Mit freundlichen Grüßen',
  prose: [
    'Wir beraten unsere Kunden seit über {n} Jahren persönlich und kompetent.',
    'Die neue Version bringt eine schnellere Suche und viele kleine Verbesserungen.',
    'Bitte lesen Sie die Bedingungen sorgfältig, bevor Sie Ihre Bestellung aufgeben.',
    'Wir melden uns innerhalb von {n} Werktagen bei Ihnen.',
    'Der Versand ist ab {n} Artikeln kostenlos.',
    'Ich habe den Router zweimal neu gestartet, aber die Verbindung bricht immer noch ab.',
  ],
};

const french: Language = {
  phone: 'Téléphone',
  mobile: 'Portable',
  fax: 'Fax',
  email: 'E-mail',
  order: 'Numéro de commande',
  invoice: 'Facture n°',
  tracking: 'Numéro de suivi',
  customer: 'Numéro client',
  total: 'Total',
  date: 'Date',
  contactUs: 'Nous contacter',
  followUs: 'Suivez-nous sur X',
  hours: "Horaires d'ouverture",
  regards: 'Cordialement',
  prose: [
    'Notre équipe accompagne ses clients depuis plus de {n} ans.',
    'La nouvelle version apporte une recherche plus rapide et de nombreuses corrections.',
    'Merci de lire attentivement les conditions avant de passer commande.',
    'Nous vous répondrons sous {n} jours ouvrés.',
    'La livraison est offerte dès {n} articles achetés.',
    "J'ai redémarré la box deux fois mais la connexion coupe toujours.",
  ],
};

const spanish: Language = {
  phone: 'Teléfono',
  mobile: 'Móvil',
  fax: 'Fax',
  email: 'Correo',
  order: 'Pedido',
  invoice: 'Factura',
  tracking: 'Número de seguimiento',
  customer: 'Cliente',
  total: 'Total',
  date: 'Fecha',
  contactUs: 'Contacto',
  followUs: 'Síguenos en X',
  hours: 'Horario',
  regards: 'Saludos cordiales',
  prose: [
    'Nuestro equipo ayuda a los clientes desde hace más de {n} años.',
    'La nueva versión trae una búsqueda más rápida y muchas mejoras pequeñas.',
    'Lea atentamente las condiciones antes de realizar su pedido.',
    'Le responderemos en un plazo de {n} días hábiles.',
    'El envío es gratuito a partir de {n} artículos.',
    'Reinicié el router dos veces pero la conexión se sigue cortando.',
  ],
};

const italian: Language = {
  phone: 'Telefono',
  mobile: 'Cellulare',
  fax: 'Fax',
  email: 'Email',
  order: 'Ordine n.',
  invoice: 'Fattura n.',
  tracking: 'Codice di spedizione',
  customer: 'Codice cliente',
  total: 'Totale',
  date: 'Data',
  contactUs: 'Contatti',
  followUs: 'Seguici su X',
  hours: 'Orari',
  regards: 'Cordiali saluti',
  prose: [
    'Il nostro team assiste i clienti da oltre {n} anni.',
    'La nuova versione offre una ricerca più veloce e molte piccole correzioni.',
    'Si prega di leggere attentamente le condizioni prima di effettuare un ordine.',
    'Le risponderemo entro {n} giorni lavorativi.',
    'La spedizione è gratuita a partire da {n} articoli.',
  ],
};

const dutch: Language = {
  phone: 'Telefoon',
  mobile: 'Mobiel',
  fax: 'Fax',
  email: 'E-mail',
  order: 'Bestelnummer',
  invoice: 'Factuurnummer',
  tracking: 'Track & trace',
  customer: 'Klantnummer',
  total: 'Totaal',
  date: 'Datum',
  contactUs: 'Contact',
  followUs: 'Volg ons op X',
  hours: 'Openingstijden',
  regards: 'Met vriendelijke groet',
  prose: [
    'Ons team helpt klanten al meer dan {n} jaar.',
    'De nieuwe versie zoekt sneller en lost veel kleine problemen op.',
    'Lees de voorwaarden goed door voordat u bestelt.',
    'Wij reageren binnen {n} werkdagen.',
    'Verzending is gratis vanaf {n} artikelen.',
  ],
};

const portuguese: Language = {
  phone: 'Telefone',
  mobile: 'Celular',
  fax: 'Fax',
  email: 'E-mail',
  order: 'Pedido',
  invoice: 'Nota fiscal',
  tracking: 'Código de rastreamento',
  customer: 'Cliente',
  total: 'Total',
  date: 'Data',
  contactUs: 'Fale conosco',
  followUs: 'Siga-nos no X',
  hours: 'Horário de atendimento',
  regards: 'Atenciosamente',
  prose: [
    'Nossa equipe atende clientes há mais de {n} anos.',
    'A nova versão traz uma busca mais rápida e muitas correções.',
    'Leia atentamente as condições antes de fazer o seu pedido.',
    'Responderemos em até {n} dias úteis.',
    'O frete é grátis a partir de {n} itens.',
  ],
};

const japanese: Language = {
  phone: '電話',
  mobile: '携帯',
  fax: 'FAX',
  email: 'メール',
  order: '注文番号',
  invoice: '請求書番号',
  tracking: 'お問い合わせ番号',
  customer: 'お客様番号',
  total: '合計',
  date: '日付',
  contactUs: 'お問い合わせ',
  followUs: 'Xでフォロー',
  hours: '営業時間',
  regards: 'よろしくお願いいたします。',
  prose: [
    '弊社は{n}年以上にわたりお客様をサポートしてまいりました。',
    '新しいバージョンでは検索が速くなり、多くの不具合が修正されました。',
    'ご注文の前に利用規約をよくお読みください。',
    '{n}営業日以内にご連絡いたします。',
    '{n}点以上のご注文で送料無料です。',
  ],
};

export const languages = { english, german, french, spanish, italian, dutch, portuguese, japanese } as const;
