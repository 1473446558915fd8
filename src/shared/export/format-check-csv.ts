/**
 * The checker's results as CSV (RFC 4180), one row per checked URL, for a spreadsheet. Every value is
 * one clean line (clean-text.ts), URLs are redacted like every export's unless the person says not,
 * and a value that starts like a formula is kept as text (the TSV export's `tsvCell` rule).
 */
import { chainCodes, checkNote, endHop, finalResponse, redirectCount, type CheckResult } from '../checker/check-result';
import { responsePhrase } from '../registry/response-phrase';
import { findingLabel } from '../words/finding-words';
import { vendorNames } from '../words/response-facts';
import { cap, oneLine } from './clean-text';
import { redactUrl, redactUrlsInText } from './redact';
import { tsvCell } from './format-tsv';

export const CHECK_CSV_COLUMNS: readonly string[] = [
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

function csvCell(value: string): string {
  const safe = tsvCell(cap(oneLine(value)));
  return /[",]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function resultRow(result: CheckResult, redact: boolean): string[] {
  const url = (u: string): string => (redact ? redactUrl(u) : u);
  const text = (t: string): string => (redact ? redactUrlsInText(t) : t);
  const final = finalResponse(result);
  const last = endHop(result);
  const error = last?.statusCode === undefined ? last?.error : undefined;
  return [
    String(result.line),
    url(result.url),
    final?.statusCode !== undefined ? String(final.statusCode) : '',
    text([last !== undefined ? responsePhrase(last) : '', checkNote(result) ?? ''].filter((s) => s !== '').join(' ')),
    last !== undefined ? url(last.url) : '',
    chainCodes(result.chain),
    String(redirectCount(result.chain)),
    vendorNames(final?.vendors),
    result.findings.map((f) => findingLabel(f.kind)).join('; '),
    final?.ip ?? last?.ip ?? '',
    result.ms !== undefined ? String(result.ms) : '',
    text(error ?? result.failure ?? ''),
  ];
}

/** A header row, then one row per result, CRLF line ends (what RFC 4180 and spreadsheets expect). */
export function formatCheckCsv(results: readonly CheckResult[], options: { redact?: boolean } = {}): string {
  const redact = options.redact !== false;
  const rows = [CHECK_CSV_COLUMNS, ...results.map((r) => resultRow(r, redact))];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
