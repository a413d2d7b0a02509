export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the viewport's edges. */
const EDGE_PX = 8;
/** Space between the mark and the card. */
const GAP_PX = 6;

/**
 * Where to put a card of `size` next to the mark at `anchor` (viewport coordinates): below the
 * mark if it fits, above if there is more room there, always inside the viewport.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP_PX - EDGE_PX;
  const above = anchor.top - GAP_PX - EDGE_PX;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.top + anchor.height + GAP_PX : anchor.top - GAP_PX - size.height;
  const clamp = (value: number, max: number) => Math.max(EDGE_PX, Math.min(value, Math.max(EDGE_PX, max)));
  return {
    side,
    left: Math.round(clamp(anchor.left, viewport.width - size.width - EDGE_PX)),
    top: Math.round(clamp(rawTop, viewport.height - size.height - EDGE_PX)),
  };
}
