import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type ExtensionSession } from './harness/extension-session';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { markCenter, markedTexts } from './harness/page-marks';

describe.each(BROWSERS)('%s: marks on the page', (browserName) => {
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

  it('marks phone numbers, emails and handles in a CRM table, and nothing else', async () => {
    const page = await session.openPage(fixtures.url('crm-table.html'));
    await markCenter(page, 'phone', '+1 206 555 0199');
    expect(await markedTexts(page, 'phone')).toEqual(['(617) 555-0142', '+1 206 555 0199', '+1 617 555 0125', '+44 161 496 0753', 'Call Riley'].sort());
    expect(await markedTexts(page, 'email')).toEqual(['Email Oliver', 'dana.w@mailbox.example', 'riley.quinn@mailbox.example'].sort());
    expect(await markedTexts(page, 'twitter')).toEqual(['@DanaWhitfield', 'Oliver on X'].sort());
    await page.close();
  });
});
