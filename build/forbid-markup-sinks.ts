import type { Plugin } from 'vite';

/**
 * The extension never turns strings into markup. Preact still ships the one markup sink it has
 * (`dangerouslySetInnerHTML`, which assigns `innerHTML`); we replace that assignment with a throw,
 * and fail the build if any markup sink is left in what we ship. That also keeps Mozilla's
 * add-ons linter free of UNSAFE_VAR_ASSIGNMENT warnings.
 */
const PREACT_SINK = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html/g;
const SINKS = [
  /\.(?:inner|outer)HTML\s*=(?!=)/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(?:ln)?\s*\(/,
  /\bcreateContextualFragment\s*\(/,
];

export function forbidMarkupSinks(): Plugin {
  return {
    name: 'screen-pop:forbid-markup-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const patched = code.replace(PREACT_SINK, '(()=>{throw new Error("screen-pop does not render markup from strings")})()');
      if (patched === code)
        this.error('Preact changed: its innerHTML assignment was not found; update build/forbid-markup-sinks.ts');
      return { code: patched, map: null };
    },
    generateBundle(_options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sink = SINKS.find((pattern) => pattern.test(chunk.code));
        if (sink) this.error(`${file} contains a markup sink (${sink.source}); render text instead`);
      }
    },
  };
}
