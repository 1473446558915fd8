/**
 * The one entry point the checker page calls to save its results: CSV, TSV, JSON or Markdown. A
 * redirect map's rows are judged first (judged-check.ts), then everything goes through the export's one
 * cleaning pass (clean-load.ts), so every value is one clean line and, unless `redact` is exactly
 * false, credentials, cookies and secret URL parameters are `[redacted]` in every format alike.
 */
import type { CheckResult } from '../checker/check-result';
import type { I18n } from '../i18n/create-i18n';
import { cleanCheckResults } from './clean-load';
import type { ExportOptions } from './export-format';
import { fileTime } from './file-name';
import { formatCheckJson } from './format-check-json';
import { formatCheckCsv, formatCheckMarkdown, formatCheckTsv } from './format-check-rows';
import { judgeChecks, type JudgedCheck } from './judged-check';

export type CheckExportFormat = 'csv' | 'tsv' | 'json' | 'markdown';

interface CheckFormat {
  label: string;
  extension: string;
  mime: string;
  write: (results: readonly JudgedCheck[], redacted: boolean, i18n: I18n) => string;
}

export const CHECK_EXPORTS: Readonly<Record<CheckExportFormat, CheckFormat>> = {
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv', write: formatCheckCsv },
  tsv: { label: 'TSV', extension: 'tsv', mime: 'text/tab-separated-values', write: formatCheckTsv },
  json: { label: 'JSON', extension: 'json', mime: 'application/json', write: formatCheckJson },
  markdown: { label: 'Markdown', extension: 'md', mime: 'text/markdown', write: formatCheckMarkdown },
};

/** The words for people (the Markdown's headings, the cells' labels) are in `i18n`'s language; CSV and TSV columns stay English. */
export function exportChecks(results: readonly CheckResult[], format: CheckExportFormat, i18n: I18n, options?: ExportOptions): string {
  const redact = options?.redact !== false;
  return CHECK_EXPORTS[format].write(cleanCheckResults(judgeChecks(results, i18n), redact), redact, i18n);
}

/** `status-inspector-check-2026-12-05T10-00-00Z.csv`: the time only, never a URL of the list. */
export function checkExportFileName(format: CheckExportFormat, now: Date): string {
  return `status-inspector-check-${fileTime(now.toISOString())}.${CHECK_EXPORTS[format].extension}`;
}
