/**
 * How wide each column's heading is in the panel's own font, so the table can make every column at
 * least that wide (`gridTracks`): translated headings are longer than the English ones, and a cut
 * heading hides what a column is. A canvas measures the text, so a column hidden in a narrow panel is
 * measured too and fits when the panel widens.
 */
import type { HeadingWidths, TableColumn } from './table-columns';

interface Heading {
  key: TableColumn['key'];
  text: string;
  /** A sortable heading also shows the sort mark: room is kept for it, so sorting never cuts the text. */
  sortable: boolean;
}

const SORT_MARK = ' ▼';

/** The widths in pixels, from the font and padding of `cell` (one of the header's cells, which all share them). */
export function measureHeadings(cell: Element, headings: readonly Heading[]): HeadingWidths {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return {};
  const style = getComputedStyle(cell);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const frame = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0) + (parseFloat(style.borderRightWidth) || 0);
  const widths: Partial<Record<TableColumn['key'], number>> = {};
  // One pixel over the measure: the text is drawn at sub-pixel positions the canvas does not round alike.
  for (const h of headings) widths[h.key] = Math.ceil(context.measureText(h.sortable ? h.text + SORT_MARK : h.text).width + frame) + 1;
  return widths;
}
