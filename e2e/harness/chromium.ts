import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './browser-paths';
import type { ExtensionSession, LaunchOptions } from './extension-session';
import { DEFAULT_TIMEOUT_MS, type TestPage } from './test-page';

function wrap(page: Page, errors: readonly string[] = []): TestPage {
  page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    evaluateScript: (source) => page.evaluate(source),
    async waitFor(fn, arg, timeout = DEFAULT_TIMEOUT_MS) {
      await page.waitForFunction(fn, arg as never, { timeout });
    },
    waitForSelector: (selector, timeout = DEFAULT_TIMEOUT_MS) =>
      page.locator(selector).first().waitFor({ state: 'visible', timeout }),
    text: async (selector) => (await page.locator(selector).first().textContent()) ?? '',
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    press: (key) => page.keyboard.press(key),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    uncaughtErrors: () => errors,
    close: () => page.close(),
  };
}

/** Collects every uncaught error on `page`, in any of its worlds (the page's, the content script's). */
async function watchErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** Starts Debian's Chromium with the unpacked extension in `extensionDir` loaded. */
export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const first: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionBase = new URL('/', first.url()).href;
  /** The running worker: after a stop, the next event starts a new one. */
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith(extensionBase)) ?? (await context.waitForEvent('serviceworker'));

  const openPage = async (url: string) => {
    const page = await context.newPage();
    const wrapped = wrap(page, await watchErrors(context, page));
    await wrapped.goto(url);
    return wrapped;
  };
  return {
    name: 'chromium',
    extensionBase,
    openPage,
    openExtensionPage: (path) => openPage(new URL(path, extensionBase).href),
    async waitForPage(part, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const found =
        context.pages().find((page) => page.url().includes(part)) ??
        (await context.waitForEvent('page', { predicate: (page) => page.url().includes(part), timeout: timeoutMs }));
      return wrap(found);
    },
    extensionEval: async (fn, arg) => (await worker()).evaluate(fn, arg as never),
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: () => context.close(),
  };
}
