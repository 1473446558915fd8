/**
 * Who made an error response: the site's server, or a proxy, CDN or gateway in front of it that answered
 * itself because it could not get the site's answer (or would not ask for it). The evidence, most precise
 * first: its own error page when the page says why, a reason phrase only that product writes
 * ('502 Connection refused'), its own error header (X-Squid-Error), its page when it does not say why, and
 * last the shape alone: a 502 or 504 with no application header, or a 503 that carries only the headers
 * of products in front (a Via, an X-Cache) and none of a server behind them.
 */
import type { FailureCause, MadeByRef, StatusLineFinding, VendorMatch } from '../fingerprints';
import type { BodyFinding } from './body-signatures';

const EDGE_ROLES: ReadonlySet<string> = new Set(['cdn', 'load-balancer', 'proxy']);

/** What a gateway status says by itself, when nothing says more. */
function causeOfStatus(status: number): FailureCause | undefined {
  if (status === 502) return 'upstream-failed';
  if (status === 504) return 'timeout';
  return undefined;
}

interface Evidence {
  vendor: string;
  cause?: FailureCause | undefined;
  probable?: boolean | undefined;
  proof: string;
}

function refOf(vendor: VendorMatch, evidence: Evidence, status: number): MadeByRef | undefined {
  const cause = evidence.cause ?? causeOfStatus(status);
  // An origin server's own 404 page is the site answering: say nothing. A gateway failure, or anything a
  // product in front made, is worth saying.
  if (cause === undefined && !EDGE_ROLES.has(vendor.role)) return undefined;
  const ref: MadeByRef = { id: vendor.id, name: vendor.name, role: vendor.role, proof: evidence.proof };
  if (cause !== undefined) ref.cause = cause;
  if (evidence.probable) ref.probable = true;
  return ref;
}

/**
 * The product that made this error response itself, and why; undefined when the site's server answered
 * or nothing shows otherwise. `vendors` are every product seen (headers, body and status line merged).
 */
export function responseMaker(
  status: number,
  vendors: readonly VendorMatch[],
  body: readonly BodyFinding[],
  line: StatusLineFinding | undefined,
): MadeByRef | undefined {
  if (!Number.isInteger(status) || status < 400) return undefined;
  const byId = new Map(vendors.map((v) => [v.id, v]));
  // The surest and most precise first: a page's own words, then a phrase only one product writes, then its error header.
  const evidence: Evidence[] = [];
  for (const f of body) if (f.cause !== undefined) evidence.push({ vendor: f.vendor, cause: f.cause, probable: f.probable, proof: 'its error page' });
  if (line) evidence.push({ vendor: line.vendor, cause: line.cause, probable: line.probable, proof: `status line '${line.excerpt}'` });
  for (const v of vendors) if (v.ownAnswer) evidence.push({ vendor: v.id, cause: v.ownAnswer.cause, proof: v.ownAnswer.proof });
  for (const f of body) if (f.cause === undefined) evidence.push({ vendor: f.vendor, proof: 'its error page' });
  for (const e of evidence) {
    const vendor = byId.get(e.vendor);
    if (!vendor) continue;
    // A vague cause ('could not get an answer') gives way to a precise one the same product gives elsewhere.
    const precise =
      e.cause === 'upstream-failed' ? evidence.find((o) => o.vendor === e.vendor && o.cause !== undefined && o.cause !== 'upstream-failed') : undefined;
    const ref = refOf(vendor, precise ? { ...e, cause: precise.cause } : e, status);
    if (ref) return ref;
  }
  return byShape(status, vendors);
}

/**
 * Only the shape: a 502 or 504 is a gateway's answer by definition, so with no application behind it in the
 * headers the innermost product named probably made it; a 503 only when every product named stands in front.
 */
function byShape(status: number, vendors: readonly VendorMatch[]): MadeByRef | undefined {
  const inner = vendors.at(-1);
  if (!inner) return undefined;
  const gateway = (status === 502 || status === 504) && vendors.every((v) => v.role !== 'framework' && v.role !== 'platform');
  const edgesOnly = status === 503 && vendors.every((v) => EDGE_ROLES.has(v.role));
  if (!gateway && !edgesOnly) return undefined;
  return refOf(inner, { vendor: inner.id, cause: causeOfStatus(status), probable: true, proof: `only ${inner.name}'s headers` }, status);
}

/** The products behind the maker whose headers it relayed (the site's server, when the response names it). */
export function behindMaker(maker: MadeByRef, vendors: readonly VendorMatch[]): VendorMatch[] {
  const at = vendors.findIndex((v) => v.id === maker.id);
  return at < 0 ? [] : vendors.slice(at + 1);
}
