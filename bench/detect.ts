/** Run with `npx tsx bench/detect.ts`; prints both accuracies and `detect_vs_naive=<ratio>`. */
import { measureDetect } from './measure-detect';

const { detectVsNaive } = measureDetect();
console.log(`detect_vs_naive=${detectVsNaive.toFixed(3)}`);
