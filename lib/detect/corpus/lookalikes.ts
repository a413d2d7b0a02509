import type { Random } from './random';

/** Text that pages put next to contacts and that a careless detector takes for one. */
export type Lookalike = (random: Random) => string;

const year = (r: Random): number => r.int(1990, 2020);

export const numericLookalikes = {
  yearRange: (r) => {
    const from = year(r);
    return `${String(from)}${r.pick(['-', '–', ' - '])}${String(from + r.int(1, 5))}`;
  },
  isbn13: (r) => {
    const digits = `978${r.digits(9)}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += Number(digits.charAt(i)) * (i % 2 === 0 ? 1 : 3);
    const check = String((10 - (sum % 10)) % 10);
    return `ISBN ${digits.slice(0, 3)}-${digits.slice(3, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}-${check}`;
  },
  bareIsbn: (r) => `978-${String(r.int(0, 9))}-${r.digits(3)}-${r.digits(5)}-${String(r.int(0, 9))}`,
  version: (r) => `v${String(r.int(1, 20))}.${String(r.int(0, 9))}.${r.digits(r.int(3, 5))}`,
  windowsBuild: (r) => `10.0.${r.digits(5)}.${r.digits(4)}`,
  ipAddress: (r) => `${String(r.int(10, 223))}.${String(r.int(0, 255))}.${String(r.int(0, 255))}.${String(r.int(1, 254))}`,
  upsTracking: (r) => `1Z${r.digits(3)}AA${r.digits(10)}`,
  uspsTracking: (r) => `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`,
  testCard: (r) => r.pick(['4111 1111 1111 1111', '5555 5555 5555 4444', '4242-4242-4242-4242', '3782 822463 10005']),
  maskedCard: (r) => `**** **** **** ${r.digits(4)}`,
  iban: (r) => `DE${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`,
  isoTimestamp: (r) =>
    `${String(year(r))}-0${String(r.int(1, 9))}-1${String(r.int(0, 9))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:00Z`,
  time: (r) => `${String(r.int(8, 18))}:${r.pick(['00', '15', '30', '45'])}`,
  percentage: (r) => `${String(r.int(1, 99))}.${String(r.int(0, 9))}%`,
  resolution: (r) => r.pick(['1920 x 1080 px', '2560×1440', '3840 x 2160']),
  weight: (r) => `${String(r.int(1, 900))}.${String(r.int(0, 9))} kg`,
  coordinates: (r) => `${String(r.int(-60, 60))}.${r.digits(4)}, ${String(r.int(-120, 120))}.${r.digits(4)}`,
  bigCount: (r) => `${String(r.int(1, 99))},${r.digits(3)},${r.digits(3)} views`,
  pageRange: (r) => `pp. ${String(r.int(100, 400))}-${String(r.int(401, 800))}`,
  orderNumber: (r) => `Order #${r.digits(9)}`,
  referenceNumber: (r) => `Ref: ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`,
  caseNumber: (r) => `Case #${r.digits(8)}`,
  hexId: (r) => `#${r.digits(6)}`,
} satisfies Record<string, Lookalike>;

const USERS = ['jane', 'marketing', 'devteam', 'alex_w', 'news'];

export const atSignLookalikes = {
  mediumProfile: (r) => `https://medium.com/@${r.pick(USERS)}`,
  tiktokProfile: (r) => `https://www.tiktok.com/@${r.pick(USERS)}?lang=en`,
  mastodonProfile: (r) => `https://mastodon.social/@${r.pick(USERS)}`,
  retinaAsset: (r) =>
    `${r.pick(['logo', 'hero', 'icon-home', 'banner'])}@${r.pick(['2x', '3x'])}.${r.pick(['png', 'jpg', 'webp'])}`,
  localUser: (r) => `${r.pick(['root', 'admin', 'user'])}@localhost`,
  npmScope: (r) => r.pick(['@types/node', '@babel/core', '@vue/cli', '@angular/core']),
  urlUserinfo: (r) => `https://${r.pick(USERS)}:secret@example.com/dashboard`,
  sshRemote: (r) => `git@github.com:${r.pick(USERS)}/app.git`,
  longHandle: (r) => `@${r.pick(['this_handle_is_too_long', 'averyveryverylonghandle', 'customer_support_team'])}`,
  tweetLink: (r) => `https://x.com/${r.pick(USERS)}/status/${r.digits(19)}`,
  twitterPage: (r) =>
    r.pick([
      'https://twitter.com/home',
      'https://x.com/explore',
      'https://twitter.com/intent/tweet?text=Hi',
      'https://x.com/search?q=help',
    ]),
  atPrice: (r) => `${String(r.int(2, 9))} for $${String(r.int(2, 9))} @ the store`,
  emailInQuery: (r) => `https://example.com/unsubscribe?email=${r.pick(USERS)}@example.com`,
} satisfies Record<string, Lookalike>;
