import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionHostPermissions } from '../lib/genesys/regions';

/**
 * What the extension may do, pinned: any widening (a permission, a host, a page that may talk to
 * it, a file a page may load) fails here and has to be a deliberate change to this list.
 */
const PERMISSIONS = ['storage', 'identity', 'contextMenus', 'notifications', 'alarms'];
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

const manifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe.each([
  ['chrome-mv3', 'production', regionHostPermissions()],
  ['firefox-mv3', 'production', regionHostPermissions()],
  ['chrome-mv3-emulator', 'emulator', [...regionHostPermissions(), ...LOOPBACK]],
  ['firefox-mv3-emulator', 'emulator', [...regionHostPermissions(), ...LOOPBACK]],
])('the %s manifest (%s build)', (dir, _mode, hosts) => {
  const m = manifest(dir);

  it('asks for exactly the pinned permissions', () => {
    expect(m.permissions).toEqual(PERMISSIONS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('reaches only Genesys Cloud sign-in and API hosts (and loopback in emulator builds)', () => {
    expect(m.host_permissions).toEqual(hosts);
    expect(
      (m.host_permissions as string[]).every((h) => /^https:\/\/(login|api)\.[a-z0-9.-]+\/\*$/.test(h) || LOOPBACK.includes(h)),
    ).toBe(true);
  });

  it('lets no web page talk to it or load its files', () => {
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('runs its content script on pages only, with the highlight stylesheet', () => {
    expect(m.content_scripts).toEqual([
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        css: ['content-scripts/content.css'],
        js: ['content-scripts/content.js'],
      },
    ]);
  });
});

describe('the production builds', () => {
  it('keep the browsers’ default content security policy', () => {
    expect(manifest('chrome-mv3').content_security_policy).toBeUndefined();
    expect(manifest('firefox-mv3').content_security_policy).toBeUndefined();
  });

  it('carry no test hooks', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const background = readFileSync(resolve(import.meta.dirname, '../.output', dir, 'background.js'), 'utf8');
      expect(background.includes('screenPopTestHooks'), dir).toBe(false);
    }
  });
});
