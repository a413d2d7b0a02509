import { detect, type DetectOptions } from '../detect';
import type { CardAnchor } from './card-controller';
import { liveRange, type Mark } from './mark';

/** A card anchored on a mark: its text, its value, its box. */
export function markAnchor(mark: Mark): CardAnchor {
  const range = liveRange(mark);
  return {
    label: range.toString().trim() || mark.value,
    query: { kind: mark.kind, value: mark.value },
    rect: () => (mark.range.startContainer.isConnected ? range.getBoundingClientRect() : undefined),
  };
}

/**
 * What the agent selected, as a card anchor: a mark inside the selection, else the first value
 * `lib/detect` finds in it, else the selection itself with nothing to look up.
 */
export function selectionAnchor(marks: readonly Mark[], options: DetectOptions): CardAnchor | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const inside = marks.find((mark) => {
    const markRange = liveRange(mark);
    return (
      range.compareBoundaryPoints(Range.START_TO_END, markRange) > 0 &&
      range.compareBoundaryPoints(Range.END_TO_START, markRange) < 0
    );
  });
  if (inside) return markAnchor(inside);
  const text = selection.toString();
  const [found] = detect(text, options);
  return {
    label: found ? text.slice(found.start, found.end) : text.trim().slice(0, 80),
    query: found ? { kind: found.kind, value: found.value } : undefined,
    rect: () => (range.startContainer.isConnected ? range.getBoundingClientRect() : undefined),
  };
}

/** A right-clicked link: its mark if it has one, else what its URL holds. */
export function linkAnchor(link: Element, url: string, marks: readonly Mark[], options: DetectOptions): CardAnchor {
  const marked = marks.find((mark) => mark.link === link);
  if (marked) return markAnchor(marked);
  const [found] = detect(url, options);
  return {
    label: link.textContent.trim().slice(0, 80) || url,
    query: found ? { kind: found.kind, value: found.value } : undefined,
    rect: () => (link.isConnected ? link.getBoundingClientRect() : undefined),
  };
}

/** The mark closest to a point, among those in the viewport. */
export function nearestMark(marks: readonly Mark[], x: number, y: number): Mark | undefined {
  let best: { mark: Mark; distance: number } | undefined;
  for (const mark of marks) {
    const rect = liveRange(mark).getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth || rect.width === 0) continue;
    const dx = Math.max(rect.left - x, 0, x - rect.right);
    const dy = Math.max(rect.top - y, 0, y - rect.bottom);
    const distance = dx * dx + dy * dy;
    if (!best || distance < best.distance) best = { mark, distance };
  }
  return best?.mark;
}
