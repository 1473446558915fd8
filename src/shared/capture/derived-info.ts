/**
 * Calls the injected explain / detectVendors functions and copies out the few fields we store.
 * They are someone else's code: a throw from them must not stop capture, so it is contained here,
 * and their results are copied (not referenced) so nothing non-JSON can leak into the state.
 */
import type { HeaderEntry } from './capture-event';
import type { ExplanationRef, VendorRef } from './capture-state';
import { LIMITS, truncate } from './limits';
import type { ExplainInput, ReduceContext, VendorMatch } from './reduce-context';
import {
  CONFIDENCES,
  FAILURE_CAUSES,
  ROLE_ORDER,
  type Confidence,
  type FailureCause,
  type MadeByRef,
  type OwnAnswer,
  type VendorRole,
} from '../fingerprints/vendor-types';

/** The vendors to store for a response, detected on all its headers (also the panel's, for a request only DevTools saw). */
export function vendorsFor(ctx: Pick<ReduceContext, 'detectVendors'>, headers: readonly HeaderEntry[] | undefined): VendorRef[] | undefined {
  const detect = ctx.detectVendors;
  if (detect === undefined || headers === undefined || headers.length === 0) return undefined;
  let matches: unknown;
  try {
    matches = detect(headers);
  } catch {
    return undefined;
  }
  if (!Array.isArray(matches) || matches.length === 0) return undefined;
  const out: VendorRef[] = [];
  for (const match of matches as readonly (Partial<VendorMatch> | null | undefined)[]) {
    if (out.length >= LIMITS.maxVendorsPerResponse) break;
    const ref = vendorRefOf(match);
    if (ref !== undefined) out.push(ref);
  }
  return out.length > 0 ? out : undefined;
}

const ROLES: ReadonlySet<string> = new Set(ROLE_ORDER);
const CONFIDENCE_WORDS: ReadonlySet<string> = new Set(CONFIDENCES);
const CAUSES: ReadonlySet<string> = new Set(FAILURE_CAUSES);

/** A failure cause from someone else's code, kept only if it is one of ours. */
function causeOf(value: unknown): FailureCause | undefined {
  return typeof value === 'string' && CAUSES.has(value) ? (value as FailureCause) : undefined;
}

/** Who made a response, as the registry said it: short plain strings only. */
function madeByOf(value: unknown): MadeByRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, role, cause, probable, proof } = value as Partial<Record<keyof MadeByRef, unknown>>;
  if (typeof id !== 'string' || typeof name !== 'string') return undefined;
  const ref: MadeByRef = { id: truncate(id, 64), name: truncate(name, 128) };
  if (typeof role === 'string' && ROLES.has(role)) ref.role = role as VendorRole;
  const known = causeOf(cause);
  if (known !== undefined) ref.cause = known;
  if (probable === true) ref.probable = true;
  if (typeof proof === 'string') ref.proof = truncate(proof, 160);
  return ref;
}

function ownAnswerOf(value: unknown): OwnAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { proof, cause } = value as { proof?: unknown; cause?: unknown };
  if (typeof proof !== 'string') return undefined;
  const own: OwnAnswer = { proof: truncate(proof, 160) };
  const known = causeOf(cause);
  if (known !== undefined) own.cause = known;
  return own;
}

/** What is stored of one detected vendor: plain, short strings only (the detector is someone else's code). */
function vendorRefOf(match: Partial<VendorMatch> | null | undefined): VendorRef | undefined {
  if (typeof match?.id !== 'string' || typeof match.name !== 'string') return undefined;
  const ref: VendorRef = { id: truncate(match.id, 64), name: truncate(match.name, 128) };
  if (typeof match.role === 'string' && ROLES.has(match.role)) ref.role = match.role as VendorRole;
  if (typeof match.confidence === 'string' && CONFIDENCE_WORDS.has(match.confidence)) ref.confidence = match.confidence as Confidence;
  if (typeof match.version === 'string' && match.version !== '') ref.version = truncate(match.version, 32);
  if (typeof match.header === 'string' && typeof match.value === 'string') ref.proof = truncate(`${match.header}: ${match.value}`, 160);
  const own = ownAnswerOf(match.ownAnswer);
  if (own !== undefined) ref.ownAnswer = own;
  if (Array.isArray(match.evidence)) {
    const names = new Set<string>();
    for (const e of match.evidence as readonly (Partial<{ header: unknown }> | null | undefined)[])
      if (typeof e?.header === 'string' && e.header !== 'body' && names.size < 8) names.add(truncate(e.header.toLowerCase(), 64));
    if (names.size > 0) ref.headers = [...names];
  }
  return ref;
}

export function explanationFor(
  ctx: Pick<ReduceContext, 'explain'>,
  response: { statusCode?: number; statusLine?: string; error?: string; vendors?: readonly VendorRef[] },
): ExplanationRef | undefined {
  const explain = ctx.explain;
  if (explain === undefined) return undefined;
  const input: ExplainInput = { vendors: response.vendors ?? [] };
  if (response.statusCode !== undefined) input.statusCode = response.statusCode;
  if (response.statusLine !== undefined) input.statusLine = response.statusLine;
  if (response.error !== undefined) input.error = response.error;
  // Someone else's code: it may return anything.
  let result: unknown;
  try {
    result = explain(input);
  } catch {
    return undefined;
  }
  if (typeof result !== 'object' || result === null) return undefined;
  // The registry is someone else's code: read what it gave as anything.
  const found = result as Partial<ExplanationRef>;
  if (typeof found.code !== 'string' || typeof found.phrase !== 'string') return undefined;
  const ref: ExplanationRef = { code: truncate(found.code, 64), phrase: truncate(found.phrase, 256) };
  if (typeof found.statusClass === 'string') ref.statusClass = truncate(found.statusClass, 32);
  if (typeof found.originId === 'string') ref.originId = truncate(found.originId, 64);
  const madeBy = madeByOf(found.madeBy);
  if (madeBy !== undefined) ref.madeBy = madeBy;
  return ref;
}
