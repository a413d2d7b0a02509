/** Run with `npx tsx bench/scan.ts [typical|dense]`; prints the details, `scan_vs_walk=<ratio>` and the longest slice. */
import { measureScan, PAGE_PROFILES, type PageProfile } from './scan/measure-scan';

const requested = process.argv[2] ?? 'typical';
if (!(requested in PAGE_PROFILES))
  throw new Error(`Unknown page profile ${requested}; use ${Object.keys(PAGE_PROFILES).join(' or ')}.`);
const { scanVsWalk, wallVsWalk, longestSliceMs } = await measureScan(requested as PageProfile);
console.log(
  `scan_vs_walk=${scanVsWalk.toFixed(3)} wall_vs_walk=${wallVsWalk.toFixed(3)} longest_slice_ms=${longestSliceMs.toFixed(1)}`,
);
