/**
 * The one entry point the checker page calls to save its results: CSV, TSV, JSON or Markdown. The
 * results go through the export's one cleaning pass first (clean-load.ts), so every value is one
 * clean line and, unless `redact` is exactly false, credentials, cookies and secret URL parameters
 * are `[redacted]` in every format alike.
 */
import type { CheckResult } from '../checker/check-result';
import type { I18n } from '../i18n/create-i18n';
import { cleanCheckResults } from './clean-load';
import type { ExportOptions } from './export-format';
import { fileTime } from './file-name';
import { formatCheckJson } from './format-check-json';
import { formatCheckCsv, formatCheckMarkdown, formatCheckTsv } from './format-check-rows';

export type CheckExportFormat = 'csv' | 'tsv' | 'json' | 'markdown';

interface CheckFormat {
  label: string;
  extension: string;
  mime: string;
  /** `i18n`: the person's language, for the sentences a person reads (a table's column names stay English: programs read them). */
  write: (results: readonly CheckResult[], redacted: boolean, i18n: I18n) => string;
}

export const CHECK_EXPORTS: Readonly<Record<CheckExportFormat, CheckFormat>> = {
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv', write: formatCheckCsv },
  tsv: { label: 'TSV', extension: 'tsv', mime: 'text/tab-separated-values', write: formatCheckTsv },
  json: { label: 'JSON', extension: 'json', mime: 'application/json', write: formatCheckJson },
  markdown: { label: 'Markdown', extension: 'md', mime: 'text/markdown', write: formatCheckMarkdown },
};

export function exportChecks(results: readonly CheckResult[], format: CheckExportFormat, i18n: I18n, options?: ExportOptions): string {
  const redact = options?.redact !== false;
  return CHECK_EXPORTS[format].write(cleanCheckResults(results, redact), redact, i18n);
}

/** `status-inspector-check-2026-12-05T10-00-00Z.csv`: the time only, never a URL of the list. */
export function checkExportFileName(format: CheckExportFormat, now: Date): string {
  return `status-inspector-check-${fileTime(now.toISOString())}.${CHECK_EXPORTS[format].extension}`;
}
