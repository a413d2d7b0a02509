// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanController, type ScanControllerOptions } from './scan-controller';

/** Records what the controller hands the registry. */
function recordingRegistry() {
  const deferred: Node[] = [];
  const removed: Node[][] = [];
  const registry: ScanControllerOptions['registry'] = {
    defer: (node) => deferred.push(node),
    removeUnder: (roots) => removed.push([...roots]),
    prune: () => undefined,
    clear: () => (deferred.length = 0),
  };
  return { registry, deferred, removed };
}

let lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.innerHTML = '';
});

function start(options: Partial<ScanControllerOptions> = {}) {
  const recorded = recordingRegistry();
  const controller = createScanController({ registry: recorded.registry, signal: lifetime.signal, ...options });
  return { ...recorded, controller };
}

const texts = (nodes: readonly Node[]) =>
  nodes.map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : `<${node.nodeName}>`));

describe('createScanController', () => {
  it('hands over the text that may hold a detection and the links that may name someone, nothing else', async () => {
    document.body.innerHTML =
      '<p>Call +1 617 555 0142 today</p><p>Nothing to see</p><p>Order 12345</p>' +
      '<a href="tel:+16175550142">Dana</a><a href="/about">About us</a><a href=" mailto:dana@example.com">Mail</a>';
    const { controller, deferred } = start();
    await controller.scanAll();
    expect(texts(deferred)).toEqual(['<A>', '<A>', 'Call +1 617 555 0142 today']);
  });

  it('scans changed parts once each: a root inside another changed root is covered by it', async () => {
    const { controller, deferred, removed } = start({ debounceMs: 10 });
    await controller.scanAll();
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('p');
    inner.textContent = 'Ring +44 161 496 0753';
    outer.append(inner);
    await vi.waitFor(() => expect(texts(deferred)).toEqual(['Ring +44 161 496 0753']));
    expect(removed).toEqual([[document.body], [outer]]);
  });

  it('scans a change within the longest wait even on a page that never stops changing', async () => {
    const clock = document.createElement('span');
    document.body.append(clock);
    const { controller, deferred } = start({ debounceMs: 60, maxWaitMs: 200 });
    await controller.scanAll();
    const ticking = setInterval(() => (clock.textContent = String(Date.now())), 20);
    try {
      const row = document.createElement('p');
      row.textContent = 'Call back on +1 206 555 0199';
      document.body.append(row);
      // Each tick restarts the 60 ms quiet time; only the 200 ms bound lets the row through.
      await vi.waitFor(() => expect(texts(deferred)).toContain('Call back on +1 206 555 0199'), { timeout: 1_000 });
    } finally {
      clearInterval(ticking);
    }
  });
});
