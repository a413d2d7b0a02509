import type { Detection, DetectionKind } from '../detect';

/** A detection located in the page: the text it covers and what to look up. */
export interface Mark {
  kind: DetectionKind;
  /** The lookup value (E.164, address, screen name). */
  value: string;
  /** The covered text, as a static range (cheap: the page's DOM edits never update it). */
  range: StaticRange;
  /** For marks made from a link's href (`tel:`, `mailto:`, profile URL): the link. */
  link?: Element;
}

export function textMark(node: Text, detection: Detection): Mark {
  return {
    kind: detection.kind,
    value: detection.value,
    range: new StaticRange({ startContainer: node, startOffset: detection.start, endContainer: node, endOffset: detection.end }),
  };
}

/** A live Range over the mark, for geometry; StaticRange has none. */
export function liveRange(mark: Mark): Range {
  const range = document.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return range;
}

/** Whether the mark's range still points at text that exists. */
export function isMarkAlive(mark: Mark): boolean {
  const { startContainer, endContainer, endOffset } = mark.range;
  return (
    startContainer.isConnected &&
    endContainer.isConnected &&
    endOffset <= (endContainer.nodeType === Node.TEXT_NODE ? (endContainer as Text).length : endContainer.childNodes.length)
  );
}

export function markText(mark: Mark): string {
  return liveRange(mark).toString();
}
