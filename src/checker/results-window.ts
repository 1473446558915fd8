/**
 * Which rows of a long table are drawn: those in view, and a few either side. Ten thousand results
 * would be ten thousand rows for the browser to lay out and for Preact to compare at every update;
 * drawing only the window keeps each update to a few dozen rows whatever the list's length. Rows are
 * one fixed height, except those opened on their details, whose extra height is measured.
 */

export interface RowWindow {
  /** The first row drawn, and one past the last. */
  start: number;
  end: number;
  /** The height of the rows not drawn above and below, kept as space so the scroll bar stays true. */
  before: number;
  after: number;
}

/** Rows drawn beyond the visible ones, so a quick scroll does not show blank space before the next frame. */
const OVERSCAN = 8;

/**
 * `extra`: the added height of each opened row, by index. Pure, and cheap: arithmetic when no row is
 * open, one pass over the rows otherwise.
 */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewport: number, extra: ReadonlyMap<number, number>): RowWindow {
  const h = Math.max(1, rowHeight);
  const top = Math.max(0, scrollTop);
  const bottom = top + Math.max(0, viewport);
  if (extra.size === 0) {
    const start = Math.min(count, Math.max(0, Math.floor(top / h) - OVERSCAN));
    const end = Math.min(count, Math.max(start, Math.ceil(bottom / h) + OVERSCAN));
    return { start, end, before: start * h, after: (count - end) * h };
  }
  let y = 0;
  let first = count;
  let last = count;
  const tops: number[] = [];
  for (let i = 0; i < count; i++) {
    tops.push(y);
    const next = y + h + (extra.get(i) ?? 0);
    if (first === count && next > top) first = i;
    if (last === count && y >= bottom) last = i;
    y = next;
  }
  const total = y;
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, Math.max(start, last + OVERSCAN));
  const before = tops[start] ?? total;
  const after = total - (tops[end] ?? total);
  return { start, end, before, after };
}
