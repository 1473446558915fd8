/**
 * The export API's own types. Kept apart from the formatters so the UIs can import them without
 * pulling in the registry.
 */

/** Every format the copy/export menu offers. */
export type ExportFormat = 'text' | 'markdown' | 'tsv' | 'json' | 'curl';

export const EXPORT_FORMATS: readonly ExportFormat[] = Object.freeze(['text', 'markdown', 'tsv', 'json', 'curl'] as const);

export interface ExportOptions {
  /**
   * Replace cookies, credentials and secret URL parameters by `[redacted]` (default true). People paste
   * these reports into tickets and chats, so the safe choice is the default; the UI offers `false`
   * explicitly, for someone debugging their own site.
   */
  redact?: boolean;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
