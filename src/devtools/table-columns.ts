/**
 * The request table's columns, once: the header, each line's cells, the grid's widths at each panel
 * size and which columns a narrow panel drops all follow this list. The response's facts
 * (response-facts.ts) that the table shows as columns are named in FACT_COLUMN_KEYS: a fact becomes a
 * column by adding its key there.
 */
import type { I18n } from '../shared/i18n/create-i18n';
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
  label: string;
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

function column(key: TableColumn['key'], label: string, widths: Widths, sort?: SortKey): TableColumn {
  const c: TableColumn = { key, label, className: `cell-${key}${hideClasses(widths)}`, widths };
  if (sort !== undefined) c.sort = sort;
  return c;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  column('status', 'Status', { wide: '5.4em', mid: '5.4em', narrow: '5.4em' }, 'status'),
  column('phrase', 'Meaning', { wide: 'minmax(8em, 1.6fr)', mid: 'minmax(6em, 1.3fr)', narrow: 'minmax(5em, 1fr)' }),
  column('method', 'Method', { wide: '5.4em' }),
  column('type', 'Type', { wide: '5.6em', mid: '5em' }),
  column('url', 'URL', { wide: 'minmax(9em, 2.8fr)', mid: 'minmax(8em, 3fr)', narrow: 'minmax(7em, 2fr)' }, 'url'),
  column('vendor', 'Answered by', { wide: 'minmax(7.6em, 1fr)', mid: 'minmax(4em, 1fr)' }),
  column('source', 'Source', { wide: '7em' }),
  column('start', 'Start', { wide: '5.8em' }, 'time'),
  column('duration', 'Duration', { wide: '6em', mid: '6em', narrow: '6em' }, 'duration'),
  ...FACT_COLUMN_KEYS.map((key) => {
    const fact = responseFact(key);
    return { ...column(key, fact.column, FACT_WIDTHS[key] ?? { wide: '6em' }), fact };
  }),
];

export const FACT_COLUMNS: readonly TableColumn[] = TABLE_COLUMNS.filter((c) => c.fact !== undefined);

/** The heading shown: a fact column's in the interface's language (response-facts.ts names it). */
export function columnLabel(column: TableColumn, i18n: I18n): string {
  return column.fact ? i18n.t(column.fact.heading) : column.label;
}

/** The class of a fixed column's cells. */
export function cellClass(key: FixedColumnKey): string {
  return `cell ${TABLE_COLUMNS.find((c) => c.key === key)?.className ?? ''}`;
}

/** The grid's track lists, as the custom properties panel.css switches between by the panel's width. */
export const GRID_TRACKS: Readonly<Record<'--columns-wide' | '--columns-mid' | '--columns-narrow', string>> = {
  '--columns-wide': TABLE_COLUMNS.map((c) => c.widths.wide).join(' '),
  '--columns-mid': TABLE_COLUMNS.flatMap((c) => (c.widths.mid !== undefined ? [c.widths.mid] : [])).join(' '),
  '--columns-narrow': TABLE_COLUMNS.flatMap((c) => (c.widths.narrow !== undefined ? [c.widths.narrow] : [])).join(' '),
};
