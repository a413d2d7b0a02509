import { afterAll, describe, expect, it } from 'vitest';
import { useExtension } from './harness/environment';
import { BROWSERS, extensionDir } from './harness/extension-session';
import { markedTexts } from './harness/page-marks';
import { installPolicy, removePolicy } from './harness/policy';

/** An administrator's roll-out: region, OAuth client and site rules preset and locked. */
const POLICY = { environmentId: 'eu_west_1', clientId: 'org-admin-client-id', siteMode: 'allow', sites: ['crm.example.com'] };

describe.each(BROWSERS)('%s: settings an administrator presets through policy', (browserName) => {
  // Chromium watches its policy folder and drops a policy whose file goes: it stays until afterAll.
  const env = useExtension(browserName, { beforeLaunch: () => installPolicy(browserName, extensionDir(browserName), POLICY) });
  afterAll(() => {
    removePolicy(browserName);
  });

  it('shows the region and OAuth client as set by the administrator, and locked', async () => {
    const options = await env.session.openExtensionPage('options.html');
    await options.waitForSelector('select[name="environmentId"]');
    const state = await options.evaluate(() => {
      const region = document.querySelector<HTMLSelectElement>('select[name="environmentId"]');
      const client = document.querySelector<HTMLInputElement>('input[name="clientId"]');
      const sites = document.querySelector<HTMLTextAreaElement>('textarea[name="sites"]');
      return {
        region: region?.value,
        regionLocked: region?.disabled,
        client: client?.value,
        clientLocked: client?.disabled,
        sites: sites?.value,
        sitesLocked: sites?.closest('fieldset')?.disabled,
        notes: [...document.querySelectorAll('.hint')].filter((e) => e.textContent.includes('Set by your administrator')).length,
      };
    });
    expect(state).toEqual({
      region: 'eu_west_1',
      regionLocked: true,
      client: 'org-admin-client-id',
      clientLocked: true,
      sites: 'crm.example.com',
      sitesLocked: true,
      notes: 3,
    });
    await options.close();
  });

  it('runs only on the sites the policy allows', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    // The content script is there (the keyboard lookup still answers the agent) but marks nothing.
    await page.evaluate(() => {
      const cell = document.getElementById('dana-phone');
      if (cell) getSelection()?.selectAllChildren(cell);
    });
    await page.press('Alt+Shift+KeyL');
    await page.waitForSelector('[data-testid="hover-card"][data-status="signed-out"]');
    expect(await markedTexts(page, 'phone')).toEqual([]);
    await page.close();
  });

  it('keeps the policy out of the agent’s own settings', async () => {
    const result = await env.session.extensionEval(async () => {
      const { connection } = await chrome.storage.local.get('connection');
      return connection ?? null;
    });
    // Nothing was stored: the policy is read live, never copied into the agent's settings.
    expect(result).toBeNull();
  });
});
