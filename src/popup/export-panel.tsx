/**
 * Copy or save the shown load as text, Markdown, TSV, JSON or a curl command, secrets redacted unless
 * the person unticks the box. The popup holds only a summary of each load, so the full load is asked
 * of the background at the moment of copying or saving. The export code (and the registry's search
 * index it pulls in, whose set-up takes a while) loads only when the pointer or the focus comes near
 * the controls, so it never competes with showing the page's status.
 */
import { useState } from 'preact/hooks';
import type { PageLoad } from '../shared/capture';
import type { LoadSummary } from '../shared/tab-view';
import type { ExportFormat } from '../shared/export/export-format';
import type { MessageKey } from '../shared/i18n/create-i18n';
import { useI18n } from '../shared/ui/use-i18n';

type ExportModule = typeof import('../shared/export');

let exportModule: Promise<ExportModule> | undefined;
function loadExport(): Promise<ExportModule> {
  exportModule ??= import('../shared/export');
  return exportModule;
}

const FORMAT_LABELS: Readonly<Record<ExportFormat, MessageKey>> = {
  text: 'popupFormatText',
  markdown: 'popupFormatMarkdown',
  tsv: 'popupFormatTsv',
  json: 'popupFormatJson',
  curl: 'popupFormatCurl',
};

const MIME: Readonly<Record<ExportFormat, string>> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  curl: 'text/x-shellscript',
};

/** Copies through a hidden text area when the Clipboard API refuses (an older or stricter browser). */
function copyByCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one way to copy when navigator.clipboard is refused
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

export interface ExportPanelProps {
  load: LoadSummary;
  /** The load in full from the background; undefined when it is no longer kept. */
  fullLoad: (loadId: string) => Promise<PageLoad | undefined>;
}

export function ExportPanel({ load, fullLoad }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('text');
  const [redact, setRedact] = useState(true);
  const [status, setStatus] = useState('');
  const i18n = useI18n();

  const render = async (): Promise<{ text: string; name: string }> => {
    const [module, full] = await Promise.all([loadExport(), fullLoad(load.id)]);
    if (full === undefined) throw new Error(i18n.t('popupExportGone'));
    return { text: module.exportLoad(full, format, i18n, { redact }), name: module.exportFileName(full, format) };
  };

  const copy = async (): Promise<void> => {
    try {
      const { text } = await render();
      try {
        await navigator.clipboard.writeText(text);
      } catch (error) {
        if (!copyByCommand(text)) throw error;
      }
      setStatus(i18n.t(redact ? 'popupExportCopiedHidden' : 'popupExportCopiedShown', i18n.t(FORMAT_LABELS[format])));
    } catch (error) {
      setStatus(i18n.t('popupExportCopyFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  const save = async (): Promise<void> => {
    try {
      const { text, name } = await render();
      const url = URL.createObjectURL(new Blob([text], { type: `${MIME[format]};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by the time this runs; revoking later keeps it from failing midway.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(i18n.t('popupExportSaved', name));
    } catch (error) {
      setStatus(i18n.t('popupExportSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section class="export" aria-labelledby="export-title" data-testid="export" onPointerEnter={() => void loadExport()} onFocusIn={() => void loadExport()}>
      <h2 id="export-title">{i18n.t('popupExportTitle')}</h2>
      <div class="export-row">
        <label for="export-format">{i18n.t('popupExportFormat')}</label>
        <select id="export-format" data-testid="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
            <option value={f} key={f}>
              {i18n.t(FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" data-testid="export-redact" checked={redact} onChange={(e) => setRedact(e.currentTarget.checked)} />
        {i18n.t('popupExportRedact')}
      </label>
      <div class="export-row">
        <button type="button" data-testid="export-copy" onClick={() => void copy()}>
          {i18n.t('popupExportCopy')}
        </button>
        <button type="button" data-testid="export-save" onClick={() => void save()}>
          {i18n.t('popupExportSave')}
        </button>
      </div>
      <p class="status" role="status" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
