/**
 * Site rules name hosts: `example.com` covers the host and its subdomains; `*.example.com`
 * only the subdomains. In `block` mode screen-pop runs everywhere except the listed sites; in
 * `allow` mode only on them.
 */
export type SiteMode = 'block' | 'allow';

export function normalizeSite(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  text = text.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(text) ? text : undefined;
}

export function siteMatches(hostname: string, site: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (site.startsWith('*.')) return host.endsWith(site.slice(1));
  return host === site || host.endsWith(`.${site}`);
}

export function isScanningAllowed(hostname: string, mode: SiteMode, sites: readonly string[]): boolean {
  const listed = sites.some((site) => siteMatches(hostname, site));
  return mode === 'block' ? !listed : listed;
}

/** The rule "Pause on this site" adds, or "Resume" removes: the page's host. */
export function siteRuleFor(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? normalizeSite(hostname) : undefined;
  } catch {
    return undefined;
  }
}
