/** A file name for saving an export, from the page's host and time: no secret, no path characters. */
import type { PageLoad } from '../capture/capture-state';
import { cleanLoad } from './clean-load';
import type { ExportFormat } from './export-format';
import { startedAtIso } from './report-phrases';

const FILE_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  text: 'txt',
  markdown: 'md',
  tsv: 'tsv',
  json: 'json',
  curl: 'sh',
};

/** An ISO time as a file name may hold it: `2024-05-01T10-00-00Z`. */
export function fileTime(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** `status-inspector-www.example.com-2024-05-01T10-00-00Z.md` ('page' when the URL has no host). */
export function exportFileName(load: PageLoad, format: ExportFormat): string {
  const cleaned = cleanLoad(load, true);
  // The host only: never the path or query (secrets), never userinfo; anything unusual becomes '_'.
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(cleaned.url)?.[1] ?? '';
  const safeHost =
    host
      .replace(/[^A-Za-z0-9.-]/g, '_')
      .replace(/^\.+/, '')
      .slice(0, 64) || 'page';
  const when = fileTime(startedAtIso(cleaned) ?? '');
  const extension = Object.hasOwn(FILE_EXTENSIONS, format) ? FILE_EXTENSIONS[format] : 'txt';
  return `status-inspector-${safeHost}${when !== '' ? `-${when}` : ''}.${extension}`;
}
