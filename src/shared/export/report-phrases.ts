/**
 * The phrases of an export's report, read from the cleaned capture records (clean-load.ts). Each fact
 * a report derives (a hop's number, its words, where it sent the browser, why nothing was observed …)
 * has one function here, so text, Markdown, TSV, JSON and curl all say it the same way.
 */
import type { FailingRow } from '../capture/failing-rows';
import type { ExplanationRef, Finding, Hop, PageLoad, VendorRef } from '../capture/capture-state';
import type { I18n, MessageKey } from '../i18n/create-i18n';
import { explainRecord } from '../registry/explain';
import type { RecordFacts } from '../registry/record-explanation';
import { responsePhrase } from '../registry/response-phrase';
import { madeBySentence } from '../registry/maker-sentence';
import { metaRefreshAfter, redirectType, type RedirectType } from '../words/hop-tags';
import { madeByLabel } from '../words/made-by-words';
import { notObservedClause } from '../words/not-observed-words';
import { loadSourceLabel } from '../words/source-words';
import { vendorNames } from '../words/response-facts';
import { isoTime } from './read-input';

/** Said for a record with neither a status nor an error: in English in the JSON export, whose fields are a contract. */
const NO_RESPONSE = 'No response';

/** A chain as a load and a checked URL both hold it. */
type ChainOf = Pick<PageLoad, 'chain' | 'droppedHops'>;

/** 1-based, counting hops dropped from the front of a long chain, so numbers stay those of the real journey. */
export function hopNumber(load: ChainOf, index: number): number {
  return load.droppedHops + index + 1;
}

/** The hop numbers a finding concerns. */
export function findingHopNumbers(load: ChainOf, hops: readonly number[]): number[] {
  return hops.map((index) => hopNumber(load, index));
}

/** Where hop `index` sent the browser, and how; undefined for the hop that ended the chain. */
export function hopRedirect(load: ChainOf, index: number): { url: string; type: RedirectType } | undefined {
  const hop = load.chain[index];
  if (hop === undefined) return undefined;
  // Every hop but the last moved the browser to the next one, even when the event naming the target was missed.
  const url = hop.redirectUrl ?? (load.chain[index + 1]?.url || undefined);
  return url === undefined ? undefined : { url, type: redirectType(hop.madeBy, hop.statusCode) };
}

/**
 * The words for a response: the meaning stored with it, else the one the registry's `explainRecord`
 * (the background's own chooser) gives for its stored facts (sub-resources are explained where shown).
 */
export function responseWords(facts: RecordFacts, stored?: ExplanationRef, noResponse = NO_RESPONSE): string {
  let explanation = stored;
  if (explanation === undefined) {
    // Only the facts that bear on the meaning, whatever else the record holds.
    const { statusCode, statusLine, error, vendors } = facts;
    try {
      explanation = explainRecord({ statusCode, statusLine, error, vendors: vendors ?? [] });
    } catch {
      // A registry bug must not break copying a report: the server's own words are shown instead.
    }
  }
  return responsePhrase({ explanation, statusLine: facts.statusLine, error: facts.error }) || noResponse;
}

/** '404.3 Not Found – …' when the stored explanation is about a more specific code than the bare status. */
function meaningDetail(response: { statusCode?: number; explanation?: ExplanationRef }): string | undefined {
  const { explanation, statusCode } = response;
  if (explanation === undefined || statusCode === undefined || explanation.code === String(statusCode)) return undefined;
  return `${explanation.code} ${explanation.phrase}`;
}

/**
 * A field the capture always writes, read from a cleaned load that may lack it: clean-load.ts leaves
 * out what the input did not hold validly (a `tabId` that is no number), rather than invent a value.
 */
export function mayLack<T>(value: T): T | undefined {
  return value;
}

/** The page's source: the load's, else the final response's. */
export function loadSource(load: PageLoad): string | undefined {
  return load.source ?? load.final?.source;
}

/** ISO 8601 (UTC) of the load's start. */
export function startedAtIso(load: PageLoad): string | undefined {
  return isoTime(load.startedAt);
}

/** The vendors that answered the final response (or the last hop). */
function answeredBy(load: PageLoad): readonly VendorRef[] {
  const final = load.final?.vendors ?? [];
  return final.length > 0 ? final : (load.chain.at(-1)?.vendors ?? []);
}

/**
 * Who answered the final response, for a report: 'Cloudflare, nginx', and when a proxy or CDN made it
 * itself, the stored sentence that says so and why.
 */
function answeredByLine(load: PageLoad, i18n: I18n): string {
  const names = vendorNames(answeredBy(load)) || i18n.t('exportNotIdentified');
  const madeBy = (load.final ?? load.chain.at(-1))?.explanation?.madeBy;
  return madeBy ? `${names}. ${madeBySentence(madeBy)}` : names;
}

/** The words for the load's own error ('Connection refused'). */
function loadErrorWords(error: string): string {
  return responseWords({ error });
}

/** 'net::ERR_CONNECTION_REFUSED (Connection refused)', the words left out when they only repeat the error. */
function loadErrorLine(error: string): string {
  const words = loadErrorWords(error);
  return words !== error ? `${error} (${words})` : error;
}

/** The load's state when it is worth a line: anything but 'complete' (a damaged load may hold any word). */
function unfinishedState(load: PageLoad): string | undefined {
  const state: string = load.state;
  return state !== '' && state !== 'complete' ? state : undefined;
}

/** A finding's severity as the report prints it: 'info' when a damaged load left it empty. */
export function severityWord(finding: Finding, i18n: I18n): string {
  const severity: string = finding.severity;
  return Object.hasOwn(SEVERITY_WORDS, severity || 'info') ? i18n.t(SEVERITY_WORDS[severity || 'info'] as MessageKey) : severity;
}

/** The report's severity words, lower case in brackets: the words people read for error, warning and info. */
const SEVERITY_WORDS: Readonly<Record<string, MessageKey>> = { error: 'exportSeverityError', warning: 'exportSeverityWarning', info: 'exportSeverityInfo' };

/** Why there is no final status, in words. Never a made-up code. */
export function notObservedText(load: PageLoad, i18n: I18n): string {
  if (load.error !== undefined) return i18n.t('exportLoadFailed', load.error, loadErrorWords(load.error));
  if (load.notObservedReason !== undefined || loadSource(load) === 'not-observable') return notObservedClause(load.notObservedReason, i18n);
  if (load.state === 'loading') return i18n.t('exportStillLoading');
  if (load.noDocument === true) return i18n.t('exportNoDocument');
  return notObservedClause(undefined, i18n);
}

/** The code column: the status, else the error, else '—'. */
export function hopCode(hop: Hop): string {
  return hop.statusCode !== undefined ? String(hop.statusCode) : (hop.error ?? '—');
}

/** The words next to a hop's code: its phrase (with any more specific meaning), '' when it would repeat the error. */
export function hopWords(hop: Hop, i18n: I18n): string {
  const words = responseWords(hop, hop.explanation, i18n.t('exportNoResponse'));
  if (hop.statusCode !== undefined) return withDetail(words, meaningDetail(hop));
  return words === hop.error ? '' : words;
}

/** '200 OK', '404 Not Found (404.3 …)', 'net::ERR_CONNECTION_REFUSED Connection refused', '— No response'. */
export function hopStatus(hop: Hop, i18n: I18n): string {
  return joinWords(hopCode(hop), hopWords(hop, i18n));
}

/** The final status sentence, or why there is none: "not observed", never an invented code. */
function finalStatusOrNotObserved(load: PageLoad, i18n: I18n): string {
  const final = load.final;
  if (final !== undefined) {
    return withDetail(`${final.statusCode} ${responseWords(final, final.explanation, i18n.t('exportNoResponse'))}`, meaningDetail(final));
  }
  // A failed load says why here; otherwise the Source line gives the reason, once.
  return load.error !== undefined ? i18n.t('exportNotObservedBecause', notObservedText(load, i18n)) : i18n.t('exportNotObserved');
}

/** 'network', 'disk cache', or 'not observed — <why>' when no response was seen. */
function sourceOrNotObserved(load: PageLoad, i18n: I18n): string {
  const source = loadSource(load);
  if (load.final === undefined && (source === undefined || source === 'not-observable')) return i18n.t('exportNotObservedBecause', notObservedText(load, i18n));
  return loadSourceLabel(source, i18n) || i18n.t('exportUnknown');
}

export function failingCode(row: FailingRow): string {
  return row.statusCode !== undefined ? String(row.statusCode) : (row.error ?? '');
}

/** '404 Not Found', or a response that then failed: '200 OK, then net::ERR_ABORTED'. */
export function failingWords(row: FailingRow, i18n: I18n): string {
  const words = responseWords(row, undefined, i18n.t('exportNoResponse'));
  if (row.statusCode !== undefined) return row.error !== undefined ? i18n.t('exportThenError', words, row.error) : words;
  return words === row.error ? '' : words;
}

export function failingStatus(row: FailingRow, i18n: I18n): string {
  return joinWords(failingCode(row), failingWords(row, i18n));
}

/** 'server', 'meta refresh after 5 s', or '' when not known. */
export function hopMadeBy(hop: Hop, i18n: I18n): string {
  if (hop.clientDelaySeconds !== undefined && hop.madeBy === 'client-meta-refresh') return metaRefreshAfter(hop.clientDelaySeconds, i18n);
  return madeByLabel(hop.madeBy, i18n);
}

export function countsLine(load: PageLoad, i18n: I18n): string {
  const c = load.counts;
  const n = (value: number): string => i18n.number(value);
  return i18n.t('exportCounts', n(c.total), n(c['1xx']), n(c['2xx']), n(c['3xx']), n(c['4xx']), n(c['5xx']), n(c.other), n(c.failed), n(c.fromCache));
}

/** What the report says about redaction. */
export function redactionNote(redacted: boolean, i18n: I18n): string {
  return i18n.t(redacted ? 'exportRedactionOn' : 'exportRedactionOff');
}

function joinWords(a: string, b: string): string {
  return a !== '' && b !== '' ? `${a} ${b}` : a || b;
}

function withDetail(base: string, detail: string | undefined): string {
  return detail !== undefined ? `${base} (${detail})` : base;
}

/**
 * The report's opening facts, label and value, in their order: the page, when, its final status, who
 * answered, the source, then what only some loads have. The text and Markdown reports lay them out.
 */
export function loadFacts(load: PageLoad, redacted: boolean, i18n: I18n): [label: string, value: string][] {
  const facts: [string, string][] = [
    [i18n.t('exportPage'), load.url || i18n.t('exportUnknownPage')],
    [i18n.t('exportWhen'), startedAtIso(load) ?? i18n.t('exportUnknown')],
    [i18n.t('exportFinalStatus'), finalStatusOrNotObserved(load, i18n)],
    [i18n.t('exportAnsweredBy'), answeredByLine(load, i18n)],
    [i18n.t('exportSource'), sourceOrNotObserved(load, i18n)],
  ];
  const state = unfinishedState(load);
  if (state !== undefined) facts.push([i18n.t('exportState'), state]);
  if (load.error !== undefined) facts.push([i18n.t('exportError'), loadErrorLine(load.error)]);
  const arrivedBy = madeByLabel(load.arrivedBy, i18n);
  if (arrivedBy !== '') facts.push([i18n.t('exportArrivedBy'), i18n.t('exportArrivedFrom', arrivedBy)]);
  if (load.prerendered === true) facts.push([i18n.t('exportPrerendered'), i18n.t('factYes')]);
  facts.push([i18n.t('exportRedaction'), redactionNote(redacted, i18n)]);
  return facts;
}
