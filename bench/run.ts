/**
 * `npm run bench`: the detector, the page scan and the content script's size, each printing its
 * details, then one summary line. Benchmarks report; they do not fail on a missed target.
 */
import { measureContentScript } from './measure-content-script';
import { measureDetect } from './measure-detect';
import { measureScan } from './scan/measure-scan';

console.log('== detect() against the naive baseline');
const { detectVsNaive } = measureDetect();
console.log('\n== full page scan against a bare text-node walk');
const { scanVsWalk } = await measureScan();
console.log('\n== content script size');
const { gzipKb } = measureContentScript();
console.log(
  `bench: scan_vs_walk=${scanVsWalk.toFixed(3)} detect_vs_naive=${detectVsNaive.toFixed(3)} content_script_gzip_kb=${gzipKb.toFixed(1)}`,
);
