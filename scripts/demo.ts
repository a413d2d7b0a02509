/**
 * `npm run demo`: the product against the emulator. Starts the emulator with its seed data,
 * builds the extension for it, opens Chromium with the extension signed in as a seeded agent on a
 * support-inbox page, and tours what an agent does. With a display the browser stays open for you;
 * without one the tour runs headless, saves screenshots and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDED_AGENTS } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { launchBrowser } from '../e2e/harness/extension-session';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { CARD, openCard, openDetailsWindow, waitForText } from '../e2e/harness/popup';
import { signIn } from '../e2e/harness/sign-in';
import type { TestPage } from '../e2e/harness/test-page';
import { BrowsersMissing, ensureBrowsers } from './debian-browsers';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

function build(): void {
  console.log('Building the extension for the emulator…');
  const result = spawnSync(resolve(root, 'node_modules/.bin/wxt'), ['build', '--mode', 'emulator'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The extension did not build; see the output above.');
}

/** Waits until the extension's screen-pop channel is open on the emulator (it opens after sign-in). */
async function connectedToNotifications(emulator: Awaited<ReturnType<typeof startEmulator>>): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((r) => setTimeout(r, 200))) {
    if ((await emulator.control.listChannels()).some((channel) => channel.connected)) return;
  }
  throw new Error('The extension never opened its screen-pop channel.');
}

async function main(): Promise<void> {
  ensureBrowsers(['chromium'], 'for the demo');
  build();
  const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT ?? 8787) }).catch(() => startEmulator());
  const site = await startFixtureServer(resolve(root, 'demo'));
  console.log(`Emulator: ${emulator.url} (control API at ${emulator.url}/__control)`);
  const session = await launchBrowser('chromium', { headless });
  const shots: string[] = [];
  const shoot = async (page: TestPage, name: string) => {
    const path = resolve(outDir, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot(path);
    shots.push(path);
  };
  const shutdown = async () => {
    await session.close().catch(() => undefined);
    await Promise.all([emulator.close(), site.close()]);
  };

  try {
    mkdirSync(outDir, { recursive: true });
    const agent = SEEDED_AGENTS.alex;
    const options = await signIn(session, emulator, 'alex');
    await shoot(options, 'signed-in-settings');
    console.log(`Signed in as ${agent.name}.`);

    // A call comes in for Dana Whitfield while the agent works the inbox.
    const call = await emulator.control.addConversation({
      userId: agent.id,
      mediaType: 'call',
      address: '+16175550142',
      state: 'connected',
    });
    const inbox = await session.openPage(site.url('support-inbox.html'));
    await openCard(inbox, 'phone', '(617) 555-0142', 'match');
    await shoot(inbox, 'hover-card');

    const details = await openDetailsWindow(session, inbox);
    await waitForText(details, '[data-testid="org-name"]', 'Northwind Health Partners');
    await details.waitForSelector('[data-testid="note"]');
    await shoot(details, 'contact-details');
    await details.close();

    await openCard(inbox, 'phone', '+1 617 555 0125', 'match');
    await shoot(inbox, 'several-matches');
    await openCard(inbox, 'phone', '+1 206 555 0199', 'no-match');
    await shoot(inbox, 'no-match');
    await inbox.press('Escape');
    await inbox.waitFor((card) => !document.querySelector('screen-pop-ui')?.shadowRoot?.querySelector(card), CARD);

    // The call ends; a new one rings from the same customer and pops: the details window opens on
    // them, aimed at that call. The agent types a quick note and ties the contact to the call.
    await emulator.control.endConversation(call.id ?? '');
    await connectedToNotifications(emulator);
    await emulator.control.deliverInteraction({ userId: agent.id, mediaType: 'call', address: '+16175550142' });
    const popped = await session.waitForPage('popup.html', 20_000);
    await waitForText(popped, '[data-testid="contact-name"]', 'Dana Whitfield');
    await popped.waitForSelector('[data-testid="conversation-single"]');
    const note = 'Called back about the March invoice; copy sent.';
    await popped.fill('[data-testid="note-input"]', note);
    await popped.press('Enter');
    await waitForText(popped, '[data-testid="note-text"]', note);
    await popped.click('[data-testid="associate-button"]');
    await popped.waitForSelector('[data-testid="associate-result"].ok');
    await shoot(popped, 'screen-pop-note-association');

    if (headless) {
      console.log('\nThe tour ran headless (no display). Screenshots:');
      for (const shot of shots) console.log(`  ${shot}`);
      await shutdown();
      return;
    }
    console.log('\nThe browser is yours: hover numbers, emails and handles on the inbox page.');
    console.log(`Screenshots of the tour are in ${outDir}. Press Ctrl+C to stop.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
    await shutdown();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof BrowsersMissing ? `screen-pop: ${error.message}` : error);
    process.exit(1);
  },
);
