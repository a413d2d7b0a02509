import type { PageMark } from '../messaging/protocol';
import { lookupKey } from '../lookup/lookup-types';
import { markText, type Mark } from './mark';

/** How many of a page's values the popup lists. */
const LIST_LIMIT = 50;

/** Whether the agent can see the mark's text (text in `display: none` is marked but not shown). */
const shown = (mark: Mark) => (mark.link ?? mark.range.startContainer.parentElement)?.checkVisibility() ?? false;

/** The page's visible marked values, each once, in page order, for the popup's "on this page" list. */
export function pageMarks(marks: readonly Mark[]): PageMark[] {
  const ordered = marks.filter(shown).sort((a, b) => {
    const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return a.range.startOffset - b.range.startOffset;
  });
  const seen = new Set<string>();
  const listed: PageMark[] = [];
  for (const mark of ordered) {
    const key = lookupKey(mark);
    if (seen.has(key)) continue;
    seen.add(key);
    listed.push({ kind: mark.kind, value: mark.value, label: markText(mark).trim().slice(0, 80) || mark.value });
    if (listed.length === LIST_LIMIT) break;
  }
  return listed;
}
