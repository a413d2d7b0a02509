import type { DetectionKind } from '../detect';
import { isMarkAlive, liveRange, type Mark } from './mark';
import { NodeRuns, type NodeRun } from './node-runs';
import { runInSlices, type SliceStats } from './slices';

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

/** What a scan hands over for detection: text that may hold detections, or a link that may name someone. */
export type DeferredNode = Text | Element;

export interface MarkRegistryOptions {
  /** Makes the function that finds the marks of a deferred node; called once per round of detection. */
  detector: () => (node: DeferredNode) => Mark[];
  /** After each round of detection, with its slices (for benchmarks). */
  onDetected?: (stats: SliceStats) => void;
}

/**
 * Every mark on the page, indexed for hit-testing by the text node or link it covers, and painted
 * through the CSS Custom Highlight API (the page's DOM is never touched).
 *
 * Work follows the viewport. The scan hands over the text and links that may hold a detection;
 * they are detected when they come near the viewport, in time-boxed slices, and never if the
 * agent never scrolls there. Only marks near the viewport are in the highlights: the browser
 * re-processes every registered range when a highlight changes, so tens of thousands of them would
 * make each change cost a frame or more. Both follow the same watched elements (see NodeRuns).
 */
export class MarkRegistry {
  private readonly byNode = new Map<Node, Mark[]>();
  private readonly byElement = new Map<Element, Mark[]>();
  private readonly inView = new Set<Element>();
  /** The watched element each mark is painted by. */
  private readonly targets = new WeakMap<Mark, Element>();
  private readonly highlights = new Map<DetectionKind | 'active', Highlight>();
  private readonly observer: IntersectionObserver;
  private count = 0;
  /** Nodes waiting for detection; the one source of truth: the groups and queue below may hold stale entries. */
  private readonly deferred = new Set<DeferredNode>();
  /** Deferred nodes by the watched element whose visibility releases them. */
  private readonly deferredByElement = new Map<Element, DeferredNode[]>();
  /** Deferred nodes are watched in runs (see NodeRuns); the open one closes when the current task ends at the latest. */
  private readonly runs = new NodeRuns<DeferredNode>();
  private closing = false;
  /** Released nodes with their watched element, in release order, for the round of detection in progress or the next. */
  private released: [DeferredNode, Element][] = [];
  private detecting: Promise<void> | undefined;
  private readonly lifetime = new AbortController();

  constructor(private readonly options: MarkRegistryOptions) {
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
          if (isIntersecting) this.release(target);
        }
      },
      { rootMargin: PAINT_MARGIN },
    );
  }

  /** Marks found so far. */
  get size(): number {
    return this.count;
  }

  /** Nodes not yet detected. */
  get deferredSize(): number {
    return this.deferred.size;
  }

  private add(marks: readonly Mark[], target: Element): void {
    for (const mark of marks) {
      const key = mark.link ?? mark.range.startContainer;
      const list = this.byNode.get(key);
      if (list) list.push(mark);
      else this.byNode.set(key, [mark]);
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

  /**
   * A node that may hold detections, handed over in document order: detected once it nears the
   * viewport, or when every mark is asked for.
   */
  defer(node: DeferredNode): void {
    if (this.deferred.has(node)) return;
    this.deferred.add(node);
    this.watch(this.runs.add(node));
    // A scan hands nodes over in slices: what it found in one is watched at the slice's end.
    if (!this.closing) {
      this.closing = true;
      queueMicrotask(() => {
        this.closing = false;
        this.watch(this.runs.close());
      });
    }
  }

  /** Every mark on the page, detecting first what has not come into view yet. */
  async allDetected(): Promise<Mark[]> {
    this.watch(this.runs.close());
    for (const target of [...this.deferredByElement.keys()]) this.release(target);
    await this.settled();
    return this.all();
  }

  /** Resolves when no detection is in progress. */
  async settled(): Promise<void> {
    while (this.detecting) await this.detecting;
  }

  /** Forgets the marks and deferred nodes under any of `roots` (they are about to be scanned again), in one pass. */
  removeUnder(roots: readonly Node[]): void {
    const set = new Set(roots);
    const under = (node: Node) => {
      for (let at: Node | null = node; at; at = at.parentNode) if (set.has(at)) return true;
      return false;
    };
    for (const [key, marks] of this.byNode) if (under(key)) this.drop(key, marks);
    this.forgetDeferred(under);
  }

  /** Forgets marks whose text left the page or changed under them, and deferred nodes that left the page. */
  prune(): void {
    for (const [key, marks] of this.byNode) {
      if (!key.isConnected || !marks.every(isMarkAlive)) this.drop(key, marks);
    }
    this.forgetDeferred((node) => !node.isConnected);
  }

  clear(): void {
    for (const [key, marks] of this.byNode) this.drop(key, marks);
    this.forgetDeferred(() => true);
  }

  /** Removes the highlights from the page for good (the content script is going away). */
  dispose(): void {
    this.lifetime.abort();
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
      if (group.length) this.byElement.set(target, group);
      else {
        this.byElement.delete(target);
        this.unwatchIfIdle(target);
      }
    }
    this.count -= marks.length;
    this.byNode.delete(key);
  }

  private forgetDeferred(matches: (node: DeferredNode) => boolean): void {
    for (const node of this.deferred) if (matches(node)) this.deferred.delete(node);
    this.runs.forget((node) => this.deferred.has(node));
    for (const [target, nodes] of this.deferredByElement) {
      const left = nodes.filter((node) => this.deferred.has(node));
      if (left.length) this.deferredByElement.set(target, left);
      else {
        this.deferredByElement.delete(target);
        this.unwatchIfIdle(target);
      }
    }
  }

  /** Stops watching an element that has neither marks nor deferred nodes. */
  private unwatchIfIdle(target: Element): void {
    if (this.byElement.has(target) || this.deferredByElement.has(target)) return;
    this.inView.delete(target);
    this.observer.unobserve(target);
  }

  /** Watches a run through its ancestor; marks found in it are painted while that is in view. */
  private watch(run: NodeRun<DeferredNode> | undefined): void {
    if (!run) return;
    const target = run.ancestor;
    const group = this.deferredByElement.get(target);
    if (group) for (const node of run.nodes) group.push(node);
    else {
      this.deferredByElement.set(target, run.nodes);
      this.observer.observe(target);
    }
    if (this.inView.has(target)) this.release(target);
  }

  /** Queues a watched element's deferred nodes for detection. */
  private release(target: Element): void {
    const nodes = this.deferredByElement.get(target);
    if (!nodes) return;
    this.deferredByElement.delete(target);
    for (const node of nodes) this.released.push([node, target]);
    this.detecting ??= this.detectReleased().finally(() => {
      this.detecting = undefined;
    });
  }

  private async detectReleased(): Promise<void> {
    while (this.released.length && !this.lifetime.signal.aborted) {
      const batch = this.released;
      this.released = [];
      const stats = await runInSlices(
        this.detectionSteps(batch),
        ({ target, marks }) => {
          if (marks.length) this.add(marks, target);
          else this.unwatchIfIdle(target);
        },
        { signal: this.lifetime.signal },
      );
      this.options.onDetected?.(stats);
    }
  }

  /** One node per step; nodes forgotten since their release are passed over. */
  private *detectionSteps(released: readonly [DeferredNode, Element][]): Generator<{ target: Element; marks: Mark[] }> {
    const find = this.options.detector();
    for (const [node, target] of released) if (this.deferred.delete(node)) yield { target, marks: find(node) };
  }
}
