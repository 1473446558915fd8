import { FINGERPRINT_RULES, type FingerprintRule } from './fingerprint-rules';
import { ROLE_ORDER, type Confidence, type HeaderLike, type VendorEvidence, type VendorMatch } from './vendor-types';
import { VENDORS } from './vendors';

/*
 * Runs on every response the extension sees, so the rule table is compiled once: exact header names go
 * into a Map, the few name prefixes into a short array. Matching is one pass over the headers.
 */

const exactRules = new Map<string, FingerprintRule[]>();
const prefixRules: FingerprintRule[] = [];
for (const rule of FINGERPRINT_RULES) {
  if (!VENDORS.has(rule.vendor)) throw new Error(`fingerprint rule for unknown vendor '${rule.vendor}'`);
  if (rule.prefix) {
    prefixRules.push(rule);
  } else {
    const list = exactRules.get(rule.header);
    if (list) list.push(rule);
    else exactRules.set(rule.header, [rule]);
  }
}

/** Values longer than this are cut before matching: every pattern is anchored near the start of an item. */
const MAX_VALUE = 8192;
/** At most this many list items are tested per header (a Via chain is a handful). */
const MAX_ITEMS = 64;
/** A response has dozens of headers; stop after this many so hostile input cannot make us slow. */
const MAX_HEADERS = 1000;
/** Evidence values are for display; keep them short. */
const MAX_EVIDENCE = 200;

export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };

function items(value: string, split: FingerprintRule['split']): string[] {
  if (!split) return [value];
  const out: string[] = [];
  // Set-Cookie: one cookie per header normally; some APIs join them with newlines or ', '.
  const parts = split === 'cookie' ? value.split(/\r?\n|,\s*(?=[\w!#$%&'*+.^`|~-]{1,128}=)/) : value.split(',');
  for (const part of parts) {
    const item = part.trim();
    if (item) out.push(item);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function apply(rule: FingerprintRule, name: string, value: string, found: Map<string, Map<string, VendorEvidence>>): void {
  let version: string | undefined;
  if (rule.value) {
    let hit = false;
    for (const item of items(value, rule.split)) {
      const m = rule.value.exec(item);
      if (m) {
        hit = true;
        version = m[1];
        break;
      }
    }
    if (!hit) return;
  }
  const evidence: VendorEvidence = {
    header: name,
    value: value.length > MAX_EVIDENCE ? value.slice(0, MAX_EVIDENCE) : value,
    confidence: rule.confidence,
  };
  if (version) evidence.version = version;
  if (rule.madeIt) evidence.madeIt = rule.madeIt;
  let byHeader = found.get(rule.vendor);
  if (!byHeader) {
    byHeader = new Map();
    found.set(rule.vendor, byHeader);
  }
  // One piece of evidence per header per vendor: keep the strongest reading of that header.
  const prior = byHeader.get(name);
  if (!prior || CONFIDENCE_RANK[rule.confidence] > CONFIDENCE_RANK[prior.confidence] || (!prior.version && version && rule.confidence === prior.confidence)) {
    byHeader.set(name, evidence);
  }
}

/** Builds a VendorMatch from collected evidence; exported for callers that add body evidence. */
export function toMatch(id: string, evidence: VendorEvidence[]): VendorMatch | undefined {
  const info = VENDORS.get(id);
  const sorted = [...evidence].sort((a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence]);
  const first = sorted[0];
  if (!info || !first) return undefined;
  const match: VendorMatch = {
    id: info.id,
    name: info.name,
    role: info.role,
    header: first.header,
    value: first.value,
    confidence: first.confidence,
    evidence: sorted,
  };
  const version = sorted.find((e) => e.version)?.version;
  if (version) match.version = version;
  const own = sorted.find((e) => e.madeIt !== undefined && e.header !== 'body');
  if (own?.madeIt)
    match.ownAnswer = own.madeIt === 'own' ? { proof: `${own.header}: ${own.value}` } : { cause: own.madeIt, proof: `${own.header}: ${own.value}` };
  return match;
}

/** Outermost layer first, then strongest evidence, then id, so the order is stable. */
export function compareMatches(a: VendorMatch, b: VendorMatch): number {
  return (
    ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
    CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Names the products that handled a response, from its headers. At most one match per vendor id, with
 * every piece of evidence; sorted from the outermost layer (CDN) to the innermost (framework).
 * Never throws: anything that is not a `{ name: string, value?: string }` is skipped.
 */
export function detectVendors(headers: readonly HeaderLike[]): VendorMatch[] {
  if (!Array.isArray(headers)) return [];
  const found = new Map<string, Map<string, VendorEvidence>>();
  const count = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < count; i++) {
    const header: unknown = headers[i];
    if (typeof header !== 'object' || header === null) continue;
    const rawName: unknown = (header as { name?: unknown }).name;
    if (typeof rawName !== 'string' || rawName.length > 256) continue;
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    const rawValue: unknown = (header as { value?: unknown }).value;
    let value = typeof rawValue === 'string' ? rawValue.trim() : '';
    if (value.length > MAX_VALUE) value = value.slice(0, MAX_VALUE);

    const rules = exactRules.get(name);
    if (rules) for (const rule of rules) apply(rule, name, value, found);
    for (const rule of prefixRules) if (name.startsWith(rule.header)) apply(rule, name, value, found);
  }
  const matches: VendorMatch[] = [];
  for (const [id, byHeader] of found) {
    const match = toMatch(id, [...byHeader.values()]);
    if (match) matches.push(match);
  }
  return matches.sort(compareMatches);
}
