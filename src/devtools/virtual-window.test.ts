import { describe, expect, it } from 'vitest';
import { isNavigationKey, moveIndex, revealScrollTop, virtualWindow } from './virtual-window';

describe('virtualWindow', () => {
  it('renders the visible rows plus the overscan on each side', () => {
    // 24 px rows, a 240 px viewport scrolled to row 100.
    expect(virtualWindow(2400, 240, 24, 10_000, 8)).toEqual({ start: 92, end: 119, offset: 92 * 24, total: 240_000 });
  });

  it('clamps at the top and at the bottom', () => {
    expect(virtualWindow(0, 240, 24, 10_000, 8)).toMatchObject({ start: 0, end: 19, offset: 0 });
    const bottom = virtualWindow(10_000 * 24, 240, 24, 10_000, 8);
    expect(bottom.end).toBe(10_000);
    expect(bottom.start).toBe(10_000 - 10 - 8);
    expect(virtualWindow(-50, 240, 24, 5, 8)).toMatchObject({ start: 0, end: 5 });
  });

  it('renders a bounded number of rows whatever the count', () => {
    for (const count of [10, 1000, 1_000_000]) {
      const w = virtualWindow(count * 12, 600, 24, count, 8);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(600 / 24) + 1 + 16);
      expect(w.total).toBe(count * 24);
    }
  });

  it('has nothing to render for no rows', () => {
    expect(virtualWindow(0, 240, 24, 0)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });
});

describe('revealScrollTop', () => {
  it('scrolls as little as possible to show a row', () => {
    expect(revealScrollTop(5, 0, 240, 24)).toBe(0); // already visible
    expect(revealScrollTop(10, 0, 240, 24)).toBe(11 * 24 - 240); // just below: bottom-align
    expect(revealScrollTop(2, 480, 240, 24)).toBe(48); // above: top-align
  });
});

describe('moveIndex', () => {
  it('moves by one, by a page, to the ends, and stays in range', () => {
    expect(moveIndex(3, 'ArrowDown', 10, 5)).toBe(4);
    expect(moveIndex(9, 'ArrowDown', 10, 5)).toBe(9);
    expect(moveIndex(0, 'ArrowUp', 10, 5)).toBe(0);
    expect(moveIndex(2, 'PageDown', 10, 5)).toBe(6);
    expect(moveIndex(8, 'PageDown', 10, 5)).toBe(9);
    expect(moveIndex(3, 'PageUp', 10, 5)).toBe(0);
    expect(moveIndex(3, 'Home', 10, 5)).toBe(0);
    expect(moveIndex(3, 'End', 10, 5)).toBe(9);
  });

  it('starts from the top (or the bottom, going up) without a selection', () => {
    expect(moveIndex(undefined, 'ArrowDown', 10, 5)).toBe(0);
    expect(moveIndex(undefined, 'ArrowUp', 10, 5)).toBe(9);
    expect(moveIndex(undefined, 'End', 0, 5)).toBeUndefined();
  });

  it('knows its keys', () => {
    expect(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].every(isNavigationKey)).toBe(true);
    expect(['Enter', 'ArrowLeft', 'a'].some(isNavigationKey)).toBe(false);
  });
});
