/**
 * Calls the injected explain / detectVendors functions and copies out the few fields we store.
 * They are someone else's code: a throw from them must not stop capture, so it is contained here,
 * and their results are copied (not referenced) so nothing non-JSON can leak into the state.
 */
import type { HeaderEntry } from './capture-event';
import type { ExplanationRef, VendorRef } from './capture-state';
import { LIMITS, truncate } from './limits';
import type { ExplainInput, ReduceContext } from './reduce-context';

export function vendorsFor(ctx: ReduceContext, headers: readonly HeaderEntry[] | undefined): VendorRef[] | undefined {
  const detect = ctx.detectVendors;
  if (detect === undefined || headers === undefined || headers.length === 0) return undefined;
  let matches;
  try {
    matches = detect(headers);
  } catch {
    return undefined;
  }
  if (!Array.isArray(matches) || matches.length === 0) return undefined;
  const out: VendorRef[] = [];
  for (const match of matches) {
    if (out.length >= LIMITS.maxVendorsPerResponse) break;
    if (typeof match?.id === 'string' && typeof match.name === 'string') {
      out.push({ id: truncate(match.id, 64), name: truncate(match.name, 128) });
    }
  }
  return out.length > 0 ? out : undefined;
}

export function explanationFor(
  ctx: ReduceContext,
  response: { statusCode?: number; statusLine?: string; error?: string; vendors?: readonly VendorRef[] },
): ExplanationRef | undefined {
  const explain = ctx.explain;
  if (explain === undefined) return undefined;
  const input: ExplainInput = { vendorIds: response.vendors?.map((v) => v.id) ?? [] };
  if (response.statusCode !== undefined) input.statusCode = response.statusCode;
  if (response.statusLine !== undefined) input.statusLine = response.statusLine;
  if (response.error !== undefined) input.error = response.error;
  let result;
  try {
    result = explain(input);
  } catch {
    return undefined;
  }
  if (typeof result !== 'object' || result === null) return undefined;
  if (typeof result.code !== 'string' || typeof result.phrase !== 'string') return undefined;
  const ref: ExplanationRef = { code: truncate(result.code, 64), phrase: truncate(result.phrase, 256) };
  if (typeof result.summary === 'string') ref.summary = truncate(result.summary, 512);
  if (typeof result.class === 'string') ref.statusClass = truncate(result.class, 32);
  if (typeof result.origin?.id === 'string') ref.originId = truncate(result.origin.id, 64);
  return ref;
}
