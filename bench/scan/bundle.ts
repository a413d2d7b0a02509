/** The in-page benchmark code bundled for injection, with a map from bundle lines back to source modules. */
import { join } from 'node:path';
import { build } from 'esbuild';

export interface InPageBundle {
  readonly code: string;
  /** The source module a 0-based line of `code` comes from ("lib/detect/phone/candidates.ts", "libphonenumber-js"). */
  moduleAt(line: number): string;
}

// esbuild opens each module's code in an unminified bundle with a "// path" comment line.
const MODULE_COMMENT = /^\s*\/\/ ((?:lib|bench|node_modules)\/\S+)$/;

export async function bundleInPage(): Promise<InPageBundle> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    // Unminified, so the CPU profile names the scanner's functions and modules.
    minify: false,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle');
  const starts: { line: number; module: string }[] = [];
  output.text.split('\n').forEach((text, line) => {
    const path = MODULE_COMMENT.exec(text)?.[1];
    if (path !== undefined) starts.push({ line, module: packageOf(path) });
  });
  const moduleAt = (line: number): string => starts.findLast((start) => start.line <= line)?.module ?? '(bundle)';
  return { code: output.text, moduleAt };
}

/** Dependencies count as one module each: "node_modules/libphonenumber-js/es6/parse.js" is "libphonenumber-js". */
function packageOf(path: string): string {
  return path.startsWith('node_modules/') ? (path.split('/')[1] ?? path) : path;
}
