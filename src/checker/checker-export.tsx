/** Saves the results as CSV, URLs redacted (credentials, tokens, session ids) unless the box is unticked. */
import { useState } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import { formatCheckCsv } from '../shared/export/format-check-csv';

/** `status-inspector-check-2026-12-05T10-00-00Z.csv`: the time only, never a URL of the list. */
function fileName(now: Date): string {
  return `status-inspector-check-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}.csv`;
}

export function CheckerExport({ results, save }: { results: readonly CheckResult[]; save: (name: string, text: string, mime: string) => void }) {
  const [redact, setRedact] = useState(true);
  return (
    <section class="export" aria-label="Export">
      <button type="button" data-testid="export-csv" onClick={() => save(fileName(new Date()), formatCheckCsv(results, { redact }), 'text/csv')}>
        Save as CSV
      </button>{' '}
      <label>
        <input type="checkbox" checked={redact} onChange={(e) => setRedact((e.target as HTMLInputElement).checked)} /> Hide secrets in URLs
      </label>
    </section>
  );
}
