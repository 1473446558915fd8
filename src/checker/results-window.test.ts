import { describe, expect, it } from 'vitest';
import { rowWindow } from './results-window';

describe('rowWindow', () => {
  it('draws the rows in view and a few either side, and keeps the rest as space', () => {
    const w = rowWindow(10_000, 30, 3000, 600, new Map());
    expect(w.start).toBe(92);
    expect(w.end).toBe(128);
    expect(w.before).toBe(92 * 30);
    expect(w.after).toBe((10_000 - 128) * 30);
    expect(w.before + (w.end - w.start) * 30 + w.after).toBe(10_000 * 30);
  });

  it('starts at the top and stops at the end', () => {
    expect(rowWindow(5, 30, 0, 600, new Map())).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    const end = rowWindow(100, 30, 99_999, 600, new Map());
    expect(end.end).toBe(100);
    expect(end.after).toBe(0);
    expect(rowWindow(0, 30, 500, 600, new Map())).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('counts the height of opened rows, so the rows under them move down', () => {
    // Row 10 opened on 900 px of details: row 40 (at 1200 + 900) is the first in view at 2100.
    const w = rowWindow(1000, 30, 2100, 300, new Map([[10, 900]]));
    expect(w.start).toBe(40 - 8);
    expect(w.before).toBe(32 * 30 + 900);
    expect(w.end).toBe(40 + 10 + 8);
    expect(w.before + (w.end - w.start) * 30 + w.after).toBe(1000 * 30 + 900);
  });

  it('answers odd input with a valid window', () => {
    const w = rowWindow(50, 0, -100, -5, new Map());
    expect(w.start).toBe(0);
    expect(w.end).toBeGreaterThanOrEqual(0);
    expect(w.after).toBeGreaterThanOrEqual(0);
  });
});
