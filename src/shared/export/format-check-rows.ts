/**
 * The checker's results as a table, one row per checked URL: CSV (RFC 4180) and TSV for a
 * spreadsheet, Markdown for a ticket. The results come cleaned and, unless the person said not,
 * redacted (clean-load.ts `cleanCheckResults`); the cells are the same in every table, and each
 * format's own escaping is the page-load export's: `tsvCell` keeps a formula-looking value as text,
 * `tableRow` escapes Markdown. The CSV and TSV columns, which other tools read, stay English; the
 * Markdown table's headings and every cell's words are in the interface's language. A run where some
 * URL was retried adds the retry's columns, and a redirect map's run its verdicts' (after the others,
 * so a tool reading the first columns by position reads them as before).
 */
import { chainCodes, checkNote, endHop, finalResponse, isBroken, redirectCount } from '../checker/check-result';
import { VERDICT_LABELS } from '../checker/redirect-verdict';
import type { I18n, MessageKey } from '../i18n/create-i18n';
import { responsePhrase } from '../registry/response-phrase';
import { findingLabel } from '../words/finding-words';
import { vendorNames } from '../words/response-facts';
import type { JudgedCheck } from './judged-check';
import { escapeMarkdown, tableHeader, tableRow } from './markdown-escape';
import { isoTime } from './read-input';
import { redactionNote } from './report-phrases';
import { tsvCell } from './format-tsv';

export const CHECK_COLUMNS: readonly string[] = [
  'Line',
  'URL',
  'Final status',
  'Meaning',
  'Final URL',
  'Hops',
  'Redirects',
  'Answered by',
  'Findings',
  'IP',
  'Time (ms)',
  'Error',
];

/** When some URL was asked once more after a 429 or 503: its first answer, the Retry-After it gave, when the retry went (ISO 8601). */
export const RETRY_COLUMNS: readonly string[] = ['First status', 'Retry-After', 'Retried at'];

/** When the run checked a redirect map: each row's expectation, the verdict (a token: `right`, `wrong-target`, …) and its sentence. */
export const MAP_COLUMNS: readonly string[] = ['Expected URL', 'Expected status', 'Verdict', 'Verdict sentence'];

/** A Markdown heading: a message key, or the word every language writes the same (a header name). */
type Heading = MessageKey | 'URL' | 'Retry-After';

/** Columns that go together: the CSV's names, the Markdown's headings in the same order, and each row's cells. */
interface ColumnGroup {
  names: readonly string[];
  headings: readonly Heading[];
  /** `words`: the Markdown's, for a person (a verdict's name rather than its token). */
  cells: (result: JudgedCheck, i18n: I18n, words: boolean) => string[];
  /** Whether a run's export has them; the first group always does. */
  shown: (results: readonly JudgedCheck[]) => boolean;
}

const BASE: ColumnGroup = {
  names: CHECK_COLUMNS,
  headings: [
    'exportCheckColumnLine',
    'URL',
    'exportFinalStatus',
    'exportCheckColumnMeaning',
    'exportCheckColumnFinalUrl',
    'exportCheckColumnHops',
    'exportCheckColumnRedirects',
    'exportAnsweredBy',
    'exportFindings',
    'factIp',
    'factTime',
    'exportError',
  ],
  cells: (result, i18n) => {
    const final = finalResponse(result);
    const last = endHop(result);
    const error = last?.statusCode === undefined ? last?.error : undefined;
    return [
      String(result.line),
      result.url,
      final?.statusCode !== undefined ? String(final.statusCode) : '',
      [last !== undefined ? responsePhrase(last) : '', checkNote(result, i18n) ?? ''].filter((s) => s !== '').join(' '),
      last !== undefined ? last.url : '',
      chainCodes(result.chain),
      String(redirectCount(result.chain)),
      vendorNames(final?.vendors),
      result.findings.map((f) => findingLabel(f.kind, i18n)).join('; '),
      final?.ip ?? last?.ip ?? '',
      result.ms !== undefined ? String(result.ms) : '',
      error ?? result.failure ?? '',
    ];
  },
  shown: () => true,
};

const RETRY: ColumnGroup = {
  names: RETRY_COLUMNS,
  headings: ['exportCheckColumnFirstStatus', 'Retry-After', 'exportCheckColumnRetriedAt'],
  // Only what was observed: a retry that has not gone (the run was stopped) has no time.
  cells: ({ retried }) => (retried === undefined ? ['', '', ''] : [String(retried.firstStatus), retried.retryAfter, isoTime(retried.retriedAt) ?? '']),
  shown: (results) => results.some((r) => r.retried !== undefined),
};

const MAP: ColumnGroup = {
  names: MAP_COLUMNS,
  headings: ['exportCheckColumnExpectedUrl', 'exportCheckColumnExpectedCode', 'checkerColVerdict', 'exportCheckColumnVerdictSentence'],
  cells: ({ expected, verdict, verdictSentence }, i18n, words) => [
    expected?.to ?? '',
    expected?.expectedCode !== undefined ? String(expected.expectedCode) : '',
    verdict === undefined ? '' : words ? i18n.t(VERDICT_LABELS[verdict]) : verdict,
    verdictSentence ?? '',
  ],
  shown: (results) => results.some((r) => r.expected !== undefined),
};

const GROUPS: readonly ColumnGroup[] = [BASE, RETRY, MAP];

/** The run's columns (its names and headings) and each result's cells under them. */
function table(results: readonly JudgedCheck[], i18n: I18n, words: boolean): { names: string[]; headings: Heading[]; rows: string[][] } {
  const groups = GROUPS.filter((g) => g.shown(results));
  return {
    names: groups.flatMap((g) => g.names),
    headings: groups.flatMap((g) => g.headings),
    rows: results.map((r) => groups.flatMap((g) => g.cells(r, i18n, words))),
  };
}

function csvCell(value: string): string {
  const safe = tsvCell(value);
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row, then one row per result, CRLF line ends (what RFC 4180 and spreadsheets expect). */
export function formatCheckCsv(results: readonly JudgedCheck[], _redacted: boolean, i18n: I18n): string {
  const { names, rows } = table(results, i18n, false);
  return `${[names, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The same rows, tab-separated, as the page-load TSV export writes them (LF line ends). */
export function formatCheckTsv(results: readonly JudgedCheck[], _redacted: boolean, i18n: I18n): string {
  const { names, rows } = table(results, i18n, false);
  return `${[names, ...rows].map((row) => row.map(tsvCell).join('\t')).join('\n')}\n`;
}

/** A titled Markdown table, with the redaction line every report carries. */
export function formatCheckMarkdown(results: readonly JudgedCheck[], redacted: boolean, i18n: I18n): string {
  const broken = results.filter(isBroken).length;
  // Our own words, no input: written as they are, as the page-load report's items are not ('[redacted]' stays a word).
  const item = (label: string, value: string): string => `- ${i18n.t('exportMarkdownItem', label, value)}`;
  const out = [
    `# ${escapeMarkdown(i18n.t('exportCheckTitle'))}`,
    '',
    item(i18n.t('exportCheckUrls'), i18n.t('exportCheckBroken', i18n.number(results.length), i18n.number(broken))),
    item(i18n.t('exportRedaction'), redactionNote(redacted, i18n)),
    '',
  ];
  if (results.length === 0) out.push(escapeMarkdown(i18n.t('exportCheckNone')));
  else {
    const { headings, rows } = table(results, i18n, true);
    out.push(...tableHeader(headings.map((key) => (key === 'URL' || key === 'Retry-After' ? key : i18n.t(key)))), ...rows.map((row) => tableRow(row)));
  }
  return `${out.join('\n')}\n`;
}
