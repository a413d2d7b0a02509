import { describe, expect, it } from 'vitest';
import { useExtension } from './harness/environment';
import { BROWSERS } from './harness/extension-session';
import { hoverMark } from './harness/page-marks';

/**
 * Every other real-browser test loads the emulator build. This one loads what the stores get, to
 * prove it runs too: it marks a page and shows its card, in a shadow root the page cannot open.
 */
describe.each(BROWSERS)('%s: the production build', (browserName) => {
  const env = useExtension(browserName, { build: 'production' });

  it('marks a page and opens its card in a closed shadow root', async () => {
    const page = await env.session.openPage(env.fixtures.url('smoke.html'));
    // The card's host joins the page only when a card first opens.
    expect(await page.evaluate(() => document.querySelector('screen-pop-ui') === null)).toBe(true);
    await hoverMark(page, 'phone', '+1 317-222-2222');
    await page.waitFor(() => document.querySelector('screen-pop-ui') !== null);
    expect(await page.evaluate(() => document.querySelector('screen-pop-ui')?.shadowRoot)).toBeNull();
    expect(page.uncaughtErrors()).toEqual([]);
    await page.close();
  });
});
