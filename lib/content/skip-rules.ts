/** Elements whose text is never page prose: code, styles, form fields, metadata. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
]);

/**
 * Code editors render text in ordinary elements; marks inside them would fight the editor's own
 * selection and caret handling (CodeMirror 5 and 6, Monaco, Ace).
 */
const EDITOR_SELECTOR = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor';

/** The tag of our own shadow host: never scan our UI. */
export const UI_HOST_TAG = 'SCREEN-POP-UI';

/** Whether this element itself (not its ancestors) excludes its subtree from scanning. */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  return element.matches(EDITOR_SELECTOR);
}

/**
 * Memoised "is this element inside a skipped subtree": each element is judged once per scan
 * pass, by its own rules and its parent's verdict. Iterative, so hostile nesting depth cannot
 * overflow the stack.
 */
export function createSkipCache(): (element: Element | null) => boolean {
  const verdicts = new WeakMap<Element, boolean>();
  return (element) => {
    const unknown: Element[] = [];
    let inherited = false;
    for (let at = element; at !== null; at = at.parentElement) {
      const known = verdicts.get(at);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      unknown.push(at);
    }
    for (let i = unknown.length - 1; i >= 0; i--) {
      const at = unknown[i] as Element;
      inherited = inherited || isSkippedElement(at);
      verdicts.set(at, inherited);
    }
    return inherited;
  };
}
