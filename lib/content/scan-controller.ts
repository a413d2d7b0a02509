import type { MarkRegistry } from './mark-registry';
import { createSkipCache, UI_HOST_TAG } from './skip-rules';
import { runInSlices, type SliceStats } from './slices';
import { scanRoot, type ScanOptions } from './text-scan';

export interface ScanControllerOptions {
  registry: MarkRegistry;
  /** Read at the start of every scan, so setting changes apply to the next one. */
  options: () => ScanOptions;
  signal: AbortSignal;
  /** Quiet time after the last DOM change before changed parts are scanned again. @default 250 */
  debounceMs?: number;
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
  /** Aborted when a new full scan or a stop makes the scan in progress pointless. */
  let epoch = new AbortController();

  /** Drops queued roots inside other queued roots, and roots no longer in the page. */
  function outermostRoots(): Node[] {
    const roots = [...queue].filter((node) => node.isConnected);
    queue.clear();
    return roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
  }

  async function drain(): Promise<void> {
    while (queue.size && !signal.aborted) {
      if (removals) {
        registry.prune();
        removals = false;
      }
      const isSkipped = createSkipCache();
      const options = config.options();
      const current = epoch.signal;
      for (const root of outermostRoots()) {
        if (current.aborted) break;
        registry.removeUnder(root);
        const stats = await runInSlices(
          scanRoot(root, isSkipped, options),
          (marks) => {
            if (marks.length) registry.add(marks);
          },
          { signal: AbortSignal.any([signal, current]) },
        );
        if (stats.completed) config.onScanned?.(stats);
      }
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
    debounce = setTimeout(() => {
      if (!queue.size) registry.prune();
      else enqueue([...queue][0] as Node);
    }, config.debounceMs ?? 250);
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
