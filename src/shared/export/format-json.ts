/**
 * The machine-readable export. Its shape is a contract with whoever parses it (scripts, bug reports,
 * other tools), so it is written out here field by field rather than dumping the internal PageLoad:
 * the capture core may change its state; this stays `status-inspector/1` until a breaking change
 * bumps the version. Rules: every key is always present (unknown values are `null`, lists `[]`), keys
 * come in a fixed order, numbers are finite, strings are cleaned and (by default) redacted, hop numbers
 * are 1-based as in the other exports. Pretty-printed with 2 spaces.
 */
import type { HeaderEntry } from '../capture/capture-event';
import type { CountsView, FinalView, HopView, LoadView, RequestFailureView, SubresourceView, TimingView, VendorView } from './load-view';

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

interface ExportJsonHop {
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
  fromCache: boolean | null;
  error: string | null;
  vendors: VendorView[];
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
  vendors: VendorView[];
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
  vendors: VendorView[];
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
  counts: CountsView;
  spaNavigations: { url: string; at: number | null; transitionType: string | null }[];
  droppedSpaNavigations: number;
}

function timing(t: TimingView): ExportJsonTiming {
  return { start: t.start ?? null, end: t.end ?? null, durationMs: t.duration ?? null };
}

function explanation(e: HopView['explanation']): ExportJsonExplanation | null {
  if (e === undefined) return null;
  return { code: e.code, phrase: e.phrase, summary: e.summary ?? null, statusClass: e.statusClass ?? null, originId: e.originId ?? null };
}

function hop(h: HopView): ExportJsonHop {
  return {
    hop: h.number,
    url: h.url,
    method: h.method,
    statusCode: h.statusCode ?? null,
    statusLine: h.statusLine ?? null,
    phrase: h.phrase,
    madeBy: h.madeBy ?? null,
    redirectUrl: h.redirectTo ?? null,
    redirectType: h.redirectType ?? null,
    nonAuthoritativeReason: h.nonAuthoritativeReason ?? null,
    clientDelaySeconds: h.clientDelaySeconds ?? null,
    ip: h.ip ?? null,
    viaProxy: h.viaProxy,
    fromCache: h.fromCache ?? null,
    error: h.error ?? null,
    vendors: h.vendors.map((v) => ({ id: v.id, name: v.name })),
    headers: h.headers.map((x) => ({ name: x.name, value: x.value })),
    explanation: explanation(h.explanation),
    timing: timing(h.timing),
  };
}

function final(f: FinalView | undefined): ExportJsonFinal | null {
  if (f === undefined) return null;
  return {
    statusCode: f.statusCode,
    statusLine: f.statusLine ?? null,
    phrase: f.phrase,
    source: f.source ?? null,
    vendors: f.vendors.map((v) => ({ id: v.id, name: v.name })),
    explanation: explanation(f.explanation),
  };
}

function subresource(s: SubresourceView): ExportJsonSubresource {
  return {
    url: s.url,
    type: s.type,
    frameId: s.frameId ?? null,
    method: s.method ?? null,
    statusCode: s.statusCode ?? null,
    statusLine: s.statusLine ?? null,
    phrase: s.phrase,
    fromCache: s.fromCache ?? null,
    ip: s.ip ?? null,
    vendors: s.vendors.map((v) => ({ id: v.id, name: v.name })),
    redirectUrl: s.redirectUrl ?? null,
    error: s.error ?? null,
    timing: timing(s.timing),
  };
}

function failure(e: RequestFailureView): ExportJsonRequestFailure {
  return { url: e.url, type: e.type, frameId: e.frameId ?? null, error: e.error, phrase: e.phrase, timing: timing(e.timing) };
}

function toExportJson(view: LoadView): ExportJsonV1 {
  return {
    format: JSON_FORMAT_VERSION,
    redacted: view.redacted,
    page: {
      loadId: view.id,
      tabId: view.tabId ?? null,
      url: view.url,
      startedAt: view.when ?? null,
      startedAtMs: view.startedAt ?? null,
      state: view.state,
      committed: view.committed,
      noDocument: view.noDocument,
      incognito: view.incognito,
      prerendered: view.prerendered,
      transitionType: view.transitionType ?? null,
      transitionQualifiers: [...view.transitionQualifiers],
      arrivedBy: view.arrivedBy ?? null,
      redirectedFromLoadId: view.redirectedFromLoadId ?? null,
      redirectedToLoadId: view.redirectedToLoadId ?? null,
      error: view.error ?? null,
    },
    source: view.source ?? null,
    notObservedReason: view.final === undefined ? (view.notObservedReason ?? null) : null,
    final: final(view.final),
    chain: view.chain.map(hop),
    droppedHops: view.droppedHops,
    findings: view.findings.map((f) => ({ kind: f.kind, severity: f.severity, hops: [...f.hops], message: f.message })),
    subresources: view.subresources.map(subresource),
    droppedSubresources: view.droppedSubresources,
    errors: view.errors.map(failure),
    droppedErrors: view.droppedErrors,
    counts: { ...view.counts },
    spaNavigations: view.spaNavigations.map((n) => ({ url: n.url, at: n.at ?? null, transitionType: n.transitionType ?? null })),
    droppedSpaNavigations: view.droppedSpaNavigations,
  };
}

export function formatJson(view: LoadView): string {
  return `${JSON.stringify(toExportJson(view), null, 2)}\n`;
}
