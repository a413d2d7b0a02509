import type { MarkRegistry } from './mark-registry';
import { UI_HOST_TAG } from './skip-rules';
import { runInSlices, type SliceStats } from './slices';
import { scanRoot } from './text-scan';

export interface ScanControllerOptions {
  /** Receives what the scans find; detects it and paints the marks. */
  registry: Pick<MarkRegistry, 'defer' | 'removeUnder' | 'prune' | 'clear'>;
  signal: AbortSignal;
  /** Quiet time after the last DOM change before changed parts are scanned again. @default 250 */
  debounceMs?: number;
  /** The longest a change waits on a page that never stops changing (a clock, a ticker). @default 1000 */
  maxWaitMs?: number;
  onScanned?: (stats: SliceStats) => void;
}

/** Whether a mutation is our own UI coming or going; those never trigger a scan. */
const isOurs = (node: Node) => node instanceof Element && node.tagName === UI_HOST_TAG;

/**
 * Keeps the marks in step with the page: a full scan in time-boxed slices, then only what
 * changed (MutationObserver, debounced).
 */
export function createScanController(config: ScanControllerOptions) {
  const { registry, signal } = config;
  const queue = new Set<Node>();
  let running: Promise<void> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let removals = false;
  /** When the oldest change not yet scanned happened. */
  let pendingSince: number | undefined;
  /** Aborted when a new full scan or a stop makes the scan in progress pointless. */
  let epoch = new AbortController();

  /**
   * Takes the queued roots that are still in the page and not inside another queued root. Each
   * looks up its own ancestors, so thousands of changed rows cost thousands of steps, not millions.
   */
  function outermostRoots(): Node[] {
    const roots = new Set([...queue].filter((node) => node.isConnected));
    queue.clear();
    return [...roots].filter((node) => {
      for (let above = node.parentNode; above; above = above.parentNode) if (roots.has(above)) return false;
      return true;
    });
  }

  /** One walk over every root, so that they share each slice's budget. */
  function* scanRoots(roots: readonly Node[]) {
    for (const root of roots) yield* scanRoot(root);
  }

  async function drain(): Promise<void> {
    while (queue.size && !signal.aborted) {
      if (removals) {
        registry.prune();
        removals = false;
      }
      const roots = outermostRoots();
      registry.removeUnder(roots);
      const stats = await runInSlices(
        scanRoots(roots),
        (nodes) => {
          for (const node of nodes) registry.defer(node);
        },
        { signal: AbortSignal.any([signal, epoch.signal]) },
      );
      if (stats.completed) config.onScanned?.(stats);
    }
  }

  function enqueue(root: Node): void {
    queue.add(root);
    running ??= drain().finally(() => {
      running = undefined;
      if (queue.size && !signal.aborted) enqueue([...queue][0] as Node);
    });
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        removals = true;
        queue.add(record.target);
        continue;
      }
      if (record.removedNodes.length) removals = true;
      for (const node of record.addedNodes) if (!isOurs(node)) queue.add(node);
    }
    if (!queue.size && !removals) return;
    clearTimeout(debounce);
    const now = performance.now();
    pendingSince ??= now;
    const wait = Math.min(config.debounceMs ?? 250, pendingSince + (config.maxWaitMs ?? 1000) - now);
    debounce = setTimeout(
      () => {
        pendingSince = undefined;
        if (!queue.size) registry.prune();
        else enqueue([...queue][0] as Node);
      },
      Math.max(0, wait),
    );
  });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(debounce);
    queue.clear();
  });

  return {
    /** Scans the whole document again (start-up, or settings changed), then follows its changes. */
    scanAll(): Promise<void> {
      epoch.abort();
      epoch = new AbortController();
      registry.clear();
      // `body` is null in documents without one (SVG or XML files shown as pages).
      const root = (document.body as HTMLElement | null) ?? document.documentElement;
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      enqueue(root);
      return running ?? Promise.resolve();
    },
    /** Stops following the page and forgets every mark (paused on this site). */
    stop(): void {
      epoch.abort();
      epoch = new AbortController();
      observer.disconnect();
      queue.clear();
      registry.clear();
    },
    /** Resolves when no scan is running. */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
