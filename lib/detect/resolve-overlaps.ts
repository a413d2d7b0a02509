import type { Span } from './url-spans';

/**
 * Keeps, from layers in precedence order, each span that overlaps nothing already kept.
 * Each layer must be sorted by start and free of overlaps within itself (what a detector returns),
 * which lets every layer be merged in one linear pass instead of comparing all pairs.
 */
export function resolveOverlaps<T extends Span>(layers: readonly (readonly T[])[]): T[] {
  let kept: T[] = [];
  for (const layer of layers) kept = mergeLayer(kept, layer);
  return kept;
}

function mergeLayer<T extends Span>(kept: readonly T[], layer: readonly T[]): T[] {
  const merged: T[] = [];
  let k = 0;
  for (const span of layer) {
    let next = kept[k];
    while (next !== undefined && next.end <= span.start) {
      merged.push(next);
      next = kept[++k];
    }
    if (next === undefined || next.start >= span.end) merged.push(span);
  }
  return merged.concat(kept.slice(k));
}
