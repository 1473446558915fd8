/**
 * The checker's results as a table, one row per checked URL: CSV (RFC 4180) and TSV for a
 * spreadsheet, Markdown for a ticket. The results come cleaned and, unless the person said not,
 * redacted (clean-load.ts `cleanCheckResults`); the cells are the same in every table, and each
 * format's own escaping is the page-load export's: `tsvCell` keeps a formula-looking value as text,
 * `tableRow` escapes Markdown.
 */
import { chainCodes, checkNote, endHop, finalResponse, isBroken, redirectCount, type CheckResult } from '../checker/check-result';
import { responsePhrase } from '../registry/response-phrase';
import { findingLabel } from '../words/finding-words';
import { vendorNames } from '../words/response-facts';
import { tableHeader, tableRow } from './markdown-escape';
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

function checkCells(result: CheckResult): string[] {
  const final = finalResponse(result);
  const last = endHop(result);
  const error = last?.statusCode === undefined ? last?.error : undefined;
  return [
    String(result.line),
    result.url,
    final?.statusCode !== undefined ? String(final.statusCode) : '',
    [last !== undefined ? responsePhrase(last) : '', checkNote(result) ?? ''].filter((s) => s !== '').join(' '),
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
export function formatCheckCsv(results: readonly CheckResult[]): string {
  const rows = [CHECK_COLUMNS, ...results.map(checkCells)];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The same rows, tab-separated, as the page-load TSV export writes them (LF line ends). */
export function formatCheckTsv(results: readonly CheckResult[]): string {
  const rows = [CHECK_COLUMNS, ...results.map(checkCells)];
  return `${rows.map((row) => row.map(tsvCell).join('\t')).join('\n')}\n`;
}

/** A titled Markdown table, with the redaction line every report carries. */
export function formatCheckMarkdown(results: readonly CheckResult[], redacted: boolean): string {
  const broken = results.filter(isBroken).length;
  const out = [
    '# Status Inspector link check',
    '',
    `- **URLs:** ${results.length}, ${broken} broken (no 2xx or 3xx final response)`,
    `- **Redaction:** ${redactionNote(redacted)}`,
    '',
  ];
  if (results.length === 0) out.push('No URL was checked.');
  else out.push(...tableHeader(CHECK_COLUMNS), ...results.map((r) => tableRow(checkCells(r))));
  return `${out.join('\n')}\n`;
}
