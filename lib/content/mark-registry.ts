import type { DetectionKind } from '../detect';
import { isMarkAlive, liveRange, type Mark } from './mark';

/** Highlight names: `::highlight(screen-pop-phone)` etc. in `public/highlights.css`. */
export const HIGHLIGHT_NAMES: Record<DetectionKind | 'active', string> = {
  phone: 'screen-pop-phone',
  email: 'screen-pop-email',
  twitter: 'screen-pop-twitter',
  active: 'screen-pop-active',
};

const KINDS: readonly DetectionKind[] = ['phone', 'email', 'twitter'];

/** How far outside a mark's box the pointer may be and still count as on it. */
const HIT_SLOP_PX = 1;

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const position = document.caretPositionFromPoint(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : undefined;
}

export function containsPoint(mark: Mark, x: number, y: number): boolean {
  for (const rect of liveRange(mark).getClientRects()) {
    if (x >= rect.left - HIT_SLOP_PX && x <= rect.right + HIT_SLOP_PX && y >= rect.top - HIT_SLOP_PX && y <= rect.bottom + HIT_SLOP_PX) {
      return true;
    }
  }
  return false;
}

/**
 * Every mark on the page, painted through the CSS Custom Highlight API (the page's DOM is never
 * touched), indexed for hit-testing by the text node or link it covers.
 */
export class MarkRegistry {
  private readonly byNode = new Map<Node, Mark[]>();
  private readonly highlights = new Map<DetectionKind | 'active', Highlight>();
  private count = 0;

  constructor() {
    for (const kind of [...KINDS, 'active'] as const) {
      const highlight = new Highlight();
      // The hovered mark paints above the others.
      if (kind === 'active') highlight.priority = 1;
      this.highlights.set(kind, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  get size(): number {
    return this.count;
  }

  add(marks: readonly Mark[]): void {
    for (const mark of marks) {
      const key = mark.link ?? mark.range.startContainer;
      const list = this.byNode.get(key);
      if (list) list.push(mark);
      else this.byNode.set(key, [mark]);
      this.highlights.get(mark.kind)?.add(mark.range);
      this.count += 1;
    }
  }

  /** Forgets the marks of every text node and link under `root` (it is about to be scanned again). */
  removeUnder(root: Node): void {
    for (const [key, marks] of this.byNode) {
      if (key === root || root.contains(key)) this.drop(key, marks);
    }
  }

  /** Forgets marks whose text left the page or changed under them. */
  prune(): void {
    for (const [key, marks] of this.byNode) {
      if (!key.isConnected || !marks.every(isMarkAlive)) this.drop(key, marks);
    }
  }

  clear(): void {
    for (const [key, marks] of this.byNode) this.drop(key, marks);
  }

  /** Removes the highlights from the page for good (the content script is going away). */
  dispose(): void {
    this.clear();
    for (const kind of this.highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  }

  /** The mark under a viewport point, if any. */
  at(x: number, y: number): Mark | undefined {
    const caret = caretAt(x, y);
    if (!caret) return undefined;
    const candidates = [
      ...(this.byNode.get(caret.node) ?? []),
      ...this.linkMarksAround(caret.node),
    ];
    return candidates.find((mark) => containsPoint(mark, x, y));
  }

  /** All marks, in no particular order. */
  all(): Mark[] {
    return [...this.byNode.values()].flat();
  }

  setActive(mark: Mark | undefined): void {
    const active = this.highlights.get('active');
    active?.clear();
    if (mark) active?.add(mark.range);
  }

  private linkMarksAround(node: Node): Mark[] {
    const element = node instanceof Element ? node : node.parentElement;
    const link = element?.closest('a[href]');
    return link ? (this.byNode.get(link) ?? []) : [];
  }

  private drop(key: Node, marks: readonly Mark[]): void {
    for (const mark of marks) this.highlights.get(mark.kind)?.delete(mark.range);
    this.count -= marks.length;
    this.byNode.delete(key);
  }
}
