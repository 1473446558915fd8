/**
 * Copy/export of a page load's story: text, Markdown, TSV (spreadsheets), JSON and a curl command,
 * secrets redacted by default. Pure TypeScript (no browser API), so the popup, the DevTools panel and
 * the tests share it.
 */
export { exportLoad } from './export-load';
export { exportFileName } from './file-name';
export { EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportOptions } from './export-format';
export { REDACTED, isSecretHeader, isSecretParam, redactHeaderValue, redactHeaders, redactUrl, redactUrlsInText } from './redact';
export { JSON_FORMAT_VERSION, type ExportJsonV1 } from './format-json';
export { TSV_COLUMNS, tsvCell } from './format-tsv';
export { escapeMarkdown } from './markdown-escape';
export { shellQuote } from './shell-quote';
