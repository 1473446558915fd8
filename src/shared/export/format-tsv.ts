/**
 * The spreadsheet table SEO people paste into Sheets or Excel: a header row, then one row per hop.
 * Two defences make pasting safe: tabs and line breaks inside a value become spaces (so a value can
 * never add a column or a row), and a value that starts like a formula gets a leading apostrophe (so
 * `=HYPERLINK(...)` or `@SUM(...)` in a hostile URL or header stays text: CSV/TSV formula injection).
 */
import type { HopView, LoadView } from './load-view';
import { durationMs, vendorNames } from './status-words';

export const TSV_COLUMNS = [
  'Hop',
  'Status code',
  'Status text',
  'URL',
  'Redirect to',
  'Redirect type',
  'Made by',
  'Server/CDN',
  'IP',
  'From cache',
  'Time (ms)',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list; tab and CR cannot survive `cell`). */
const FORMULA_START = /^[=+\-@]/;

/** One cell: no tab, CR or LF (nor any other control), formula-looking values neutralised. */
export function tsvCell(value: string): string {
  // Values already went through oneLine in the view; this repeats the part the table depends on, so the
  // function is safe on its own (it is exported for the UIs).
  const flat = value.replace(/[\t\r\n]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return FORMULA_START.test(flat) ? `'${flat}` : flat;
}

function cacheText(fromCache: boolean | undefined): string {
  return fromCache === undefined ? '' : fromCache ? 'yes' : 'no';
}

function hopRow(hop: HopView): string[] {
  const status = hop.statusCode !== undefined ? String(hop.statusCode) : '';
  // Without a status, the error is the status text (with its explanation), so the row says why.
  const words = hop.statusCode !== undefined ? hop.phrase : hop.error !== undefined && hop.phrase !== hop.error ? `${hop.phrase} (${hop.error})` : hop.phrase;
  return [
    String(hop.number),
    status,
    words,
    hop.url,
    hop.redirectTo ?? '',
    hop.redirectType ?? '',
    hop.madeByLabel,
    vendorNames(hop.vendors),
    hop.ip !== undefined ? `${hop.ip}${hop.viaProxy ? ' (proxy)' : ''}` : '',
    cacheText(hop.fromCache),
    durationMs(hop.timing),
  ];
}

/**
 * The rows: every hop; the last hop is the final response. When the chain has no hop that ended with
 * a response but a final was recorded (an older or partial load), the final gets its own row. A load
 * with nothing observed gets one row saying so, rather than a bare header that looks like a bug.
 */
function tsvRows(view: LoadView): string[][] {
  const rows = view.chain.map(hopRow);
  const last = view.chain[view.chain.length - 1];
  const lastIsFinal = last !== undefined && last.statusCode !== undefined && last.redirectTo === undefined;
  if (view.final !== undefined && !lastIsFinal) {
    rows.push([
      String((last?.number ?? view.droppedHops) + 1),
      String(view.final.statusCode),
      view.final.phrase,
      view.url,
      '',
      '',
      '',
      vendorNames(view.final.vendors),
      '',
      view.final.source === undefined ? '' : cacheText(view.final.source === 'disk-cache'),
      '',
    ]);
  }
  if (rows.length === 0) {
    // Nothing was observed (back/forward cache, a browser page): one row that says so, with no code.
    rows.push(['1', '', `not observed — ${view.notObservedText ?? 'no response was observed'}`, view.url, '', '', '', '', '', '', '']);
  }
  return rows;
}

export function formatTsv(view: LoadView): string {
  const lines = [TSV_COLUMNS, ...tsvRows(view)].map((row) => row.map(tsvCell).join('\t'));
  return `${lines.join('\n')}\n`;
}
