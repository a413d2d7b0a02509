/** Where a sampled CPU profile (Chrome DevTools Protocol `Profiler.stop`) spent its time, by module and function. */

export interface ProfileFrame {
  readonly functionName: string;
  readonly scriptId: string;
  readonly lineNumber: number;
}

/** The parts of `Profiler.Profile` read here. */
export interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: ProfileFrame; children?: number[] }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Which source module a frame's code comes from, or undefined for the browser's own frames and other scripts. */
export type ModuleOf = (frame: ProfileFrame) => string | undefined;

interface Totals {
  busyMs: number;
  byModule: Map<string, number>;
  bySelf: Map<string, number>;
  byTotal: Map<string, number>;
}

/** The profiler's own buckets: "(program)" is the browser's native work (style, layout, paint, highlights). */
const PSEUDO_FRAMES = new Set(['(root)', '(idle)', '(program)', '(garbage collector)']);

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function totals(profile: CpuProfile, moduleOf: ModuleOf): Totals {
  const labels = new Map<number, { name: string; module: string }>();
  const parentOf = new Map<number, number>();
  for (const { id, callFrame, children } of profile.nodes) {
    const module = moduleOf(callFrame);
    const name = callFrame.functionName || '(anonymous)';
    labels.set(id, { name: module === undefined ? name : `${name} (${module})`, module: module ?? name });
    for (const child of children ?? []) parentOf.set(child, id);
  }
  const result: Totals = { busyMs: 0, byModule: new Map(), bySelf: new Map(), byTotal: new Map() };
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((nodeId, index) => {
    // A sample's delta is the time since the previous sample: the time its top frame ran.
    const ms = (deltas[index] ?? 0) / 1000;
    const top = labels.get(nodeId);
    if (!top || top.name === '(idle)') return;
    result.busyMs += ms;
    add(result.byModule, top.module, ms);
    add(result.bySelf, top.name, ms);
    // Counted once per sample however often a function recurs on the stack.
    const onStack = new Set<string>();
    for (let at: number | undefined = nodeId; at !== undefined; at = parentOf.get(at)) onStack.add(labels.get(at)?.name ?? '');
    for (const name of onStack) if (!PSEUDO_FRAMES.has(name)) add(result.byTotal, name, ms);
  });
  return result;
}

/** The heaviest modules and functions, one per line, for a benchmark's details. */
export function formatProfile(profile: CpuProfile, moduleOf: ModuleOf, count: number): string {
  const { busyMs, byModule, bySelf, byTotal } = totals(profile, moduleOf);
  const top = (map: Map<string, number>): string[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / busyMs).toFixed(1).padStart(5)}%  ${name}`);
  return [
    `  ${busyMs.toFixed(1)} ms busy (idle excluded); self time by module:`,
    ...top(byModule),
    '  self time by function (a DOM or highlight API call counts toward its caller):',
    ...top(bySelf),
    '  total time by function (anywhere on the stack; inlining can blur callers):',
    ...top(byTotal),
  ].join('\n');
}
