import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LookupQuerySchema } from './query-schema';

describe('LookupQuerySchema', () => {
  it.each([
    { kind: 'phone', value: '+13172222222' },
    { kind: 'phone', value: '+442079460958' },
    { kind: 'email', value: 'ada+crm@example.co.uk' },
    { kind: 'twitter', value: 'Grace_H' },
  ])('accepts %j', (query) => {
    expect(v.is(LookupQuerySchema, query)).toBe(true);
  });

  it.each([
    undefined,
    null,
    'phone',
    { kind: 'phone', value: '317-222-2222' },
    { kind: 'phone', value: '+0123456789' },
    { kind: 'phone', value: '+1234567890123456' },
    { kind: 'email', value: 'no-at-sign' },
    { kind: 'email', value: '<script>@x.y' },
    { kind: 'email', value: `${'a'.repeat(250)}@example.com` },
    { kind: 'twitter', value: '@grace' },
    { kind: 'twitter', value: 'sixteen_chars_xx' },
    { kind: 'fax', value: '+13172222222' },
    { kind: 'phone' },
    { kind: 'phone', value: 13172222222 },
  ])('refuses %j', (query) => {
    expect(v.is(LookupQuerySchema, query)).toBe(false);
  });
});
