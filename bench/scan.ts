/** Run with `npx tsx bench/scan.ts`; prints the details, `scan_vs_walk=<ratio>` and the longest slice. */
import { measureScan } from './scan/measure-scan';

const { scanVsWalk, longestSliceMs } = await measureScan();
console.log(`scan_vs_walk=${scanVsWalk.toFixed(3)} longest_slice_ms=${longestSliceMs.toFixed(1)}`);
