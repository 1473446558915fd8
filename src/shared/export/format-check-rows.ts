/**
 * The checker's results as a table, one row per checked URL: CSV (RFC 4180) and TSV for a
 * spreadsheet, Markdown for a ticket. The results come cleaned and, unless the person said not,
 * redacted (clean-load.ts `cleanCheckResults`); the cells are the same in every table, and each
 * format's own escaping is the page-load export's: `tsvCell` keeps a formula-looking value as text,
 * `tableRow` escapes Markdown.
 */
import { chainCodes, checkNote, endHop, finalResponse, isBroken, redirectCount, type CheckResult } from '../checker/check-result';
import type { MessageKey } from '../checker/checker-phrase';
import type { I18n } from '../i18n/create-i18n';
import { responsePhrase } from '../registry/response-phrase';
import { findingLabel } from '../words/finding-words';
import { vendorNames } from '../words/response-facts';
import { tableHeader, tableRow } from './markdown-escape';
import { redactionNote } from './report-phrases';
import { tsvCell } from './format-tsv';

/** The columns: English in CSV and TSV, which programs read by these names; the Markdown table's in the person's language. */
const COLUMNS: readonly (readonly [string, MessageKey | undefined])[] = [
  ['Line', 'checkerColLine'],
  ['URL', undefined],
  ['Final status', 'checkerColFinalStatus'],
  ['Meaning', 'checkerColMeaning'],
  ['Final URL', 'checkerColFinalUrl'],
  ['Hops', 'checkerColHops'],
  ['Redirects', 'checkerColRedirects'],
  ['Answered by', 'checkerColAnsweredBy'],
  ['Findings', 'checkerColFindings'],
  ['IP', undefined],
  ['Time (ms)', 'checkerColTimeMs'],
  ['Error', 'checkerColError'],
];

export const CHECK_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

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
    result.findings.map((f) => findingLabel(f.kind)).join('; '),
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
  const out = [
    `# ${i18n.t('checkerReportTitle')}`,
    '',
    `- **${i18n.t('checkerReportUrls')}** ${i18n.t('checkerReportBroken', i18n.number(results.length), i18n.number(broken))}`,
    `- **${i18n.t('checkerReportRedaction')}** ${redactionNote(redacted)}`,
    '',
  ];
  if (results.length === 0) out.push(i18n.t('checkerReportNone'));
  else out.push(...tableHeader(COLUMNS.map(([name, key]) => (key === undefined ? name : i18n.t(key)))), ...results.map((r) => tableRow(checkCells(r, i18n))));
  return `${out.join('\n')}\n`;
}
