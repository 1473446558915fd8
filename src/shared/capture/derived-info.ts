/**
 * Calls the injected explain / detectVendors functions and copies out the few fields we store.
 * They are someone else's code: a throw from them must not stop capture, so it is contained here,
 * and their results are copied (not referenced) so nothing non-JSON can leak into the state.
 */
import type { HeaderEntry } from './capture-event';
import type { ExplanationRef, VendorRef } from './capture-state';
import { LIMITS, truncate } from './limits';
import type { ExplainInput, ExplanationLike, ReduceContext } from './reduce-context';

export function vendorsFor(ctx: ReduceContext, headers: readonly HeaderEntry[] | undefined): VendorRef[] | undefined {
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
  for (const match of matches as readonly ({ id?: unknown; name?: unknown } | null | undefined)[]) {
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
  // Someone else's code: it may return anything.
  let result: unknown;
  try {
    result = explain(input);
  } catch {
    return undefined;
  }
  if (typeof result !== 'object' || result === null) return undefined;
  const found = result as Partial<ExplanationLike>;
  if (typeof found.code !== 'string' || typeof found.phrase !== 'string') return undefined;
  const ref: ExplanationRef = { code: truncate(found.code, 64), phrase: truncate(found.phrase, 256) };
  if (typeof found.summary === 'string') ref.summary = truncate(found.summary, 512);
  if (typeof found.class === 'string') ref.statusClass = truncate(found.class, 32);
  if (typeof found.origin?.id === 'string') ref.originId = truncate(found.origin.id, 64);
  return ref;
}
