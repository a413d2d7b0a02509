import { afterAll, beforeAll } from 'vitest';
import type { AgentKey } from '../../emulator/seed';
import { startEmulator, type Emulator } from '../../emulator/server';
import { launchBrowser, type BrowserName, type ExtensionSession, type LaunchOptions } from './extension-session';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { signIn } from './sign-in';

export interface TestEnvironment {
  session: ExtensionSession;
  emulator: Emulator;
  fixtures: FixtureServer;
}

export interface EnvironmentOptions extends LaunchOptions {
  /** Sign in as this seeded agent before the tests. @default no sign-in */
  signIn?: AgentKey;
  /** Runs before the browser starts (for what the browser reads at start, like policies). */
  beforeLaunch?: () => void;
}

/**
 * What most real-browser test files need, set up once per file (or `describe`): an emulator,
 * the fixture server, the browser with the extension, and optionally a signed-in agent; all torn
 * down after. The fields are there once `beforeAll` has run.
 */
export function useExtension(browserName: BrowserName, options: EnvironmentOptions = {}): TestEnvironment {
  const env = {} as TestEnvironment;
  beforeAll(async () => {
    [env.emulator, env.fixtures] = await Promise.all([startEmulator(), startFixtureServer()]);
    options.beforeLaunch?.();
    env.session = await launchBrowser(browserName, options);
    if (options.signIn) await (await signIn(env.session, env.emulator, options.signIn)).close();
  });
  afterAll(async () => {
    await env.session.close();
    await Promise.all([env.emulator.close(), env.fixtures.close()]);
  });
  return env;
}
