/**
 * The one cleaning pass of an export. The load may be anything (read back from storage, written by an
 * older version, half built, hostile): this walks it and returns the capture's own `PageLoad`, every
 * string one line and capped, URLs and headers redacted when asked, numbers that are not finite dropped.
 * The formatters then read the capture's records directly; no second shape is built.
 *
 * A field no table below names is carried through by what it holds: strings cleaned (a key ending in
 * `url` as a URL), finite numbers, booleans, lists and records walked; `headers`, `vendors` and
 * `explanation` are cleaned as such wherever they appear. So a field the capture core adds reaches the
 * formatters with no change here. The tables give only what a field needs beyond that: its type (a
 * damaged load may hold a number where a string belongs), a default the formatters rely on, the range
 * of a status, the known words of an enumeration.
 *
 * A number the load does not hold validly is absent, even where the type requires one (`tabId`,
 * `startedAt`, `frameId`): the formats print those as unknown rather than invent one.
 */
import type { ExplanationRef, Finding, Hop, PageLoad, RequestFailure, ResponseCounts, SubresourceRecord, Timing, VendorRef } from '../capture/capture-state';
import type { CheckResult } from '../checker/check-result';
import { VERDICT_LABELS } from '../checker/redirect-verdict';
import { CONFIDENCES, FAILURE_CAUSES, ROLE_ORDER, type MadeByRef, type OwnAnswer } from '../fingerprints/vendor-types';
import type { JudgedCheck } from './judged-check';
import { bool, count, field, fields, finite, list, statusCode } from './read-input';
import { redactHeaderValue } from './redact';
import { Cleaner } from './value-cleaner';

/** Cleans one value; undefined leaves the field out. `depth` bounds the walk of what no table names. */
type Rule = (value: unknown, c: Cleaner, depth: number) => unknown;

interface Shape<T> {
  /** Run for each named field, present or not, so a rule can give a default. */
  rules: { readonly [K in keyof T]?: Rule };
  /** Fills what depends on other fields; false drops the record. */
  finish?: (record: Record<string, unknown>) => boolean;
}

/** Deeper than the capture's records go: what no table names is not walked further. */
const MAX_DEPTH = 8;
const URL_KEY = /urls?$/i;

const text: Rule = (v, c) => c.text(v);
const url: Rule = (v, c) => c.url(v);
const number: Rule = (v) => finite(v);
const flag: Rule = (v) => bool(v);
const status: Rule = (v) => statusCode(v);
const counter: Rule = (v) => count(v);
const texts: Rule = (v, c) => (Array.isArray(v) ? v.flatMap((item) => c.text(item) ?? []) : undefined);
function or(rule: Rule, fallback: unknown): Rule {
  return (v, c, depth) => rule(v, c, depth) ?? fallback;
}
function oneOf(words: readonly string[]): Rule {
  return (v) => (typeof v === 'string' && words.includes(v) ? v : undefined);
}
function recordOf<T>(shape: Shape<T>): Rule {
  return (v, c, depth) => walk(v, shape, c, depth);
}
/** Every item becomes a record (a damaged item gets the defaults), unless the shape drops it. */
function listOf<T>(shape: Shape<T>): Rule {
  return (v, c, depth) => list(v).flatMap((item) => walk(item, shape, c, depth) ?? []);
}

/** A vendor's proof is a header line (`set-cookie: …`): its value is redacted like the header's. */
const headerLine: Rule = (v, c) => {
  const line = c.text(v);
  const colon = line?.indexOf(':') ?? -1;
  if (line === undefined || colon < 0 || !c.redact) return line;
  return `${line.slice(0, colon + 1)} ${redactHeaderValue(line.slice(0, colon), line.slice(colon + 1).trim())}`;
};

/** A vendor's own error header and the cause it gives: only a cause of ours is kept. */
const OWN_ANSWER: Shape<OwnAnswer> = {
  rules: { cause: oneOf(FAILURE_CAUSES), proof: headerLine },
  finish: (o) => o['proof'] !== undefined,
};

const VENDOR: Shape<VendorRef> = {
  // Only the known words: the registry weighs a vendor by its role and confidence.
  rules: {
    id: text,
    name: text,
    role: oneOf(ROLE_ORDER),
    confidence: oneOf(CONFIDENCES),
    version: text,
    proof: headerLine,
    headers: texts,
    ownAnswer: recordOf(OWN_ANSWER),
  },
  finish: (v) => {
    if (v['id'] === undefined && v['name'] === undefined) return false;
    v['id'] ??= '';
    v['name'] ??= v['id'];
    return true;
  },
};

/** The proxy or CDN that made the response itself: its proof may quote an error header, redacted as one. */
const MADE_BY: Shape<MadeByRef> = {
  rules: { id: text, name: text, role: oneOf(ROLE_ORDER), cause: oneOf(FAILURE_CAUSES), probable: flag, proof: headerLine },
  finish: (m) => m['id'] !== undefined && m['name'] !== undefined,
};

const EXPLANATION: Shape<ExplanationRef> = {
  rules: { code: text, phrase: text, statusClass: text, originId: text, madeBy: recordOf(MADE_BY) },
  finish: (e) => e['code'] !== undefined && e['phrase'] !== undefined,
};

/** Cleaned as such under these keys, in any record. */
const BY_KEY: Readonly<Record<string, Rule>> = {
  headers: (v, c) => c.headers(v),
  vendors: listOf(VENDOR),
  explanation: recordOf(EXPLANATION),
};

const timing = recordOf<Timing>({ rules: { start: number, end: number, duration: number } });

const HOP: Shape<Hop> = {
  rules: {
    url: or(url, ''),
    method: or(text, 'GET'),
    statusCode: status,
    statusLine: text,
    ip: text,
    fromCache: flag,
    viaProxy: flag,
    timing,
    madeBy: text,
    nonAuthoritativeReason: text,
    redirectUrl: url,
    clientDelaySeconds: number,
    error: text,
  },
};

const FINAL: Shape<NonNullable<PageLoad['final']>> = {
  rules: { statusCode: status, statusLine: text, source: text },
  // A final response without a usable status is no final response: the formats say "not observed".
  finish: (f) => f['statusCode'] !== undefined,
};

const SUBRESOURCE: Shape<SubresourceRecord> = {
  rules: {
    url: or(url, ''),
    type: or(text, ''),
    frameId: number,
    method: text,
    statusCode: status,
    statusLine: text,
    fromCache: flag,
    ip: text,
    redirectUrl: url,
    error: text,
    timing,
  },
};

const FAILURE: Shape<RequestFailure> = { rules: { url: or(url, ''), type: or(text, ''), frameId: number, error: or(text, ''), timing } };

/** Indexes into the chain: whole numbers from 0. */
const hopIndexes: Rule = (v) => list(v).filter((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0);

const FINDING: Shape<Finding> = { rules: { kind: or(text, ''), severity: or(text, ''), hops: hopIndexes, message: or(text, '') } };

const COUNT_KEYS: readonly (keyof ResponseCounts)[] = ['total', '1xx', '2xx', '3xx', '4xx', '5xx', 'other', 'failed', 'fromCache'];
const COUNTS: Shape<ResponseCounts> = { rules: Object.fromEntries(COUNT_KEYS.map((key) => [key, counter])) };

const LOAD: Shape<PageLoad> = {
  rules: {
    id: or(text, ''),
    tabId: number,
    startedAt: number,
    url,
    state: or(text, ''),
    incognito: flag,
    committed: or(flag, false),
    noDocument: flag,
    transitionType: text,
    transitionQualifiers: texts,
    chain: listOf(HOP),
    droppedHops: counter,
    findings: listOf(FINDING),
    final: recordOf(FINAL),
    source: text,
    notObservedReason: text,
    error: text,
    redirectedFromLoadId: text,
    arrivedBy: text,
    redirectedToLoadId: text,
    prerendered: flag,
    subresources: listOf(SUBRESOURCE),
    droppedSubresources: counter,
    errors: listOf(FAILURE),
    droppedErrors: counter,
    counts: recordOf(COUNTS),
    spaNavigations: listOf<PageLoad['spaNavigations'][number]>({ rules: { url: or(url, ''), at: number, transitionType: text } }),
    droppedSpaNavigations: counter,
    tracking: recordOf<PageLoad['tracking']>({ rules: { navigationStarted: or(flag, false) } }),
  },
  finish: (l) => {
    // The page's URL: the committed one, else the last hop's.
    l['url'] ??= (l['chain'] as readonly Hop[]).at(-1)?.url ?? '';
    return true;
  },
};

/** A redirect map's expectation: a target URL, and a code only when it is one. */
const EXPECTED: Shape<NonNullable<CheckResult['expected']>> = {
  rules: { to: url, expectedCode: status },
  finish: (e) => e['to'] !== undefined,
};

/** The first answer of a retried URL: only what was observed, both its status and its Retry-After, or nothing. */
const RETRIED: Shape<NonNullable<CheckResult['retried']>> = {
  rules: { firstStatus: status, retryAfter: text, retriedAt: number },
  finish: (r) => r['firstStatus'] !== undefined && r['retryAfter'] !== undefined,
};

/** A URL the link checker checked: its chain and findings are a load's, cleaned by the same rules. */
const CHECK_RESULT: Shape<JudgedCheck> = {
  rules: {
    url: or(url, ''),
    line: or(counter, 0),
    state: or(oneOf(['queued', 'running', 'done', 'skipped']), 'queued'),
    chain: listOf(HOP),
    droppedHops: counter,
    findings: listOf(FINDING),
    failure: oneOf(['timeout', 'not-observed']),
    skipped: oneOf(['host-failing', 'stopped']),
    ms: number,
    expected: recordOf(EXPECTED),
    retried: recordOf(RETRIED),
    verdict: oneOf(Object.keys(VERDICT_LABELS)),
    verdictSentence: text,
  },
};

/** What no table names, cleaned by its key and by what it holds. */
function anyValue(key: string, value: unknown, c: Cleaner, depth: number): unknown {
  if (Object.hasOwn(BY_KEY, key)) return BY_KEY[key]?.(value, c, depth);
  if (typeof value === 'string') return URL_KEY.test(key) ? c.url(value) : c.text(value);
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'boolean') return value;
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return value.flatMap((item: unknown) => anyValue(key, item, c, depth + 1) ?? []);
  return walk(value, { rules: {} }, c, depth);
}

function walk<T>(value: unknown, shape: Shape<T>, c: Cleaner, depth: number): Record<string, unknown> | undefined {
  const input = fields(value);
  const out: Record<string, unknown> = {};
  const rules = shape.rules as Readonly<Record<string, Rule | undefined>>;
  const put = (key: string, cleaned: unknown): void => {
    // A load parsed from JSON may carry a `__proto__` key: it must not become the record's prototype.
    if (cleaned !== undefined && key !== '__proto__') out[key] = cleaned;
  };
  for (const [key, rule] of Object.entries(rules)) put(key, rule?.(field(input, key), c, depth + 1));
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(rules, key)) put(key, anyValue(key, input[key], c, depth + 1));
  }
  return shape.finish === undefined || shape.finish(out) ? out : undefined;
}

/** The load as the capture's own `PageLoad`, cleaned, and redacted unless `redact` is false. Never throws on odd input. */
export function cleanLoad(load: unknown, redact: boolean): PageLoad {
  // The rules above give each field of PageLoad its type, and its default where one is required.
  return walk(load, LOAD, new Cleaner(redact), 0) as unknown as PageLoad;
}

/** The checker's results, cleaned and redacted like a load (the same rules for every hop and finding). Never throws on odd input. */
export function cleanCheckResults(results: unknown, redact: boolean): JudgedCheck[] {
  const c = new Cleaner(redact);
  // The rules above give each field of JudgedCheck its type, and its default where one is required.
  return list(results).flatMap((r) => (walk(r, CHECK_RESULT, c, 0) as unknown as JudgedCheck | undefined) ?? []);
}
