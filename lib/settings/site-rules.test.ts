import { describe, expect, it } from 'vitest';
import { isScanningAllowed, normalizeSite, siteMatches, siteRuleFor } from './site-rules';

describe('site rules', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://crm.example.com/path?q=1', 'crm.example.com'],
    ['crm.example.com/path', 'crm.example.com'],
    ['example.com:8443', 'example.com'],
    ['*.example.com', '*.example.com'],
    ['localhost', 'localhost'],
    ['', undefined],
    ['not a host', undefined],
    ['javascript:alert(1)', undefined],
    ['*.', undefined],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it.each([
    ['example.com', 'example.com', true],
    ['crm.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['crm.example.com', '*.example.com', true],
    ['example.com', '*.example.com', false],
    ['EXAMPLE.com.', 'example.com', true],
  ])('host %s matches %s: %s', (host, site, expected) => {
    expect(siteMatches(host, site)).toBe(expected);
  });

  it('blocks listed sites in block mode, allows only listed sites in allow mode', () => {
    expect(isScanningAllowed('mail.example.com', 'block', ['example.com'])).toBe(false);
    expect(isScanningAllowed('other.org', 'block', ['example.com'])).toBe(true);
    expect(isScanningAllowed('mail.example.com', 'allow', ['example.com'])).toBe(true);
    expect(isScanningAllowed('other.org', 'allow', ['example.com'])).toBe(false);
  });

  it.each([
    ['https://crm.example.com/a/b', 'crm.example.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['chrome-extension://abc/popup.html', undefined],
    ['about:blank', undefined],
  ])('the pause rule for %s is %j', (url, expected) => {
    expect(siteRuleFor(url)).toBe(expected);
  });
});
