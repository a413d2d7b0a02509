import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { openCard, openDetailsWindow, waitForText } from './harness/popup';
import { signIn } from './harness/sign-in';

describe.each(BROWSERS)('%s: accessibility (axe-core, WCAG 2.1 AA)', (browserName) => {
  const env = useExtension(browserName);

  it('has no violations in the signed-out popup', async () => {
    const popup = await env.session.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="popup-sign-in"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('has no violations on the options page, signed in', async () => {
    const options = await signIn(env.session, env.emulator);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('has no violations in the popup showing a contact, its organization and notes', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '(617) 555-0142', 'match');
    expect(await axeViolations(page, ['screen-pop-ui', '.card'])).toEqual([]);
    const popup = await openDetailsWindow(env.session, page);
    await waitForText(popup, '[data-testid="org-name"]', 'Northwind Health Partners');
    await popup.waitForSelector('[data-testid="note"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('has no violations in the popup when nothing matches', async () => {
    const page = await env.session.openPage(env.fixtures.url('crm-table.html'));
    await openCard(page, 'phone', '+1 206 555 0199', 'no-match');
    const popup = await openDetailsWindow(env.session, page);
    await popup.waitForSelector('[data-testid="no-match"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
