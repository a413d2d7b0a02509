/** The production content script's size, raw and gzipped, as the store download and the page's parse cost see it. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const KB = 1024;

export function measureContentScript(): { rawKb: number; gzipKb: number } {
  if (!existsSync(CONTENT_SCRIPT)) {
    console.log(`${relative(ROOT, CONTENT_SCRIPT)} is missing; building it with "npx wxt build"`);
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const script = readFileSync(CONTENT_SCRIPT);
  const rawKb = script.length / KB;
  const gzipKb = gzipSync(script, { level: 9 }).length / KB;
  // The build may be older than the sources: say when it was made.
  const built = statSync(CONTENT_SCRIPT).mtime.toISOString();
  console.log(
    `${relative(ROOT, CONTENT_SCRIPT)} (built ${built}): ${rawKb.toFixed(1)} KB raw, ${gzipKb.toFixed(1)} KB gzipped (level 9; target < 80 KB)`,
  );
  return { rawKb, gzipKb };
}
