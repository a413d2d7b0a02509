import type { ExtensionSession } from './extension-session';
import { hoverMark, type MarkKind } from './page-marks';
import type { TestPage } from './test-page';

export const CARD = '[data-testid="hover-card"]';

/** Hovers a marked value until its card shows `status`. */
export async function openCard(page: TestPage, kind: MarkKind, text: string, status: string): Promise<void> {
  await hoverMark(page, kind, text);
  await page.waitForSelector(`${CARD}[data-status="${status}"]`);
}

/** The card's main action ("Open details", "Create contact"), then the details window it opens. */
export async function openDetailsWindow(session: ExtensionSession, page: TestPage): Promise<TestPage> {
  await page.click(`${CARD} button.primary`);
  return session.waitForPage('popup.html');
}

/** Waits until some element matching `selector` has exactly `text`. */
export function waitForText(page: TestPage, selector: string, text: string): Promise<void> {
  return page.waitFor(
    (args) => [...document.querySelectorAll(args.selector)].some((element) => element.textContent.trim() === args.text),
    { selector, text },
  );
}
