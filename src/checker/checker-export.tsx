/**
 * Saves the results as CSV, TSV, JSON or Markdown through the export module, with its redaction
 * (credentials, cookies, tokens, session ids) on unless the box is unticked.
 */
import { useState } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import { CHECK_EXPORTS, checkExportFileName, exportChecks, type CheckExportFormat } from '../shared/export/export-checks';
import { useI18n } from '../shared/ui/use-i18n';

const FORMATS = Object.keys(CHECK_EXPORTS) as CheckExportFormat[];

export function CheckerExport({ results, save }: { results: readonly CheckResult[]; save: (name: string, text: string, mime: string) => void }) {
  const i18n = useI18n();
  const [redact, setRedact] = useState(true);
  const saveAs = (format: CheckExportFormat): void =>
    save(checkExportFileName(format, new Date()), exportChecks(results, format, i18n, { redact }), CHECK_EXPORTS[format].mime);
  return (
    <section class="export" aria-label={i18n.t('checkerExport')}>
      {i18n.t('checkerSaveAs')}{' '}
      {FORMATS.map((format) => (
        <button type="button" data-testid={`export-${format}`} key={format} onClick={() => saveAs(format)}>
          {CHECK_EXPORTS[format].label}
        </button>
      ))}{' '}
      <label>
        <input type="checkbox" data-testid="export-redact" checked={redact} onChange={(e) => setRedact((e.target as HTMLInputElement).checked)} />{' '}
        {i18n.t('checkerHideSecrets')}
      </label>
    </section>
  );
}
