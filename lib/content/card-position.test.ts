import { describe, expect, it } from 'vitest';
import { placeCard } from './card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };

describe('placeCard', () => {
  it.each([
    ['below a mark near the top', { left: 100, top: 100, width: 80, height: 20 }, { side: 'below', left: 100, top: 126 }],
    ['above a mark near the bottom', { left: 100, top: 700, width: 80, height: 20 }, { side: 'above', left: 100, top: 494 }],
    ['inside the right edge', { left: 900, top: 100, width: 80, height: 20 }, { side: 'below', left: 672, top: 126 }],
    ['inside the left edge', { left: -50, top: 100, width: 80, height: 20 }, { side: 'below', left: 8, top: 126 }],
    [
      'below when neither side fits but below has more room',
      { left: 10, top: 300, width: 80, height: 20 },
      { side: 'below', left: 10, top: 326 },
    ],
  ])('places the card %s', (_name, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });

  it('keeps a card taller than the viewport at the top edge', () => {
    expect(placeCard({ left: 10, top: 10, width: 10, height: 10 }, { width: 300, height: 2000 }, viewport)).toMatchObject({
      top: 8,
    });
  });

  it('keeps the card in view when the mark scrolled out above', () => {
    expect(placeCard({ left: 10, top: -100, width: 50, height: 20 }, card, viewport).top).toBeGreaterThanOrEqual(8);
  });
});
