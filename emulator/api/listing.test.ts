import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { Query } from '../http';
import { matchesKeywords, paginate, readExpand, readPage, readSort, sortBy } from './listing';

const query = (search: string) => new Query(new URLSearchParams(search));

function errorOf(run: () => unknown): ApiError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  return undefined;
}

describe('readPage', () => {
  it.each([
    ['', { pageSize: 20, pageNumber: 1 }],
    ['pageSize=50&pageNumber=20', { pageSize: 50, pageNumber: 20 }],
    ['pageSize=1000', { pageSize: 1000, pageNumber: 1 }],
  ])('reads "%s"', (search, expected) => {
    expect(readPage(query(search))).toEqual(expected);
  });

  it.each([
    ['pageSize=0', 'invalid.value'],
    ['pageSize=-1', 'invalid.value'],
    ['pageSize=abc', 'invalid.value'],
    ['pageSize=2.5', 'invalid.value'],
    ['pageNumber=0', 'invalid.value'],
    ['pageSize=1001', 'invalid.value'],
    ['pageSize=100&pageNumber=11', 'bad.request'],
    ['pageSize=20&pageNumber=51', 'bad.request'],
  ])('refuses "%s" with %s', (search, code) => {
    expect(errorOf(() => readPage(query(search)))).toMatchObject({ status: 400, code });
  });

  it('caps note pages at 100', () => {
    expect(errorOf(() => readPage(query('pageSize=101'), 100))).toMatchObject({ code: 'invalid.value' });
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);

  it('links the neighbouring pages and keeps the other parameters', () => {
    const listing = paginate(items, { pageSize: 20, pageNumber: 2 }, '/things', query('q=x&pageNumber=2'), String);
    expect(listing).toMatchObject({
      entities: Array.from({ length: 20 }, (_, index) => String(index + 20)),
      total: 45,
      pageCount: 3,
      selfUri: '/things?q=x&pageNumber=2&pageSize=20',
      firstUri: '/things?q=x&pageNumber=1&pageSize=20',
      previousUri: '/things?q=x&pageNumber=1&pageSize=20',
      nextUri: '/things?q=x&pageNumber=3&pageSize=20',
      lastUri: '/things?q=x&pageNumber=3&pageSize=20',
    });
  });

  it.each([
    [
      { pageSize: 20, pageNumber: 1 },
      { previousUri: undefined, entities: 20 },
    ],
    [
      { pageSize: 20, pageNumber: 3 },
      { nextUri: undefined, entities: 5 },
    ],
    [
      { pageSize: 20, pageNumber: 9 },
      { nextUri: undefined, entities: 0 },
    ],
  ])('at %o', (page, expected) => {
    const listing = paginate(items, page, '/things', query(''), String);
    expect(listing.entities).toHaveLength(expected.entities);
    if ('previousUri' in expected) expect(listing.previousUri).toBeUndefined();
    if ('nextUri' in expected) expect(listing.nextUri).toBeUndefined();
  });

  it('reports an empty result as zero pages', () => {
    expect(paginate([], { pageSize: 20, pageNumber: 1 }, '/things', query(''), String)).toMatchObject({
      total: 0,
      pageCount: 0,
      lastUri: '/things?pageSize=20&pageNumber=1',
    });
  });
});

describe('readSort', () => {
  const people = [{ name: 'bob' }, { name: 'Alice' }, { name: undefined }, { name: 'carol' }];
  const fields = { name: (person: { name?: string }) => person.name };
  const sorted = (search: string) => [...people].sort(readSort(query(search), fields, sortBy(fields.name))).map((p) => p.name);

  it.each([
    ['', ['Alice', 'bob', 'carol', undefined]],
    ['sortOrder=name:asc', ['Alice', 'bob', 'carol', undefined]],
    ['sortOrder=name:desc', ['carol', 'bob', 'Alice', undefined]],
    ['sortOrder=name:DESC', ['carol', 'bob', 'Alice', undefined]],
  ])('sorts by "%s"', (search, expected) => {
    expect(sorted(search)).toEqual(expected);
  });

  it.each(['sortOrder=age:asc', 'sortOrder=name:up', 'sortOrder=name:asc:x', 'sortOrder=toString:asc'])(
    'refuses "%s" with invalid.value',
    (search) => {
      expect(errorOf(() => sorted(search))).toMatchObject({ status: 400, code: 'invalid.value' });
    },
  );
});

describe('readExpand', () => {
  it.each([
    ['expand=a&expand=b', ['a', 'b']],
    ['expand[]=a&expand[]=b', ['a', 'b']],
    ['expand=a,b', ['a', 'b']],
    ['', []],
  ])('reads "%s"', (search, expected) => {
    expect([...readExpand(query(search), ['a', 'b'])]).toEqual(expected);
  });

  it('refuses a value the endpoint does not define', () => {
    expect(errorOf(() => readExpand(query('expand=c'), ['a']))).toMatchObject({ code: 'invalid.value' });
  });
});

describe('matchesKeywords', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['dana', true],
    ['DANA whit', true],
    ['dana smith', false],
    ['555 0142', true],
  ])('q=%s matches Dana Whitfield: %s', (q, expected) => {
    expect(matchesKeywords(q, ['Dana', 'Whitfield', '+1 617 555 0142'])).toBe(expected);
  });
});
