/** Elements whose text is never page prose: code, styles, form fields, metadata (by `localName`). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'head',
  'title',
  'iframe',
  'object',
  'canvas',
  'svg',
  'math',
  'screen-pop-ui',
]);

/**
 * Code editors render text in ordinary elements; marks inside them would fight the editor's own
 * selection and caret handling (CodeMirror 5 and 6, Monaco, Ace). Matched on the class attribute,
 * which is much cheaper than a selector match on every element.
 */
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor)(?:\s|$)/;

/** The tag of our own shadow host: never scan our UI. */
export const UI_HOST_TAG = 'SCREEN-POP-UI';

/** Whether this element itself (not its ancestors) excludes its subtree from scanning. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('role') === 'textbox') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const classes = element.getAttribute('class');
  return classes !== null && EDITOR_CLASS.test(classes);
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
