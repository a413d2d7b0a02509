import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConnectionSettingsSchema, resolveConnection } from './connection';

describe('connection settings', () => {
  it('resolves a region to its sign-in and API hosts', () => {
    expect(
      resolveConnection({ environmentId: 'eu_west_1', clientId: ' client ', emulatorUrl: 'http://127.0.0.1:8787' }),
    ).toMatchObject({
      clientId: 'client',
      environment: { loginBase: 'https://login.mypurecloud.ie', apiBase: 'https://api.mypurecloud.ie' },
    });
  });

  it('never resolves the emulator outside emulator builds (tests run as one)', () => {
    expect(
      resolveConnection({ environmentId: 'local', clientId: 'c', emulatorUrl: 'http://127.0.0.1:8787' }).environment.apiBase,
    ).toBe('https://api.mypurecloud.com');
  });

  it.each([
    ['an emulator address off this machine', { environmentId: 'us_east_1', clientId: 'c', emulatorUrl: 'https://evil.example' }],
    [
      'the local environment outside emulator builds',
      { environmentId: 'local', clientId: 'c', emulatorUrl: 'http://127.0.0.1:8787' },
    ],
    ['an unknown region', { environmentId: 'moon_1', clientId: 'c', emulatorUrl: 'http://127.0.0.1:8787' }],
    ['an overlong client id', { environmentId: 'us_east_1', clientId: 'x'.repeat(201), emulatorUrl: 'http://127.0.0.1:8787' }],
  ])('refuses %s', (_name, settings) => {
    expect(v.is(ConnectionSettingsSchema, settings)).toBe(false);
  });
});
