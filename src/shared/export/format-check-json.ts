/**
 * The checker's results for other programs: `status-inspector-check/1`, described field by field in
 * docs/export-json.md. Each result's chain uses the page-load export's hop shape (`jsonHop`), so a
 * script reads a hop the same way in both. The same rules as the load's JSON: every key present,
 * `null` for unknown, strings cleaned and (by default) redacted, hop numbers 1-based.
 */
import { checkNote, endHop, finalResponse, redirectCount } from '../checker/check-result';
import type { I18n } from '../i18n/create-i18n';
import { vendorNames } from '../words/response-facts';
import { jsonHop, type ExportJsonHop } from './format-json';
import type { JudgedCheck } from './judged-check';
import { findingHopNumbers, responseWords } from './report-phrases';

const CHECK_JSON_FORMAT_VERSION = 'status-inspector-check/1';

interface ExportJsonCheck {
  /** The line of the list the URL came from. */
  line: number;
  url: string;
  /** 'done' | 'skipped' | 'running' | 'queued' (the last two when the export was made during the run). */
  state: string;
  /** 'host-failing' | 'stopped' | null */
  skipped: string | null;
  /** 'timeout' | 'not-observed' | null: the check, not the server, gave no answer. */
  failure: string | null;
  /** Why there is no response, in one sentence, when the check is the reason. */
  note: string | null;
  /** The final response's status; null when the chain ended without one (never invented). */
  finalStatus: number | null;
  /** What the last hop's status (else its error) means. */
  phrase: string | null;
  /** Where the chain ended: the last hop's URL. */
  finalUrl: string | null;
  redirects: number;
  /** Who answered the final response ('nginx behind Cloudflare' names, comma-separated); null when not identified. */
  answeredBy: string | null;
  ip: string | null;
  /** From the request's start to the final response's headers (or the failure). */
  ms: number | null;
  /** The first answer of a URL asked once more after a 429 or 503 with Retry-After; null when it was asked once. */
  retried: { firstStatus: number; retryAfter: string; retriedAt: number | null } | null;
  /** A redirect map's row: the target it expects; null in a run that was not a map's. */
  expectedUrl: string | null;
  /** The code the row expects; null when it gave none (any permanent redirect is right). */
  expectedStatus: number | null;
  /** The row's verdict, a token ('right', 'wrong-target', …); null when not a map's row, or not checked. */
  verdict: string | null;
  /** The verdict in one sentence, in the export's language. */
  verdictSentence: string | null;
  droppedHops: number;
  findings: { kind: string; severity: string; hops: number[]; message: string }[];
  chain: ExportJsonHop[];
}

interface ExportJsonChecks {
  format: typeof CHECK_JSON_FORMAT_VERSION;
  redacted: boolean;
  results: ExportJsonCheck[];
}

function check(r: JudgedCheck, i18n: I18n): ExportJsonCheck {
  const final = finalResponse(r);
  const last = endHop(r);
  return {
    line: r.line,
    url: r.url,
    state: r.state,
    skipped: r.skipped ?? null,
    failure: r.failure ?? null,
    note: checkNote(r, i18n) ?? null,
    finalStatus: final?.statusCode ?? null,
    phrase: last !== undefined ? responseWords(last, last.explanation) : null,
    finalUrl: last?.url ?? null,
    redirects: redirectCount(r.chain),
    answeredBy: vendorNames(final?.vendors) || null,
    ip: final?.ip ?? last?.ip ?? null,
    ms: r.ms ?? null,
    retried: r.retried === undefined ? null : { firstStatus: r.retried.firstStatus, retryAfter: r.retried.retryAfter, retriedAt: r.retried.retriedAt ?? null },
    expectedUrl: r.expected?.to ?? null,
    expectedStatus: r.expected?.expectedCode ?? null,
    verdict: r.verdict ?? null,
    verdictSentence: r.verdictSentence ?? null,
    droppedHops: r.droppedHops,
    findings: r.findings.map((f) => ({ kind: f.kind, severity: f.severity, hops: findingHopNumbers(r, f.hops), message: f.message })),
    chain: r.chain.map((h, i) => jsonHop(r, h, i)),
  };
}

/** Pretty-printed with two spaces, ending with a newline. */
export function formatCheckJson(results: readonly JudgedCheck[], redacted: boolean, i18n: I18n): string {
  const out: ExportJsonChecks = { format: CHECK_JSON_FORMAT_VERSION, redacted, results: results.map((r) => check(r, i18n)) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
