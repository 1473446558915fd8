/**
 * The request table's columns, once: the header, each line's cells, the grid's widths at each panel
 * size and which columns a narrow panel drops all follow this list. The response's facts
 * (response-facts.ts) that the table shows as columns are named in FACT_COLUMN_KEYS: a fact becomes a
 * column by adding its key there.
 *
 * Headings are in the interface's language, and a German or Russian heading is longer than the English
 * one: each column's width at every panel size is at least what its heading needs (`gridTracks`, given
 * the widths the table measured), so no heading is cut.
 */
import type { I18n, MessageKey } from '../shared/i18n/create-i18n';
import { responseFact, type ResponseFact, type ResponseFactKey } from '../shared/words/response-facts';
import type { SortKey } from './row-filter';

/** The columns drawn by hand in table-line.tsx; a fact column is drawn from its fact. */
type FixedColumnKey = 'status' | 'phrase' | 'method' | 'type' | 'url' | 'vendor' | 'source' | 'start' | 'duration';

/** Grid track widths: full width, a panel docked at the side (≤ 760 px), a very narrow one (≤ 480 px); absent = hidden there. */
interface Widths {
  wide: string;
  mid?: string;
  narrow?: string;
}

export interface TableColumn {
  key: FixedColumnKey | ResponseFactKey;
  /** A fixed column's heading; a fact column's is its fact's (`columnHeading`). */
  label?: MessageKey;
  /** The cell's own class ('cell-url'), plus the classes that hide it in narrow panels. */
  className: string;
  sort?: SortKey;
  widths: Widths;
  /** Set for a column that shows one of the response's facts. */
  fact?: ResponseFact;
}

/** Facts shown as columns, after the fixed ones, with their widths (without a `mid` width, only in a wide panel). */
const FACT_COLUMN_KEYS: readonly ResponseFactKey[] = ['ip', 'version'];
const FACT_WIDTHS: Readonly<Partial<Record<ResponseFactKey, Widths>>> = { ip: { wide: 'minmax(6.5em, 0.8fr)' }, version: { wide: '6.4em', mid: '5.6em' } };

function hideClasses(widths: Widths): string {
  if (widths.mid === undefined) return ' hide-mid hide-narrow';
  return widths.narrow === undefined ? ' hide-narrow' : '';
}

function column(key: TableColumn['key'], label: MessageKey | undefined, widths: Widths, sort?: SortKey): TableColumn {
  const c: TableColumn = { key, className: `cell-${key}${hideClasses(widths)}`, widths };
  if (label !== undefined) c.label = label;
  if (sort !== undefined) c.sort = sort;
  return c;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  column('status', 'panelColumnStatus', { wide: '5.4em', mid: '5.4em', narrow: '5.4em' }, 'status'),
  column('phrase', 'panelColumnMeaning', { wide: 'minmax(8em, 1.6fr)', mid: 'minmax(6em, 1.3fr)', narrow: 'minmax(5em, 1fr)' }),
  column('method', 'panelColumnMethod', { wide: '5.4em' }),
  column('type', 'panelColumnType', { wide: '5.6em', mid: '5em' }),
  column('url', 'panelColumnUrl', { wide: 'minmax(9em, 2.8fr)', mid: 'minmax(8em, 3fr)', narrow: 'minmax(7em, 2fr)' }, 'url'),
  column('vendor', 'panelColumnAnsweredBy', { wide: 'minmax(7.6em, 1fr)', mid: 'minmax(4em, 1fr)' }),
  column('source', 'panelColumnSource', { wide: '7em' }),
  column('start', 'panelColumnStart', { wide: '5.8em' }, 'time'),
  column('duration', 'panelColumnDuration', { wide: '6em', mid: '6em', narrow: '6em' }, 'duration'),
  ...FACT_COLUMN_KEYS.map((key) => ({ ...column(key, undefined, FACT_WIDTHS[key] ?? { wide: '6em' }), fact: responseFact(key) })),
];

/** The column's heading as the table shows it. */
export function columnHeading(column: TableColumn, i18n: Pick<I18n, 't'>): string {
  if (column.label !== undefined) return i18n.t(column.label);
  return column.fact ? i18n.t(column.fact.heading) : column.key;
}

export const FACT_COLUMNS: readonly TableColumn[] = TABLE_COLUMNS.filter((c) => c.fact !== undefined);

/** The class of a fixed column's cells. */
export function cellClass(key: FixedColumnKey): string {
  return `cell ${TABLE_COLUMNS.find((c) => c.key === key)?.className ?? ''}`;
}

/** Pixels a column's heading needs (its text, the sort mark, padding and border), by column key. */
export type HeadingWidths = Readonly<Partial<Record<TableColumn['key'], number>>>;

/** A track no narrower than `px`: '6em' → 'max(6em, 90px)'; a flexible track keeps its share and gets the floor in its minimum. */
function atLeast(track: string, px: number | undefined): string {
  if (px === undefined || !(px > 0)) return track;
  const [, min, rest] = /^minmax\(([^,]+),(.*)\)$/.exec(track) ?? [];
  return min !== undefined && rest !== undefined ? `minmax(max(${min}, ${px}px),${rest})` : `max(${track}, ${px}px)`;
}

type GridTracks = Readonly<Record<'--columns-wide' | '--columns-mid' | '--columns-narrow', string>>;

/** The grid's track lists, as the custom properties panel.css switches between by the panel's width; each at least its heading's width. */
export function gridTracks(headings: HeadingWidths = {}): GridTracks {
  const list = (size: keyof Widths): string =>
    TABLE_COLUMNS.flatMap((c) => {
      const track = c.widths[size];
      return track === undefined ? [] : [atLeast(track, headings[c.key])];
    }).join(' ');
  return { '--columns-wide': list('wide'), '--columns-mid': list('mid'), '--columns-narrow': list('narrow') };
}
