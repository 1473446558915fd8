/**
 * Short phrases shared by the human-readable formats (text and Markdown), so both tell the same story.
 */
import type { FailingView, FinalView, HopView, LoadView, TimingView, VendorView } from './load-view';

export function vendorNames(vendors: readonly VendorView[]): string {
  return vendors
    .map((v) => v.name || v.id)
    .filter((n) => n !== '')
    .join(', ');
}

/** The code column: the status, else the error, else '—'. */
export function hopCode(hop: HopView): string {
  return hop.statusCode !== undefined ? String(hop.statusCode) : (hop.error ?? '—');
}

/** The words next to the code: the phrase (with any more specific meaning), '' when it would repeat the error. */
export function hopPhrase(hop: HopView): string {
  if (hop.statusCode !== undefined) return withDetail(hop.phrase, hop.detail);
  return hop.phrase === hop.error ? '' : hop.phrase;
}

/** '200 OK', '404 Not Found (404.3 …)', 'net::ERR_CONNECTION_REFUSED Connection refused', '— No response'. */
export function hopStatus(hop: HopView): string {
  return joinWords(hopCode(hop), hopPhrase(hop));
}

function finalStatus(final: FinalView): string {
  return withDetail(`${final.statusCode} ${final.phrase}`, final.detail);
}

/** The final status sentence, or why there is none: "not observed", never an invented code. */
export function finalOrNotObserved(view: LoadView): string {
  if (view.final !== undefined) return finalStatus(view.final);
  // A failed load says why here; otherwise the Source line gives the reason, once.
  return view.error !== undefined ? `not observed — ${view.notObservedText ?? ''}` : 'not observed';
}

/** 'network', 'disk cache', or 'not observed — <why>' when no response was seen. */
export function sourceText(view: LoadView): string {
  if (view.final === undefined && (view.source === undefined || view.source === 'not-observable')) {
    return `not observed — ${view.notObservedText ?? 'no response was observed'}`;
  }
  return view.sourceLabel || 'unknown';
}

export function failingCode(f: FailingView): string {
  return f.statusCode !== undefined ? String(f.statusCode) : (f.error ?? '');
}

/** '404 Not Found', or a response that then failed: '200 OK, then net::ERR_ABORTED'. */
export function failingPhrase(f: FailingView): string {
  if (f.statusCode !== undefined) return f.error !== undefined ? `${f.phrase}, then ${f.error}` : f.phrase;
  return f.phrase === f.error ? '' : f.phrase;
}

export function failingStatus(f: FailingView): string {
  return joinWords(failingCode(f), failingPhrase(f));
}

/** 'made by server', 'made by meta refresh after 5 s'. */
export function madeByText(hop: HopView): string {
  if (hop.madeByLabel === '') return '';
  const delay = hop.clientDelaySeconds !== undefined && hop.madeBy === 'client-meta-refresh' ? ` after ${hop.clientDelaySeconds} s` : '';
  return `${hop.madeByLabel}${delay}`;
}

export function durationMs(timing: TimingView): string {
  return timing.duration !== undefined ? String(Math.round(timing.duration)) : '';
}

/** 'Server/CDN nginx · IP 1.2.3.4 (proxy) · from cache · 45 ms' — only the parts that are known. */
export function hopFacts(hop: HopView): string {
  const parts: string[] = [];
  const names = vendorNames(hop.vendors);
  if (names !== '') parts.push(`Server/CDN ${names}`);
  if (hop.ip !== undefined) parts.push(`IP ${hop.ip}${hop.viaProxy ? ' (proxy)' : ''}`);
  if (hop.method !== 'GET') parts.push(`method ${hop.method}`);
  if (hop.fromCache === true) parts.push('from cache');
  const ms = durationMs(hop.timing);
  if (ms !== '') parts.push(`${ms} ms`);
  return parts.join(' · ');
}

export function countsLine(view: LoadView): string {
  const c = view.counts;
  return `${c.total} total — 1xx ${c['1xx']} · 2xx ${c['2xx']} · 3xx ${c['3xx']} · 4xx ${c['4xx']} · 5xx ${c['5xx']} · other ${c.other} · failed without response ${c.failed} · from cache ${c.fromCache}`;
}

function joinWords(a: string, b: string): string {
  return a !== '' && b !== '' ? `${a} ${b}` : a || b;
}

function withDetail(base: string, detail: string | undefined): string {
  return detail !== undefined ? `${base} (${detail})` : base;
}

export const REDACTION_NOTE_ON = 'on — cookies, credentials and secret URL parameters are replaced by [redacted]';
export const REDACTION_NOTE_OFF = 'OFF — this report may contain cookies, credentials and tokens';
