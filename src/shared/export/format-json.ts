/**
 * The machine-readable export: the one deliberate second shape of a load. Its shape is a contract with
 * whoever parses it (scripts, bug reports, other tools), so it is written out here field by field
 * rather than dumping the internal PageLoad: the capture core may change its state; this stays
 * `status-inspector/1` until a breaking change bumps the version. Rules: every key is always present
 * (unknown values are `null`, lists `[]`), keys come in a fixed order, numbers are finite, strings are
 * cleaned and (by default) redacted, hop numbers are 1-based as in the other exports. Pretty-printed
 * with 2 spaces. Each field is described in docs/export-json.md.
 */
import type { HeaderEntry } from '../capture/capture-event';
import type { ExplanationRef, Hop, PageLoad, RequestFailure, ResponseCounts, SubresourceRecord, Timing, VendorRef } from '../capture/capture-state';
import { findingHopNumbers, hopNumber, hopRedirect, loadSource, mayLack, responseWords, startedAtIso } from './report-phrases';
import { timingDuration } from '../capture/timing';
import { entryOf } from '../registry/lookup';
import { httpVersionOf } from '../words/response-facts';

export const JSON_FORMAT_VERSION = 'status-inspector/1';

interface ExportJsonTiming {
  /** Epoch milliseconds. */
  start: number | null;
  end: number | null;
  durationMs: number | null;
}

interface ExportJsonExplanation {
  /** The registry code the capture core matched: '404', '404.3', '1020', 'net::ERR_…'. */
  code: string;
  phrase: string;
  summary: string | null;
  statusClass: string | null;
  /** Registry origin: 'ietf', 'iis', 'cloudflare', … */
  originId: string | null;
}

interface ExportJsonVendor {
  /** The fingerprint's id: 'cloudflare', 'nginx', … */
  id: string;
  name: string;
}

export interface ExportJsonHop {
  /** 1-based; counts hops dropped from the front of a very long chain (see `droppedHops`). */
  hop: number;
  url: string;
  method: string;
  /** null when no status was observed (never invented). */
  statusCode: number | null;
  statusLine: string | null;
  /** The registry's phrase for the status, for the vendor that answered. */
  phrase: string;
  /** 'server' | 'browser-hsts' | 'browser-internal' | 'client-meta-refresh' | 'client-javascript' | 'client-unknown' | null */
  madeBy: string | null;
  redirectUrl: string | null;
  /** 'permanent' | 'temporary' | 'client-side' | 'HSTS' | 'browser-internal' | 'other' | null (no redirect). */
  redirectType: string | null;
  nonAuthoritativeReason: string | null;
  clientDelaySeconds: number | null;
  ip: string | null;
  /** true: `ip` is a proxy's address. */
  viaProxy: boolean;
  /** 'HTTP/1.1', 'HTTP/2', 'HTTP/3' as the browser reported it; null when it did not (Chromium's webRequest never does). */
  httpVersion: string | null;
  fromCache: boolean | null;
  error: string | null;
  vendors: ExportJsonVendor[];
  /** The response headers the capture core keeps (redirect and producer headers), credentials redacted. */
  headers: HeaderEntry[];
  explanation: ExportJsonExplanation | null;
  timing: ExportJsonTiming;
}

interface ExportJsonFinal {
  statusCode: number;
  statusLine: string | null;
  phrase: string;
  /** 'network' | 'disk-cache' */
  source: string | null;
  vendors: ExportJsonVendor[];
  explanation: ExportJsonExplanation | null;
}

interface ExportJsonSubresource {
  url: string;
  type: string;
  frameId: number | null;
  method: string | null;
  statusCode: number | null;
  statusLine: string | null;
  phrase: string;
  fromCache: boolean | null;
  ip: string | null;
  httpVersion: string | null;
  vendors: ExportJsonVendor[];
  redirectUrl: string | null;
  error: string | null;
  timing: ExportJsonTiming;
}

interface ExportJsonRequestFailure {
  url: string;
  type: string;
  frameId: number | null;
  error: string;
  phrase: string;
  timing: ExportJsonTiming;
}

export interface ExportJsonV1 {
  format: typeof JSON_FORMAT_VERSION;
  /** false when the person chose to export secrets. */
  redacted: boolean;
  page: {
    loadId: string;
    tabId: number | null;
    url: string;
    /** ISO 8601, UTC. */
    startedAt: string | null;
    startedAtMs: number | null;
    /** 'loading' | 'complete' | 'error' */
    state: string;
    committed: boolean;
    noDocument: boolean;
    incognito: boolean | null;
    prerendered: boolean;
    transitionType: string | null;
    transitionQualifiers: string[];
    /** How this page was reached from the previous one, when it was a client-side redirect. */
    arrivedBy: string | null;
    redirectedFromLoadId: string | null;
    redirectedToLoadId: string | null;
    error: string | null;
  };
  /** 'network' | 'disk-cache' | 'service-worker' | 'browser' | 'not-observable' | null */
  source: string | null;
  /** Why nothing was observed ('back-forward-cache', …); null when a response was observed. */
  notObservedReason: string | null;
  /** The response that ended the chain; null when none was observed. */
  final: ExportJsonFinal | null;
  chain: ExportJsonHop[];
  droppedHops: number;
  findings: { kind: string; severity: string; hops: number[]; message: string }[];
  /** Every kept sub-resource response (not only the failing ones). */
  subresources: ExportJsonSubresource[];
  droppedSubresources: number;
  /** Sub-resource requests that failed before any response. */
  errors: ExportJsonRequestFailure[];
  droppedErrors: number;
  /** Sub-resource outcomes by class, dropped ones included. */
  counts: ResponseCounts;
  spaNavigations: { url: string; at: number | null; transitionType: string | null }[];
  droppedSpaNavigations: number;
}

function timing(t: Timing): ExportJsonTiming {
  return { start: t.start ?? null, end: t.end ?? null, durationMs: timingDuration(t) ?? null };
}

function explanation(e: ExplanationRef | undefined): ExportJsonExplanation | null {
  if (e === undefined) return null;
  // The capture stores no prose; the export, loaded on demand, brings the registry and finds the summary there.
  return { code: e.code, phrase: e.phrase, summary: entryOf(e)?.summary ?? null, statusClass: e.statusClass ?? null, originId: e.originId ?? null };
}

function vendors(list: readonly VendorRef[] | undefined): ExportJsonVendor[] {
  return (list ?? []).map((v) => ({ id: v.id, name: v.name }));
}

/** One hop of a chain, the same shape in a load's export and in the checker's (format-checks.ts). */
export function jsonHop(load: Pick<PageLoad, 'chain' | 'droppedHops'>, h: Hop, index: number): ExportJsonHop {
  const redirect = hopRedirect(load, index);
  return {
    hop: hopNumber(load, index),
    url: h.url,
    method: h.method,
    statusCode: h.statusCode ?? null,
    statusLine: h.statusLine ?? null,
    phrase: responseWords(h, h.explanation),
    madeBy: h.madeBy ?? null,
    redirectUrl: redirect?.url ?? null,
    redirectType: redirect?.type ?? null,
    nonAuthoritativeReason: h.nonAuthoritativeReason ?? null,
    clientDelaySeconds: h.clientDelaySeconds ?? null,
    ip: h.ip ?? null,
    viaProxy: h.viaProxy === true,
    httpVersion: httpVersionOf({ record: h }) ?? null,
    fromCache: h.fromCache ?? null,
    error: h.error ?? null,
    vendors: vendors(h.vendors),
    headers: (h.headers ?? []).map((x) => ({ name: x.name, value: x.value })),
    explanation: explanation(h.explanation),
    timing: timing(h.timing),
  };
}

function final(f: PageLoad['final']): ExportJsonFinal | null {
  if (f === undefined) return null;
  return {
    statusCode: f.statusCode,
    statusLine: f.statusLine ?? null,
    phrase: responseWords(f, f.explanation),
    source: mayLack(f.source) ?? null,
    vendors: vendors(f.vendors),
    explanation: explanation(f.explanation),
  };
}

function subresource(s: SubresourceRecord): ExportJsonSubresource {
  return {
    url: s.url,
    type: s.type,
    frameId: mayLack(s.frameId) ?? null,
    method: s.method ?? null,
    statusCode: s.statusCode ?? null,
    statusLine: s.statusLine ?? null,
    phrase: responseWords(s),
    fromCache: s.fromCache ?? null,
    ip: s.ip ?? null,
    httpVersion: httpVersionOf({ record: s }) ?? null,
    vendors: vendors(s.vendors),
    redirectUrl: s.redirectUrl ?? null,
    error: s.error ?? null,
    timing: timing(s.timing),
  };
}

function failure(e: RequestFailure): ExportJsonRequestFailure {
  return { url: e.url, type: e.type, frameId: mayLack(e.frameId) ?? null, error: e.error, phrase: responseWords({ error: e.error }), timing: timing(e.timing) };
}

function toExportJson(load: PageLoad, redacted: boolean): ExportJsonV1 {
  const c = load.counts;
  return {
    format: JSON_FORMAT_VERSION,
    redacted,
    page: {
      loadId: load.id,
      tabId: mayLack(load.tabId) ?? null,
      url: load.url,
      startedAt: startedAtIso(load) ?? null,
      startedAtMs: mayLack(load.startedAt) ?? null,
      state: load.state,
      committed: load.committed,
      noDocument: load.noDocument === true,
      incognito: load.incognito ?? null,
      prerendered: load.prerendered === true,
      transitionType: load.transitionType ?? null,
      transitionQualifiers: [...(load.transitionQualifiers ?? [])],
      arrivedBy: load.arrivedBy ?? null,
      redirectedFromLoadId: load.redirectedFromLoadId ?? null,
      redirectedToLoadId: load.redirectedToLoadId ?? null,
      error: load.error ?? null,
    },
    source: loadSource(load) ?? null,
    notObservedReason: load.final === undefined ? (load.notObservedReason ?? null) : null,
    final: final(load.final),
    chain: load.chain.map((h, i) => jsonHop(load, h, i)),
    droppedHops: load.droppedHops,
    findings: load.findings.map((f) => ({ kind: f.kind, severity: f.severity, hops: findingHopNumbers(load, f.hops), message: f.message })),
    subresources: load.subresources.map(subresource),
    droppedSubresources: load.droppedSubresources,
    errors: load.errors.map(failure),
    droppedErrors: load.droppedErrors,
    counts: {
      total: c.total,
      '1xx': c['1xx'],
      '2xx': c['2xx'],
      '3xx': c['3xx'],
      '4xx': c['4xx'],
      '5xx': c['5xx'],
      other: c.other,
      failed: c.failed,
      fromCache: c.fromCache,
    },
    spaNavigations: load.spaNavigations.map((n) => ({ url: n.url, at: n.at ?? null, transitionType: n.transitionType ?? null })),
    droppedSpaNavigations: load.droppedSpaNavigations,
  };
}

export function formatJson(load: PageLoad, redacted: boolean): string {
  return `${JSON.stringify(toExportJson(load, redacted), null, 2)}\n`;
}
