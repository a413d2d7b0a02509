import { describe, expect, it } from 'vitest';
import { SEEDED_AGENTS } from '../emulator/seed';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { signIn } from './harness/sign-in';

describe.each(BROWSERS)('%s: sign-in through Genesys Cloud', (browserName) => {
  const env = useExtension(browserName);

  it('signs in with PKCE on the login page and shows who users/me says is signed in', async () => {
    const options = await signIn(env.session, env.emulator, 'alex');
    await options.waitFor(() => document.querySelector('[data-testid="signed-in-agent"]')?.textContent.includes('@'));
    expect(await options.text('[data-testid="signed-in-agent"]')).toContain(SEEDED_AGENTS.alex.name);
    const calls = await env.emulator.control.listRequests('/api/v2/users/me');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const token = await env.emulator.control.listRequests('/oauth/token');
    expect(token.map((r) => r.status)).toEqual([200]);
    await options.close();
  });

  it('keeps the token away from content scripts: env.session storage holds it, local storage does not', async () => {
    const stored = await env.session.extensionEval(async () => ({
      local: JSON.stringify(await chrome.storage.local.get()),
      session: JSON.stringify(await chrome.storage.session.get()),
    }));
    expect(stored.session).toMatch(/accessToken/);
    expect(stored.local).not.toMatch(/accessToken|access_token/);
  });

  it('signs out, forgetting the token', async () => {
    const options = await env.session.openExtensionPage('options.html');
    await options.click('[data-testid="sign-out"]');
    await options.waitForSelector('[data-testid="signed-out"]');
    const session_ = await env.session.extensionEval(async () => JSON.stringify(await chrome.storage.session.get()));
    expect(session_).not.toMatch(/accessToken/);
    await options.close();
  });
});
