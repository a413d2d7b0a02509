// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSkipCache, isSkippedElement } from './skip-rules';

const element = (html: string) => {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
};

describe('isSkippedElement', () => {
  it.each([
    ['<script></script>', true],
    ['<style></style>', true],
    ['<textarea></textarea>', true],
    ['<svg></svg>', true],
    ['<div hidden></div>', true],
    ['<div contenteditable></div>', true],
    ['<div contenteditable="true"></div>', true],
    ['<div contenteditable="plaintext-only"></div>', true],
    ['<div contenteditable="false"></div>', false],
    ['<div role="textbox"></div>', true],
    ['<div class="x CodeMirror y"></div>', true],
    ['<div class="cm-editor"></div>', true],
    ['<div class="monaco-editor"></div>', true],
    ['<div class="ace_editor"></div>', true],
    ['<div class="CodeMirror-line"></div>', false],
    ['<screen-pop-ui></screen-pop-ui>', true],
    ['<p class="phone">x</p>', false],
    ['<span>x</span>', false],
  ])('%s → %s', (html, skipped) => {
    expect(isSkippedElement(element(html))).toBe(skipped);
  });
});

describe('createSkipCache', () => {
  it('skips everything inside a skipped element, at any depth', () => {
    const root = element('<div><div contenteditable><p><span id="deep">x</span></p></div><p id="free">y</p></div>');
    const skipped = createSkipCache();
    expect(skipped(root.querySelector('#deep'))).toBe(true);
    expect(skipped(root.querySelector('#free'))).toBe(false);
    expect(skipped(null)).toBe(false);
  });

  it('copes with hostile nesting depth', () => {
    let leaf: Element = document.createElement('div');
    for (let i = 0; i < 20_000; i++) leaf = leaf.appendChild(document.createElement('b'));
    expect(createSkipCache()(leaf)).toBe(false);
  });
});
