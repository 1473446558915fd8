/** The one entry point the popup and the DevTools panel call to copy or save a page's story. */
import type { PageLoad } from '../capture/capture-state';
import { cleanLoad } from './clean-load';
import type { ExportFormat, ExportOptions } from './export-format';
import { formatCurl } from './format-curl';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';
import { formatTsv } from './format-tsv';

/** Each format prints the cleaned load; `redacted` says whether secrets were replaced. */
const FORMATTERS: Readonly<Record<ExportFormat, (load: PageLoad, redacted: boolean) => string>> = {
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
 * copy button that does nothing is worse than one that copies the readable report.
 */
export function exportLoad(load: PageLoad, format: ExportFormat, options?: ExportOptions): string {
  const redact = options?.redact !== false;
  const formatter = Object.hasOwn(FORMATTERS, format) ? FORMATTERS[format] : formatText;
  return formatter(cleanLoad(load, redact), redact);
}
