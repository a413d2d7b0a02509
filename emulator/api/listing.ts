import { badRequest, invalidValue } from '../errors';
import type { Query } from '../http';

/** "limited to fetching first 1,000 records; pageNumber * pageSize must be <= 1,000" */
const RECORD_LIMIT = 1000;

export interface Page {
  pageSize: number;
  pageNumber: number;
}

/** The paging fields every `*Listing` model shares. */
export interface Listing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  nextUri?: string;
  previousUri?: string;
  lastUri: string;
}

function positiveInteger(query: Query, name: string, fallback: number, max: number): number {
  const raw = query.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw invalidValue(name, raw, `an integer from 1 to ${String(max)}`);
  }
  return value;
}

/** `pageSize` (default 20) and `pageNumber` (default 1), within the first 1,000 records. */
export function readPage(query: Query, maxPageSize = RECORD_LIMIT, defaultPageSize = 20): Page {
  const pageSize = positiveInteger(query, 'pageSize', defaultPageSize, maxPageSize);
  const pageNumber = positiveInteger(query, 'pageNumber', 1, RECORD_LIMIT);
  if (pageSize * pageNumber > RECORD_LIMIT) {
    throw badRequest(`Only the first ${String(RECORD_LIMIT)} records can be paged: pageNumber * pageSize must be <= 1000.`);
  }
  return { pageSize, pageNumber };
}

/** One page of `items`, with the URIs of the neighbouring pages (other query parameters kept). */
export function paginate<T, U>(items: readonly T[], page: Page, path: string, query: Query, present: (item: T) => U): Listing<U> {
  const { pageSize, pageNumber } = page;
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const uri = (number: number) => {
    const params = new URLSearchParams(query.params);
    params.set('pageSize', String(pageSize));
    params.set('pageNumber', String(number));
    return `${path}?${params.toString()}`;
  };
  const start = (pageNumber - 1) * pageSize;
  return {
    entities: items.slice(start, start + pageSize).map(present),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    nextUri: pageNumber < pageCount ? uri(pageNumber + 1) : undefined,
    previousUri: pageNumber > 1 ? uri(pageNumber - 1) : undefined,
    lastUri: uri(Math.max(pageCount, 1)),
  };
}

export type Comparator<T> = (a: T, b: T) => number;

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}

/**
 * `sortOrder=field:asc|desc` over the fields an endpoint allows; anything else is a 400.
 * Missing values sort last either way.
 */
export function readSort<T>(
  query: Query,
  fields: Readonly<Record<string, (item: T) => string | undefined>>,
  fallback: Comparator<T>,
): Comparator<T> {
  const raw = query.get('sortOrder');
  if (raw === undefined) return fallback;
  const [field = '', direction = 'asc', ...rest] = raw.split(':');
  const key = Object.hasOwn(fields, field) ? fields[field] : undefined;
  const lower = direction.toLowerCase();
  if (key === undefined || rest.length > 0 || (lower !== 'asc' && lower !== 'desc')) {
    const allowed = Object.keys(fields).flatMap((name) => [`${name}:asc`, `${name}:desc`]);
    throw invalidValue('sortOrder', raw, allowed.join(', '));
  }
  const sign = lower === 'asc' ? 1 : -1;
  return (a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined || y === undefined) return compareText(x, y);
    return sign * compareText(x, y);
  };
}

export function sortBy<T>(...keys: ((item: T) => string | undefined)[]): Comparator<T> {
  return (a, b) => {
    for (const key of keys) {
      const order = compareText(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** The `expand` values asked for; a value the endpoint does not define is a 400. */
export function readExpand(query: Query, allowed: readonly string[]): Set<string> {
  const values = query.list('expand');
  for (const value of values) {
    if (!allowed.includes(value)) throw invalidValue('expand', value, allowed.join(', '));
  }
  return new Set(values);
}

/**
 * `q`: "User supplied search keywords (no special syntax is currently supported)". Every
 * keyword must appear, case-insensitively, in one of the searched values.
 */
export function matchesKeywords(q: string | undefined, values: readonly (string | undefined)[]): boolean {
  const keywords = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (keywords.length === 0) return true;
  const haystack = values.filter((value) => value !== undefined).map((value) => value.toLowerCase());
  return keywords.every((keyword) => haystack.some((value) => value.includes(keyword)));
}
