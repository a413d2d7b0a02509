import { describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION, DEFAULT_PREFERENCES } from '../storage/settings';
import { effectiveConnection, effectivePreferences } from './effective';
import { parsePolicy } from './policy';

describe('policy', () => {
  it('reads a complete policy', () => {
    expect(
      parsePolicy({
        environmentId: 'eu_west_1',
        clientId: ' 3f1c-client ',
        siteMode: 'allow',
        sites: ['https://crm.example.com/x', '*.helpdesk.example', 'not a site'],
        detectors: { twitter: false },
        defaultCountry: 'IE',
      }),
    ).toEqual({
      environmentId: 'eu_west_1',
      clientId: '3f1c-client',
      siteMode: 'allow',
      sites: ['crm.example.com', '*.helpdesk.example'],
      detectors: { twitter: false },
      defaultCountry: 'IE',
    });
  });

  it('ignores malformed fields one by one, and anything that is not an object', () => {
    expect(
      parsePolicy({
        environmentId: 'local',
        clientId: '',
        siteMode: 'sometimes',
        sites: 'x',
        defaultCountry: 'ie',
        detectors: 3,
      }),
    ).toEqual({});
    expect(parsePolicy({ environmentId: 'nowhere', siteMode: 'block' })).toEqual({ siteMode: 'block' });
    expect(parsePolicy(undefined)).toEqual({});
    expect(parsePolicy('eu_west_1')).toEqual({});
  });

  it('lays the policy over the agent preferences and says what it locks', () => {
    const prefs = { ...DEFAULT_PREFERENCES, sites: ['mine.example'], hoverDelayMs: 500 };
    const { value, locked } = effectivePreferences(prefs, {
      siteMode: 'allow',
      sites: ['crm.example.com'],
      detectors: { email: false },
    });
    expect(value).toMatchObject({
      siteMode: 'allow',
      sites: ['crm.example.com'],
      hoverDelayMs: 500,
      detectors: { phone: true, email: false, twitter: true },
    });
    expect(locked.sort()).toEqual(['detectors', 'siteMode', 'sites']);
    expect(effectivePreferences(prefs, {}).locked).toEqual([]);
  });

  it('lays the policy over the connection settings', () => {
    const { value, locked } = effectiveConnection(DEFAULT_CONNECTION, {
      environmentId: 'ap_southeast_2',
      clientId: 'admin-client',
    });
    expect(value).toMatchObject({ environmentId: 'ap_southeast_2', clientId: 'admin-client' });
    expect(locked).toEqual(['environmentId', 'clientId']);
  });
});
