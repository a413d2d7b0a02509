import type { DetectionKind } from '../detect';
import { isMarkAlive, liveRange, type Mark } from './mark';

/** Highlight names: `::highlight(screen-pop-phone)` etc. in `components/card/highlights.css`. */
export const HIGHLIGHT_NAMES: Record<DetectionKind | 'active', string> = {
  phone: 'screen-pop-phone',
  email: 'screen-pop-email',
  twitter: 'screen-pop-twitter',
  active: 'screen-pop-active',
};

const KINDS: readonly DetectionKind[] = ['phone', 'email', 'twitter'];

/** How far outside a mark's box the pointer may be and still count as on it. */
const HIT_SLOP_PX = 1;

/** Marks this close to the viewport are painted, so scrolling does not show them late. */
const PAINT_MARGIN = '50% 0px';

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const position = document.caretPositionFromPoint(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : undefined;
}

export function containsPoint(mark: Mark, x: number, y: number): boolean {
  for (const rect of liveRange(mark).getClientRects()) {
    if (
      x >= rect.left - HIT_SLOP_PX &&
      x <= rect.right + HIT_SLOP_PX &&
      y >= rect.top - HIT_SLOP_PX &&
      y <= rect.bottom + HIT_SLOP_PX
    ) {
      return true;
    }
  }
  return false;
}

/** The element whose visibility decides whether a mark is painted: its link, or its text's parent. */
const paintTarget = (mark: Mark): Element => mark.link ?? mark.range.startContainer.parentElement ?? document.documentElement;

/**
 * Every mark on the page, indexed for hit-testing by the text node or link it covers, and painted
 * through the CSS Custom Highlight API (the page's DOM is never touched). Only marks near the
 * viewport are in the highlights: the browser re-processes every registered range when a highlight
 * changes, so tens of thousands of them would make each change cost a frame or more.
 */
export class MarkRegistry {
  private readonly byNode = new Map<Node, Mark[]>();
  private readonly byElement = new Map<Element, Mark[]>();
  private readonly inView = new Set<Element>();
  /** Where each mark was grouped when added: its text may since have left the page. */
  private readonly targets = new WeakMap<Mark, Element>();
  private readonly highlights = new Map<DetectionKind | 'active', Highlight>();
  private readonly observer: IntersectionObserver;
  private count = 0;

  constructor() {
    for (const kind of [...KINDS, 'active'] as const) {
      const highlight = new Highlight();
      // The hovered mark paints above the others.
      if (kind === 'active') highlight.priority = 1;
      this.highlights.set(kind, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) this.inView.add(target);
          else this.inView.delete(target);
          for (const mark of this.byElement.get(target) ?? []) this.paint(mark, isIntersecting);
        }
      },
      { rootMargin: PAINT_MARGIN },
    );
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
      const target = paintTarget(mark);
      this.targets.set(mark, target);
      const group = this.byElement.get(target);
      if (group) group.push(mark);
      else {
        this.byElement.set(target, [mark]);
        this.observer.observe(target);
      }
      if (this.inView.has(target)) this.paint(mark, true);
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
    this.observer.disconnect();
    for (const kind of this.highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  }

  /** The mark under a viewport point, if any. */
  at(x: number, y: number): Mark | undefined {
    const caret = caretAt(x, y);
    if (!caret) return undefined;
    const candidates = [...(this.byNode.get(caret.node) ?? []), ...this.linkMarksAround(caret.node)];
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

  private paint(mark: Mark, visible: boolean): void {
    const highlight = this.highlights.get(mark.kind);
    if (visible) highlight?.add(mark.range);
    else highlight?.delete(mark.range);
  }

  private linkMarksAround(node: Node): Mark[] {
    const element = node instanceof Element ? node : node.parentElement;
    const link = element?.closest('a[href]');
    return link ? (this.byNode.get(link) ?? []) : [];
  }

  private drop(key: Node, marks: readonly Mark[]): void {
    for (const mark of marks) {
      this.paint(mark, false);
      const target = this.targets.get(mark);
      if (!target) continue;
      const group = this.byElement.get(target)?.filter((other) => other !== mark) ?? [];
      if (group.length) {
        this.byElement.set(target, group);
      } else {
        this.byElement.delete(target);
        this.inView.delete(target);
        this.observer.unobserve(target);
      }
    }
    this.count -= marks.length;
    this.byNode.delete(key);
  }
}
