/**
 * Turns a PageLoad into the view every export format prints. Redaction, cleaning and the words for
 * each status are decided here once, for all formats: the formatters only lay the view out.
 */
import type { ExplanationRef } from '../capture/capture-state';
import { redirectType } from '../words/hop-tags';
import { madeByLabel } from '../words/made-by-words';
import { notObservedClause } from '../words/not-observed-words';
import { loadSourceLabel } from '../words/source-words';
import { explainRecord, type RecordFacts } from '../registry/record-explanation';
import { responsePhrase } from '../registry/response-phrase';
import { bool, count, field, fields, finite, isoTime, list, statusCode, type Fields } from './read-input';
import { Cleaner, timing } from './value-cleaner';
import {
  COUNT_KEYS,
  type CountsView,
  type FailingView,
  type FinalView,
  type FindingView,
  type HopView,
  type LoadView,
  type RequestFailureView,
  type SpaNavigationView,
  type SubresourceView,
  type VendorView,
} from './view-types';

export type * from './view-types';

/** '404.3 Not Found – …' when the stored explanation is about a more specific code than the bare status. */
function detailOf(explanation: ExplanationRef | undefined, status: number | undefined): string | undefined {
  if (explanation === undefined || status === undefined || explanation.code === String(status)) return undefined;
  return `${explanation.code} ${explanation.phrase}`;
}

/** Said for a record with neither a status nor an error. */
const NO_RESPONSE = 'No response';

/**
 * The meaning stored with the record, else the one the registry's `explainRecord` (the background's
 * own chooser) gives for its stored facts: sub-resources are explained where they are shown.
 */
function meaningOf(
  status: number | undefined,
  statusLine: string | undefined,
  stored: ExplanationRef | undefined,
  vendors: readonly VendorView[],
  error?: string,
): ExplanationRef | undefined {
  if (stored !== undefined) return stored;
  const facts: RecordFacts = { vendors };
  if (status !== undefined) facts.statusCode = status;
  if (statusLine !== undefined) facts.statusLine = statusLine;
  if (error !== undefined) facts.error = error;
  try {
    return explainRecord(facts);
  } catch {
    // A registry bug must not break copying a report: the server's own words are shown instead.
    return undefined;
  }
}

function phraseFor(
  c: Cleaner,
  status: number | undefined,
  statusLine: string | undefined,
  stored: ExplanationRef | undefined,
  vendors: readonly VendorView[],
  error?: string,
): string {
  const explanation = meaningOf(status, statusLine, stored, vendors, error);
  return c.text(responsePhrase({ explanation, statusLine, error }) || NO_RESPONSE) ?? '';
}

function hopView(c: Cleaner, raw: unknown, number: number, next: unknown): HopView {
  const h = fields(raw);
  const status = statusCode(field(h, 'statusCode'));
  const statusLine = c.text(field(h, 'statusLine'));
  const vendors = c.vendors(field(h, 'vendors'));
  const explanation = c.explanation(field(h, 'explanation'));
  const error = c.text(field(h, 'error'));
  const madeBy = c.text(field(h, 'madeBy'));
  const hop: HopView = {
    number,
    url: c.url(field(h, 'url')) ?? '',
    method: c.text(field(h, 'method')) ?? 'GET',
    phrase: phraseFor(c, status, statusLine, explanation, vendors, error),
    madeByLabel: madeByLabel(madeBy),
    viaProxy: bool(field(h, 'viaProxy')) === true,
    timing: timing(field(h, 'timing')),
    vendors,
    headers: c.headers(field(h, 'headers')),
  };
  if (status !== undefined) hop.statusCode = status;
  if (statusLine !== undefined) hop.statusLine = statusLine;
  const detail = detailOf(explanation, status);
  if (detail !== undefined) hop.detail = detail;
  if (madeBy !== undefined) hop.madeBy = madeBy;
  // Every hop but the last moved the browser to the next one, even when the event naming the target was missed.
  const redirectTo = c.url(field(h, 'redirectUrl')) ?? (next !== undefined ? c.url(field(fields(next), 'url')) : undefined);
  if (redirectTo !== undefined) {
    hop.redirectTo = redirectTo;
    hop.redirectType = redirectType(madeBy, status);
  }
  const reason = c.text(field(h, 'nonAuthoritativeReason'));
  if (reason !== undefined) hop.nonAuthoritativeReason = reason;
  const delay = finite(field(h, 'clientDelaySeconds'));
  if (delay !== undefined) hop.clientDelaySeconds = delay;
  const ip = c.text(field(h, 'ip'));
  if (ip !== undefined) hop.ip = ip;
  const fromCache = bool(field(h, 'fromCache'));
  if (fromCache !== undefined) hop.fromCache = fromCache;
  if (error !== undefined) hop.error = error;
  if (explanation !== undefined) hop.explanation = explanation;
  return hop;
}

function finalView(c: Cleaner, raw: unknown): FinalView | undefined {
  const f = fields(raw);
  const status = statusCode(field(f, 'statusCode'));
  // A final response without a usable status is no final response: say "not observed" instead.
  if (status === undefined) return undefined;
  const statusLine = c.text(field(f, 'statusLine'));
  const vendors = c.vendors(field(f, 'vendors'));
  const explanation = c.explanation(field(f, 'explanation'));
  const view: FinalView = { statusCode: status, phrase: phraseFor(c, status, statusLine, explanation, vendors), vendors };
  if (statusLine !== undefined) view.statusLine = statusLine;
  const detail = detailOf(explanation, status);
  if (detail !== undefined) view.detail = detail;
  const source = c.text(field(f, 'source'));
  if (source !== undefined) view.source = source;
  if (explanation !== undefined) view.explanation = explanation;
  return view;
}

function subresourceView(c: Cleaner, raw: unknown): SubresourceView {
  const s = fields(raw);
  const status = statusCode(field(s, 'statusCode'));
  const statusLine = c.text(field(s, 'statusLine'));
  const vendors = c.vendors(field(s, 'vendors'));
  const error = c.text(field(s, 'error'));
  const view: SubresourceView = {
    url: c.url(field(s, 'url')) ?? '',
    type: c.text(field(s, 'type')) ?? '',
    phrase: phraseFor(c, status, statusLine, undefined, vendors, error),
    vendors,
    timing: timing(field(s, 'timing')),
  };
  const frameId = finite(field(s, 'frameId'));
  if (frameId !== undefined) view.frameId = frameId;
  const method = c.text(field(s, 'method'));
  if (method !== undefined) view.method = method;
  if (status !== undefined) view.statusCode = status;
  if (statusLine !== undefined) view.statusLine = statusLine;
  const fromCache = bool(field(s, 'fromCache'));
  if (fromCache !== undefined) view.fromCache = fromCache;
  const ip = c.text(field(s, 'ip'));
  if (ip !== undefined) view.ip = ip;
  const redirect = c.url(field(s, 'redirectUrl'));
  if (redirect !== undefined) view.redirectUrl = redirect;
  if (error !== undefined) view.error = error;
  return view;
}

function failureView(c: Cleaner, raw: unknown): RequestFailureView {
  const e = fields(raw);
  const error = c.text(field(e, 'error')) ?? '';
  const view: RequestFailureView = {
    url: c.url(field(e, 'url')) ?? '',
    type: c.text(field(e, 'type')) ?? '',
    error,
    phrase: phraseFor(c, undefined, undefined, undefined, [], error),
    timing: timing(field(e, 'timing')),
  };
  const frameId = finite(field(e, 'frameId'));
  if (frameId !== undefined) view.frameId = frameId;
  return view;
}

/** 4xx and 5xx responses, responses that then failed, and failures without any response. */
function failingOf(subresources: readonly SubresourceView[], errors: readonly RequestFailureView[]): FailingView[] {
  const out: FailingView[] = [];
  for (const s of subresources) {
    const bad = s.statusCode !== undefined && s.statusCode >= 400 && s.statusCode <= 599;
    if (!bad && s.error === undefined) continue;
    const item: FailingView = { url: s.url, type: s.type, phrase: s.phrase };
    if (s.statusCode !== undefined) item.statusCode = s.statusCode;
    if (s.error !== undefined) item.error = s.error;
    out.push(item);
  }
  for (const e of errors) out.push({ url: e.url, type: e.type, error: e.error, phrase: e.phrase });
  return out;
}

function findingView(c: Cleaner, raw: unknown, firstNumber: number): FindingView {
  const f = fields(raw);
  const hops: number[] = [];
  for (const i of list(field(f, 'hops'))) {
    if (typeof i === 'number' && Number.isInteger(i) && i >= 0) hops.push(firstNumber + i);
  }
  return {
    kind: c.text(field(f, 'kind')) ?? '',
    severity: c.text(field(f, 'severity')) ?? '',
    hops,
    message: c.text(field(f, 'message')) ?? '',
  };
}

function countsView(raw: unknown): CountsView {
  const r = fields(raw);
  const out = {} as CountsView;
  for (const key of COUNT_KEYS) out[key] = count(field(r, key));
  return out;
}

export function buildLoadView(load: unknown, redact: boolean): LoadView {
  const c = new Cleaner(redact);
  const l: Fields = fields(load);
  const droppedHops = count(field(l, 'droppedHops'));
  const rawChain = list(field(l, 'chain'));
  const chain = rawChain.map((hop, i) => hopView(c, hop, droppedHops + i + 1, rawChain[i + 1]));
  const final = finalView(c, field(l, 'final'));
  const subresources = list(field(l, 'subresources')).map((s) => subresourceView(c, s));
  const errors = list(field(l, 'errors')).map((e) => failureView(c, e));
  const startedAt = finite(field(l, 'startedAt'));
  const source = c.text(field(l, 'source')) ?? final?.source;
  const arrivedBy = c.text(field(l, 'arrivedBy'));
  const lastHop = chain[chain.length - 1];

  const view: LoadView = {
    redacted: redact,
    id: c.text(field(l, 'id')) ?? '',
    url: c.url(field(l, 'url')) ?? lastHop?.url ?? '',
    state: c.text(field(l, 'state')) ?? '',
    committed: bool(field(l, 'committed')) === true,
    noDocument: bool(field(l, 'noDocument')) === true,
    // Firefox says so on every request; Chrome's events do not, and an unknown is not a "no".
    incognito: bool(field(l, 'incognito')) ?? null,
    prerendered: bool(field(l, 'prerendered')) === true,
    transitionQualifiers: list(field(l, 'transitionQualifiers')).flatMap((q) => c.text(q) ?? []),
    arrivedByLabel: madeByLabel(arrivedBy),
    sourceLabel: loadSourceLabel(source),
    answeredBy: final?.vendors.length ? final.vendors : (lastHop?.vendors ?? []),
    chain,
    droppedHops,
    findings: list(field(l, 'findings')).map((f) => findingView(c, f, droppedHops + 1)),
    subresources,
    droppedSubresources: count(field(l, 'droppedSubresources')),
    errors,
    droppedErrors: count(field(l, 'droppedErrors')),
    failing: failingOf(subresources, errors),
    counts: countsView(field(l, 'counts')),
    spaNavigations: list(field(l, 'spaNavigations')).map((n) => {
      const s = fields(n);
      const nav: SpaNavigationView = { url: c.url(field(s, 'url')) ?? '' };
      const at = finite(field(s, 'at'));
      if (at !== undefined) nav.at = at;
      const transition = c.text(field(s, 'transitionType'));
      if (transition !== undefined) nav.transitionType = transition;
      return nav;
    }),
    droppedSpaNavigations: count(field(l, 'droppedSpaNavigations')),
  };
  const tabId = finite(field(l, 'tabId'));
  if (tabId !== undefined) view.tabId = tabId;
  if (startedAt !== undefined) view.startedAt = startedAt;
  const when = isoTime(startedAt);
  if (when !== undefined) view.when = when;
  const transitionType = c.text(field(l, 'transitionType'));
  if (transitionType !== undefined) view.transitionType = transitionType;
  const error = c.text(field(l, 'error'));
  if (error !== undefined) {
    view.error = error;
    view.errorPhrase = phraseFor(c, undefined, undefined, undefined, [], error);
  }
  if (arrivedBy !== undefined) view.arrivedBy = arrivedBy;
  const from = c.text(field(l, 'redirectedFromLoadId'));
  if (from !== undefined) view.redirectedFromLoadId = from;
  const to = c.text(field(l, 'redirectedToLoadId'));
  if (to !== undefined) view.redirectedToLoadId = to;
  if (source !== undefined) view.source = source;
  const reason = c.text(field(l, 'notObservedReason'));
  if (reason !== undefined) view.notObservedReason = reason;
  if (final !== undefined) view.final = final;
  else view.notObservedText = notObservedText(view);
  return view;
}

/** Why there is no final status, in words. Never a made-up code. */
function notObservedText(view: LoadView): string {
  if (view.error !== undefined) return `the load failed without a response: ${view.error} (${view.errorPhrase ?? ''})`;
  if (view.notObservedReason !== undefined || view.source === 'not-observable') return notObservedClause(view.notObservedReason);
  if (view.state === 'loading') return 'no response yet: the page is still loading';
  if (view.noDocument) return 'the navigation did not replace the page';
  return 'no response was observed';
}
