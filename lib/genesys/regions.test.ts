import platformClient from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { isRegionId, localEnvironment, regionEnvironment, regionHostPermissions, REGIONS } from './regions';

describe('regions', () => {
  it('lists exactly the regions of the official SDK', () => {
    const ours = Object.fromEntries(REGIONS.map((r) => [r.id, r.domain]));
    expect(ours).toEqual(platformClient.PureCloudRegionHosts);
  });

  it('gives each region its login and API hosts', () => {
    expect(regionEnvironment('eu_west_1')).toMatchObject({
      loginBase: 'https://login.mypurecloud.ie',
      apiBase: 'https://api.mypurecloud.ie',
    });
  });

  it('derives host permissions for sign-in and API hosts only', () => {
    const permissions = regionHostPermissions();
    expect(permissions).toHaveLength(REGIONS.length * 2);
    expect(permissions).toContain('https://login.usw2.pure.cloud/*');
    expect(permissions).toContain('https://api.mypurecloud.com/*');
    expect(permissions.every((p) => /^https:\/\/(login|api)\.[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
  });

  it('serves sign-in and API from the emulator origin for the local environment', () => {
    expect(localEnvironment('http://127.0.0.1:8787/anything')).toMatchObject({
      id: 'local',
      loginBase: 'http://127.0.0.1:8787',
      apiBase: 'http://127.0.0.1:8787',
    });
  });

  it.each([
    ['us_east_1', true],
    ['local', false],
    ['eu-west-1', false],
  ])('recognises region id %s: %s', (id, expected) => {
    expect(isRegionId(id)).toBe(expected);
  });
});
