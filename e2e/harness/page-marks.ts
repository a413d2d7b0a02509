import type { TestPage } from './test-page';

export type MarkKind = 'phone' | 'email' | 'twitter';

/**
 * Runs in the page: the texts under the extension's highlight `name` (the CSS highlight registry
 * is shared with the page), and the middle of the one reading `text`; null when `text` is given
 * but not (yet) marked, so it doubles as a wait condition.
 */
const inspectMarks = ({ name, text }: { name: string; text?: string }) => {
  const texts: string[] = [];
  let point: { x: number; y: number } | null = null;
  for (const range of CSS.highlights.get(name) ?? []) {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const content = live.toString();
    texts.push(content);
    const rect = live.getClientRects()[0];
    if (content === text && rect) point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return text !== undefined && point === null ? null : { texts, point };
};

const highlightName = (kind: MarkKind) => `screen-pop-${kind}`;

/** The texts the extension marked on the page, sorted. */
export async function markedTexts(page: TestPage, kind: MarkKind): Promise<string[]> {
  return (await page.evaluate(inspectMarks, { name: highlightName(kind) }))?.texts.sort() ?? [];
}

/** Waits until the extension marked `text`, and returns the viewport point at its middle. */
export async function markCenter(page: TestPage, kind: MarkKind, text: string): Promise<{ x: number; y: number }> {
  const args = { name: highlightName(kind), text };
  await page.waitFor(inspectMarks, args).catch(async () => {
    throw new Error(`"${text}" was never marked; ${kind} marks: ${JSON.stringify(await markedTexts(page, kind))}`);
  });
  const found = await page.evaluate(inspectMarks, args);
  if (!found?.point) throw new Error(`"${text}" is marked but has no box on screen`);
  return found.point;
}

/** Moves the pointer onto a marked text the way an agent would: from outside, then resting on it. */
export async function hoverMark(page: TestPage, kind: MarkKind, text: string): Promise<void> {
  const { x, y } = await markCenter(page, kind, text);
  await page.mouseMove(x - 40, y + 40);
  await page.mouseMove(x - 2, y);
  await page.mouseMove(x, y);
}
