/** The one entry point the popup and the DevTools panel call to copy or save a page's story. */
import type { PageLoad } from '../capture/capture-state';
import type { I18n } from '../i18n/create-i18n';
import { cleanLoad } from './clean-load';
import type { ExportFormat, ExportOptions } from './export-format';
import { formatCurl } from './format-curl';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';
import { formatTsv } from './format-tsv';

/** Each format prints the cleaned load; `redacted` says whether secrets were replaced, `i18n` the language of its words for people. */
const FORMATTERS: Readonly<Record<ExportFormat, (load: PageLoad, redacted: boolean, i18n: I18n) => string>> = {
  text: formatText,
  markdown: formatMarkdown,
  tsv: formatTsv,
  json: formatJson,
  curl: formatCurl,
};

/**
 * The load in `format`. Secrets are redacted unless `options.redact` is exactly `false`: anything else
 * (absent, undefined, a stray non-boolean from storage) keeps the safe default. Never throws on odd
 * loads (missing fields, bad numbers, hostile strings); an unknown format falls back to text, because a
 * copy button that does nothing is worse than one that copies the readable report. The reports' headings
 * and sentences are in `i18n`'s language; machine-readable parts (JSON, the TSV's columns) stay English.
 */
export function exportLoad(load: PageLoad, format: ExportFormat, i18n: I18n, options?: ExportOptions): string {
  const redact = options?.redact !== false;
  const formatter = Object.hasOwn(FORMATTERS, format) ? FORMATTERS[format] : formatText;
  return formatter(cleanLoad(load, redact), redact, i18n);
}
