/** Short text for numbers the table and the details pane show. */

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A start time relative to the page load's start: '+120 ms'. */
export function formatOffset(start: number | undefined, origin: number | undefined): string {
  if (start === undefined || origin === undefined) return '';
  const delta = start - origin;
  return delta < 0 ? `−${formatMs(-delta)}` : `+${formatMs(delta)}`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Local wall-clock time with milliseconds: '14:03:07.120'. */
export function formatClock(epochMs: number | undefined): string {
  if (epochMs === undefined || !Number.isFinite(epochMs)) return '';
  const d = new Date(epochMs);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** What a path-heavy table column should show of a URL: the path and query, the host when it differs. */
export function pageRelativeUrl(url: string, pageOrigin: string | undefined): string {
  try {
    const u = new URL(url);
    const rest = `${u.pathname}${u.search}`;
    return u.origin === pageOrigin ? rest : `${u.host}${rest}`;
  } catch {
    return url;
  }
}

export function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Links only for web addresses: nothing from the network becomes a javascript: or data: link. */
export function isWebUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
