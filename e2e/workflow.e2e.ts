import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CONTACTS, SEEDED_AGENTS } from '../emulator/seed';
import { startEmulator, type Emulator } from '../emulator/server';
import { BROWSERS, launchBrowser, type ExtensionSession } from './harness/extension-session';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { hoverMark } from './harness/page-marks';
import { signIn } from './harness/sign-in';
import type { TestPage } from './harness/test-page';

const CARD = '[data-testid="hover-card"]';

describe.each(BROWSERS)('%s: an agent looks up a caller and works the contact', (browserName) => {
  let session: ExtensionSession;
  let emulator: Emulator;
  let fixtures: FixtureServer;
  let page: TestPage;

  beforeAll(async () => {
    [emulator, fixtures] = await Promise.all([startEmulator(), startFixtureServer()]);
    session = await launchBrowser(browserName);
    await (await signIn(session, emulator, 'alex')).close();
    page = await session.openPage(fixtures.url('crm-table.html'));
  });
  afterAll(async () => {
    await session.close();
    await Promise.all([emulator.close(), fixtures.close()]);
  });

  it('shows the contact in a hover card over a number, and closes it on Escape', async () => {
    await hoverMark(page, 'phone', '(617) 555-0142');
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    expect(await page.text('[data-testid="card-name"]')).toBe('Dana Whitfield');
    expect(await page.text('[data-testid="card-role"]')).toContain('Director of Patient Experience');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector('[data-testid="hover-card"]'));
  });

  it('opens the details in the popup, with the organization', async () => {
    await hoverMark(page, 'phone', '(617) 555-0142');
    await page.waitForSelector(`${CARD}[data-status="match"]`);
    await page.click(`${CARD} button.primary`);
    const popup = await session.waitForPage('popup.html');
    await popup.waitForSelector('[data-testid="contact-name"]');
    expect(await popup.text('[data-testid="contact-name"]')).toBe('Dana Whitfield');
    await popup.waitForSelector('[data-testid="org-name"]');
    expect(await popup.text('[data-testid="org-name"]')).toBe('Northwind Health Partners');
    await popup.close();
  });
});
