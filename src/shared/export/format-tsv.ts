/**
 * The spreadsheet table SEO people paste into Sheets or Excel: a header row, then one row per hop.
 * Two defences make pasting safe: tabs and line breaks inside a value become spaces (so a value can
 * never add a column or a row), and a value that starts like a formula gets a leading apostrophe (so
 * `=HYPERLINK(...)` or `@SUM(...)` in a hostile URL or header stays text: CSV/TSV formula injection).
 * The columns, which other tools read, are English; the words in the cells, which a person reads, are
 * in the interface's language (the redirect type is a token, as in the JSON export).
 */
import type { Hop, PageLoad } from '../capture/capture-state';
import type { I18n } from '../i18n/create-i18n';
import { madeByLabel } from '../words/made-by-words';
import { RESPONSE_FACTS, type FactSource } from '../words/response-facts';
import { hopNumber, hopRedirect, mayLack, notObservedText, responseWords } from './report-phrases';

/** The response's facts take the columns after the hop's own (response-facts.ts decides which). */
const FACT_COLUMNS = RESPONSE_FACTS.filter((f) => f.tsv);

export const TSV_COLUMNS: readonly string[] = [
  'Hop',
  'Status code',
  'Status text',
  'URL',
  'Redirect to',
  'Redirect type',
  'Made by',
  ...FACT_COLUMNS.map((f) => f.column),
];

function factCells(source: FactSource, i18n: I18n): string[] {
  return FACT_COLUMNS.map((f) => f.value(source, i18n) ?? '');
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list; tab and CR cannot survive `cell`). */
const FORMULA_START = /^[=+\-@]/;

/** One cell: no tab, CR or LF (nor any other control), formula-looking values neutralised. */
export function tsvCell(value: string): string {
  // Values already went through oneLine when the load was cleaned; this repeats the part the table depends on, so the
  // function is safe on its own (it is exported for the UIs).
  const flat = value.replace(/[\t\r\n]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return FORMULA_START.test(flat) ? `'${flat}` : flat;
}

function hopRow(load: PageLoad, hop: Hop, index: number, i18n: I18n): string[] {
  const status = hop.statusCode !== undefined ? String(hop.statusCode) : '';
  const words = responseWords(hop, hop.explanation, i18n.t('exportNoResponse'));
  // Without a status, the error is the status text (with its explanation), so the row says why.
  const text = hop.statusCode === undefined && hop.error !== undefined && words !== hop.error ? `${words} (${hop.error})` : words;
  const redirect = hopRedirect(load, index);
  return [
    String(hopNumber(load, index)),
    status,
    text,
    hop.url,
    redirect?.url ?? '',
    redirect?.type ?? '',
    madeByLabel(hop.madeBy, i18n),
    ...factCells({ record: hop }, i18n),
  ];
}

/**
 * The rows: every hop; the last hop is the final response. When the chain has no hop that ended with
 * a response but a final was recorded (an older or partial load), the final gets its own row. A load
 * with nothing observed gets one row saying so, rather than a bare header that looks like a bug.
 */
function tsvRows(load: PageLoad, i18n: I18n): string[][] {
  const rows = load.chain.map((hop, i) => hopRow(load, hop, i, i18n));
  const lastIndex = load.chain.length - 1;
  const last = load.chain[lastIndex];
  const lastIsFinal = last !== undefined && last.statusCode !== undefined && hopRedirect(load, lastIndex) === undefined;
  const final = load.final;
  if (final !== undefined && !lastIsFinal) {
    const source = mayLack(final.source);
    const record = source === undefined ? { vendors: final.vendors } : { vendors: final.vendors, fromCache: source === 'disk-cache' };
    rows.push([
      String(hopNumber(load, load.chain.length)),
      String(final.statusCode),
      responseWords(final, final.explanation, i18n.t('exportNoResponse')),
      load.url,
      '',
      '',
      '',
      ...factCells({ record }, i18n),
    ]);
  }
  if (rows.length === 0) {
    // Nothing was observed (back/forward cache, a browser page): one row that says so, with no code.
    rows.push(['1', '', i18n.t('exportNotObservedBecause', notObservedText(load, i18n)), load.url, '', '', '', ...factCells({}, i18n)]);
  }
  return rows;
}

export function formatTsv(load: PageLoad, _redacted: boolean, i18n: I18n): string {
  const lines = [TSV_COLUMNS, ...tsvRows(load, i18n)].map((row) => row.map(tsvCell).join('\t'));
  return `${lines.join('\n')}\n`;
}
