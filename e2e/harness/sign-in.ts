import { EXTENSION_CLIENT_ID, SEEDED_AGENTS, type AgentKey } from '../../emulator/seed';
import type { Emulator } from '../../emulator/server';
import type { ExtensionSession } from './extension-session';
import type { TestPage } from './test-page';

/**
 * Registers the extension's redirect URI with the emulator (as an administrator registers it in
 * Genesys Cloud) and points the extension's settings at this emulator.
 */
export async function connectToEmulator(session: ExtensionSession, emulator: Emulator): Promise<TestPage> {
  const redirectUri = await session.extensionEval(() => chrome.identity.getRedirectURL());
  await emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, redirectUri);
  const options = await session.openExtensionPage('options.html');
  await options.fill('input[name="emulatorUrl"]', emulator.url);
  await options.click('[data-testid="save-connection"]');
  await options.waitForSelector('[data-testid="connection-message"].ok');
  return options;
}

/** Signs in the way an agent does: Sign in on the options page, then pick the agent on the login page. */
export async function signIn(session: ExtensionSession, emulator: Emulator, agent: AgentKey = 'alex'): Promise<TestPage> {
  const options = await connectToEmulator(session, emulator);
  await options.click('[data-testid="sign-in"]');
  const login = await session.waitForPage(`${emulator.url}/oauth/authorize`);
  await login.click(`button[value="${SEEDED_AGENTS[agent].id}"]`);
  await options.waitForSelector('[data-testid="signed-in-agent"]');
  return options;
}
