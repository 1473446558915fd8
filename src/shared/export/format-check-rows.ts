/**
 * The checker's results as a table, one row per checked URL: CSV (RFC 4180) and TSV for a
 * spreadsheet, Markdown for a ticket. The results come cleaned and, unless the person said not,
 * redacted (clean-load.ts `cleanCheckResults`); the cells are the same in every table, and each
 * format's own escaping is the page-load export's: `tsvCell` keeps a formula-looking value as text,
 * `tableRow` escapes Markdown. The CSV and TSV columns, which other tools read, stay English; the
 * Markdown table's headings and every cell's words are in the interface's language.
 */
import { chainCodes, checkNote, endHop, finalResponse, isBroken, redirectCount, type CheckResult } from '../checker/check-result';
import type { I18n, MessageKey } from '../i18n/create-i18n';
import { responsePhrase } from '../registry/response-phrase';
import { findingLabel } from '../words/finding-words';
import { vendorNames } from '../words/response-facts';
import { escapeMarkdown, tableHeader, tableRow } from './markdown-escape';
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

/** The Markdown table's headings, in CHECK_COLUMNS' order ('URL' is the same word everywhere). */
const CHECK_HEADINGS: readonly (MessageKey | 'URL')[] = [
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
];

function checkCells(result: CheckResult, i18n: I18n): string[] {
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
}

function csvCell(value: string): string {
  const safe = tsvCell(value);
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row, then one row per result, CRLF line ends (what RFC 4180 and spreadsheets expect). */
export function formatCheckCsv(results: readonly CheckResult[], _redacted: boolean, i18n: I18n): string {
  const rows = [CHECK_COLUMNS, ...results.map((r) => checkCells(r, i18n))];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The same rows, tab-separated, as the page-load TSV export writes them (LF line ends). */
export function formatCheckTsv(results: readonly CheckResult[], _redacted: boolean, i18n: I18n): string {
  const rows = [CHECK_COLUMNS, ...results.map((r) => checkCells(r, i18n))];
  return `${rows.map((row) => row.map(tsvCell).join('\t')).join('\n')}\n`;
}

/** A titled Markdown table, with the redaction line every report carries. */
export function formatCheckMarkdown(results: readonly CheckResult[], redacted: boolean, i18n: I18n): string {
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
  else out.push(...tableHeader(CHECK_HEADINGS.map((key) => (key === 'URL' ? key : i18n.t(key)))), ...results.map((r) => tableRow(checkCells(r, i18n))));
  return `${out.join('\n')}\n`;
}
