import { describe, expect, it } from 'vitest';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { hoverMark } from './harness/page-marks';

describe.each(BROWSERS)('%s: the extension loads and its parts talk to each other', (browserName) => {
  const env = useExtension(browserName);

  it('runs its background', async () => {
    const manifest = await env.session.extensionEval(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('screen-pop for Genesys Cloud');
  });

  it('runs the content script on a web page, and the content script reaches the background', async () => {
    const page = await env.session.openPage(env.fixtures.url('smoke.html'));
    // Hovering a mark makes the content script ask the background; signed out, the card says so.
    await hoverMark(page, 'phone', '+1 317-222-2222');
    await page.waitForSelector('[data-testid="hover-card"][data-status="signed-out"]');
    await page.close();
  });

  it('renders the popup, which reaches the background', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitForSelector('[data-testid="popup-sign-in"]');
    await page.close();
  });

  it('renders the options page, which reaches the background', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await page.waitForSelector('[data-status="connected"]');
    expect(await page.text('[data-testid="background-status"]')).toMatch(/Extension running \(version \d+\.\d+\.\d+\)/);
    await page.close();
  });
});
