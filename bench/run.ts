/**
 * `npm run bench`: the detector, the page scan and the content script's size, each printing its
 * details, then one summary line. Benchmarks report; they do not fail on a missed target.
 */
import { measureContentScript } from './measure-content-script';
import { measureDetect } from './measure-detect';
import { measureScan } from './scan/measure-scan';

console.log('== detect() against the naive baseline');
const { detectVsNaive } = measureDetect();
console.log('\n== full page scan against a bare text-node walk: a typical long page');
const { scanVsWalk, wallVsWalk, longestSliceMs } = await measureScan('typical');
console.log(`wall_vs_walk=${wallVsWalk.toFixed(3)} longest_slice_ms=${longestSliceMs.toFixed(1)}`);
console.log('\n== the same on a page of nothing but contact-heavy text (worst case)');
const dense = await measureScan('dense');
console.log(
  `scan_vs_walk_dense=${dense.scanVsWalk.toFixed(3)} wall_vs_walk_dense=${dense.wallVsWalk.toFixed(3)} longest_slice_ms_dense=${dense.longestSliceMs.toFixed(1)}`,
);
console.log('\n== content script size');
const { gzipKb } = measureContentScript();
console.log(
  `bench: scan_vs_walk=${scanVsWalk.toFixed(3)} detect_vs_naive=${detectVsNaive.toFixed(3)} content_script_gzip_kb=${gzipKb.toFixed(1)}`,
);
