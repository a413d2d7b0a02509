import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from './browser-paths';
import type { ExtensionSession, LaunchOptions } from './extension-session';
import { DEFAULT_TIMEOUT_MS, type TestPage } from './test-page';

const GECKO_ID = 'screen-pop@screen-pop.dev';

function wrap(page: Page): TestPage {
  page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  const pierce = (selector: string) => `pierce/${selector}`;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    evaluateScript: (source) => page.evaluate(source),
    async waitFor(fn, arg, timeout = DEFAULT_TIMEOUT_MS) {
      await page.waitForFunction(fn, { timeout, polling: 50 }, arg as never);
    },
    async waitForSelector(selector, timeout = DEFAULT_TIMEOUT_MS) {
      await page.waitForSelector(pierce(selector), { visible: true, timeout });
    },
    text: (selector) => page.$eval(pierce(selector), (el) => el.textContent),
    click: (selector) => page.click(pierce(selector)),
    async fill(selector, value) {
      await page.$eval(pierce(selector), (el) => {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      });
      await page.type(pierce(selector), value);
    },
    // Playwright's "Alt+Shift+KeyL" chords: Puppeteer presses one key at a time.
    async press(chord) {
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop() as KeyInput;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    uncaughtErrors: () => errors,
    close: () => page.close(),
  };
}

/**
 * Finds the tab whose URL passes `test`. Firefox's WebDriver BiDi does not report the URL of pages
 * an extension opened (Puppeteer sees "about:blank"), so each page is asked where it is.
 */
async function findPage(
  browser: Browser,
  test: (href: string) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  ignore: ReadonlySet<Page> = new Set(),
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (ignore.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (test(href)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No Firefox tab matched within ${String(timeoutMs)} ms`);
}

/** Starts Debian's Firefox ESR over WebDriver BiDi and installs the extension in `extensionDir`. */
export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // A fixed moz-extension UUID lets tests know the extension's URLs in advance.
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionBase = `moz-extension://${uuid}/`;
  // BiDi may not navigate to moz-extension:// URLs, so the options page that the extension opens
  // on install serves as the control page: it opens other extension pages and runs extension code.
  const control = await findPage(browser, (href) => href === `${extensionBase}options.html`);

  return {
    name: 'firefox',
    extensionBase,
    async openPage(url) {
      const page = wrap(await browser.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const url = new URL(path, extensionBase).href;
      const existing = new Set(await browser.pages());
      await control.evaluate(async (target) => {
        await chrome.tabs.create({ url: target });
      }, url);
      return wrap(await findPage(browser, (href) => href === url, DEFAULT_TIMEOUT_MS, existing));
    },
    waitForPage: async (part, timeoutMs) =>
      wrap(await findPage(browser, (href) => href.includes(part), timeoutMs, new Set([control]))),
    extensionEval: (fn, arg) => control.evaluate(fn, arg as never),
    close: () => browser.close(),
  };
}
