/** The panel's filters and sort orders, as pure functions over rows and units. */
import type { I18n, MessageKey } from '../shared/i18n/create-i18n';
import { finalRow, unitDuration, type RowUnit } from './row-groups';
import { REQUEST_SOURCE_LABELS } from '../shared/words/source-words';
import { RESPONSE_FACTS } from '../shared/words/response-facts';
import { wordsFor, type RowWords } from './row-words';
import {
  factSourceOf,
  isErrorRecord,
  methodOf,
  rowSource,
  startOf,
  STATUS_CLASS_KEYS,
  statusClassKey,
  statusOf,
  TYPE_LABELS,
  typeCategory,
  typeOf,
  type RequestRow,
  type StatusClassKey,
  type TypeCategory,
} from './request-row';

export interface RowFilter {
  /** The status classes shown; all of them by default. */
  classes: ReadonlySet<StatusClassKey>;
  category: TypeCategory | 'all';
  errorsOnly: boolean;
  /** Case-insensitive; every space-separated word must occur somewhere in the row. */
  text: string;
}

export const DEFAULT_FILTER: RowFilter = Object.freeze({
  classes: new Set(STATUS_CLASS_KEYS),
  category: 'all',
  errorsOnly: false,
  text: '',
});

export function isFiltering(filter: RowFilter): boolean {
  return filter.classes.size < STATUS_CLASS_KEYS.length || filter.category !== 'all' || filter.errorsOnly || filter.text.trim() !== '';
}

const SEARCHED_FACTS = RESPONSE_FACTS.filter((f) => f.search);

/** Each type's name in a language, asked of the messages once per language rather than once per row and keystroke. */
const typeNames = new WeakMap<I18n, Readonly<Record<TypeCategory, string>>>();
function typeName(i18n: I18n, category: TypeCategory): string {
  let names = typeNames.get(i18n);
  if (!names) {
    names = Object.fromEntries(Object.entries(TYPE_LABELS).map(([c, key]) => [c, i18n.t(key)])) as Record<TypeCategory, string>;
    typeNames.set(i18n, names);
  }
  return names[category];
}

/** Everything a person might type to find a row, lower-cased: the type's name as the table shows it, in its language. */
function searchText(row: RequestRow, words: RowWords, i18n: I18n): string {
  const type = typeOf(row);
  const source = factSourceOf(row);
  const parts = [
    row.record.url,
    methodOf(row),
    type,
    typeName(i18n, typeCategory(type)),
    words.code,
    words.phrase,
    words.detail ?? '',
    row.record.error ?? '',
    ...SEARCHED_FACTS.map((f) => f.value(source, i18n) ?? ''),
    i18n.t(REQUEST_SOURCE_LABELS[rowSource(row)]),
  ];
  return parts.join('\n').toLowerCase();
}

/** Splits the filter text once per filter change, not once per row. */
export function filterTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether the row is shown; the words it is found by are in `i18n`'s language, as the table shows them. */
export function rowMatches(row: RequestRow, filter: RowFilter, i18n: I18n, terms: readonly string[] = filterTerms(filter.text)): boolean {
  if (!filter.classes.has(statusClassKey(row.record))) return false;
  if (filter.category !== 'all' && typeCategory(typeOf(row)) !== filter.category) return false;
  if (filter.errorsOnly && !isErrorRecord(row.record)) return false;
  if (terms.length === 0) return true;
  const haystack = searchText(row, wordsFor(row, i18n), i18n);
  return terms.every((t) => haystack.includes(t));
}

export type SortKey = 'time' | 'status' | 'url' | 'duration';

export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: SortOrder = Object.freeze({ key: 'time', descending: false });

/** The sort orders' names; three are the columns' own headings. */
export const SORT_LABELS: Readonly<Record<SortKey, MessageKey>> = {
  time: 'panelSortTime',
  status: 'panelColumnStatus',
  url: 'panelColumnUrl',
  duration: 'panelColumnDuration',
};

function unitStart(unit: RowUnit): number | undefined {
  const first = unit.rows[0];
  return first && startOf(first);
}

/** Missing values sort last whichever the direction. */
function compareMaybe(a: number | undefined, b: number | undefined, descending: boolean): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return descending ? b - a : a - b;
}

function compareUnits(a: RowUnit, b: RowUnit, order: SortOrder): number {
  let result = 0;
  switch (order.key) {
    case 'status':
      // A failed request has no status: it sorts with the worst, after 5xx.
      result = compareMaybe(statusOf(finalRow(a)) ?? 1000, statusOf(finalRow(b)) ?? 1000, order.descending);
      break;
    case 'url': {
      const au = a.rows[0]?.record.url ?? '';
      const bu = b.rows[0]?.record.url ?? '';
      result = order.descending ? bu.localeCompare(au) : au.localeCompare(bu);
      break;
    }
    case 'duration':
      result = compareMaybe(unitDuration(a), unitDuration(b), order.descending);
      break;
    case 'time':
      result = compareMaybe(unitStart(a), unitStart(b), order.descending);
      break;
  }
  if (result !== 0) return result;
  // Ties keep the order the capture saw them in.
  return (a.rows[0]?.seq ?? 0) - (b.rows[0]?.seq ?? 0);
}

/** Sorted copy; the page's own chain stays first, where its load begins. */
export function sortUnits(units: readonly RowUnit[], order: SortOrder): RowUnit[] {
  const main = units.filter((u) => u.main);
  const rest = units.filter((u) => !u.main).sort((a, b) => compareUnits(a, b, order));
  return [...main, ...rest];
}

export function toggleClass(classes: ReadonlySet<StatusClassKey>, key: StatusClassKey): Set<StatusClassKey> {
  const next = new Set(classes);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
