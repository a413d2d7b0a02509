import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type ExtensionSession } from './harness/extension-session';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

describe.each(BROWSERS)('%s: the extension loads and its parts talk to each other', (browserName) => {
  let session: ExtensionSession;
  let fixtures: FixtureServer;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    session = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await session.close();
    await fixtures.close();
  });

  it('runs its background', async () => {
    const manifest = await session.extensionEval(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('screen-pop for Genesys Cloud');
  });

  it('runs the content script on a web page, and the content script reaches the background', async () => {
    const url = fixtures.url('smoke.html');
    const page = await session.openPage(url);
    const expected = await session.extensionEval(() => chrome.runtime.getManifest().version);
    const read = () =>
      session.extensionEval(async () => (await chrome.storage.local.get('lastContentPing')).lastContentPing);
    await expect.poll(read, { timeout: 10_000 }).toEqual({ url, version: expected });
    await page.close();
  });

  it.each(['popup.html', 'options.html'])('renders %s, which reaches the background', async (path) => {
    const page = await session.openExtensionPage(path);
    await page.waitForSelector('[data-status="connected"]');
    expect(await page.text('[data-testid="background-status"]')).toMatch(/Extension running \(version \d+\.\d+\.\d+\)/);
    await page.close();
  });
});
