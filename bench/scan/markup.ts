/** Just enough HTML writing for a generated page: every piece of text is escaped on its way in. */

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

/** `<tag attr="value">children</tag>`; `children` is markup already. */
export function element(tag: string, attributes: Readonly<Record<string, string>>, children: string): string {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attributeText}>${children}</${tag}>`;
}
