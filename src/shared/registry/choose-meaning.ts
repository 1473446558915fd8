import { compareMatches, CONFIDENCE_RANK, detectVendors, matchOfRef, ROLE_ORDER, scanStatusLine, toMatch, vendorInfo } from '../fingerprints';
import type { HeaderLike, MadeByRef, StatusLineFinding, VendorEvidence, VendorMatch, VendorRef } from '../fingerprints';
import type { BodyFinding } from './body-signatures';
import { tierOf } from './code-keys';
import { describe, display, evidenceText, listNames, possessive, standardSentence, unregisteredReason } from './explain-text';
import { madeBySentence } from './maker-sentence';
import type { MeaningSource } from './meaning-lookup';
import { normalizePhrase, parseStatusLine } from './status-line';
import type { MeaningKey, StatusEntry } from './registry-types';
import { isUnregistered } from './unregistered-key';
import { behindMaker, responseMaker } from './response-maker';
import { originsForVendor } from './vendor-families';

/*
 * How a meaning is chosen for a response, over any source of meanings: the full registry (`explain`, for
 * the pages that show the reason and the entry's advice) or the compact keys the background carries
 * (key-source.ts). One set of rules, so both choose alike; only the keys of an entry are read here.
 */

export interface ExplainInput {
  statusCode: number;
  statusLine?: string;
  headers?: readonly HeaderLike[];
  /**
   * The vendors the background already detected on every header of the response (as stored). When
   * given, `headers` are not read for vendors again: they may be only the few the capture keeps.
   */
  vendors?: readonly VendorRef[];
  body?: string;
}

export interface Explanation<T extends MeaningKey = StatusEntry> {
  /** The meaning that applies: a registry entry, or a synthesized one when `registered` is false. */
  entry: T;
  /** Products seen in the headers and the body, outermost first. */
  vendors: VendorMatch[];
  /** Why this meaning was chosen, in a sentence or three. */
  reason: string;
  /** The code's other meanings (standard, vendors', historic). */
  alternatives: T[];
  registered: boolean;
  /** Set when the meaning is for a code other than the bare status: '404.3' from an IIS page, '1020' from Cloudflare's. */
  detail?: { code: string; source: 'body' | 'status-line' | 'headers' };
  /** Set when a proxy, CDN or gateway in front of the site made this error itself (its own page, status line or header). */
  madeBy?: MadeByRef;
}

interface Input {
  status: number;
  statusLine: unknown;
  headers: readonly HeaderLike[];
  stored: readonly VendorRef[] | undefined;
  body: unknown;
}

/** Reads the caller's object defensively: at runtime it may be anything. */
function readInput(response: unknown): Input {
  const r = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const raw = r['statusCode'];
  const status = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s{0,8}-?\d{1,9}\s{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
  const headers = Array.isArray(r['headers']) ? (r['headers'] as readonly HeaderLike[]) : [];
  const stored = Array.isArray(r['vendors'])
    ? (r['vendors'] as readonly (Partial<VendorRef> | null | undefined)[]).filter(
        (v): v is VendorRef => typeof v?.id === 'string' && typeof v.name === 'string',
      )
    : undefined;
  return { status, statusLine: r['statusLine'], headers, stored, body: r['body'] };
}

/**
 * Adds what the body and the status line revealed to the header matches: one match per vendor, evidence
 * merged. A stored vendor keeps the sign that it made the response itself, which its headers showed.
 */
function mergeFindings(vendors: VendorMatch[], findings: readonly BodyFinding[], line: StatusLineFinding | undefined): VendorMatch[] {
  const byId = new Map(vendors.map((v) => [v.id, v]));
  const add = (id: string, evidence: VendorEvidence): void => {
    const prior = byId.get(id);
    const merged = toMatch(id, [...(prior?.evidence ?? []), evidence]);
    if (!merged) return;
    if (prior?.ownAnswer && !merged.ownAnswer) merged.ownAnswer = prior.ownAnswer;
    byId.set(id, merged);
  };
  for (const f of findings) {
    const evidence: VendorEvidence = { header: 'body', value: f.excerpt, confidence: f.confidence };
    if (f.version) evidence.version = f.version;
    add(f.vendor, evidence);
  }
  // A phrase that only hints at a product counts only when its headers named it too.
  if (line && (line.confidence !== 'low' || byId.has(line.vendor)))
    add(line.vendor, { header: 'status line', value: line.excerpt, confidence: line.confidence });
  return [...byId.values()].sort(compareMatches);
}

/** "Varnish made this response itself: …. The response does not name the server behind it." */
function madeByText(madeBy: MadeByRef, vendors: readonly VendorMatch[]): string {
  const behind = behindMaker(madeBy, vendors).map((v) => v.name);
  const origin = behind.length > 0 ? ` The headers it passed on name ${listNames(behind)} behind it.` : ' The response does not name the server behind it.';
  return `${madeBySentence(madeBy)}${origin}`;
}

function names(entry: MeaningKey): string[] {
  return [entry.phrase, ...(entry.aliases ?? [])].map(normalizePhrase);
}

interface Chosen<T> {
  entry: T;
  reason: string;
}

/** A detected vendor that defines its own meaning for the code. */
interface VendorPick<T> {
  vendor: VendorMatch;
  entry: T;
  /** 0 when the entry is the vendor's own, higher for a related origin (IIS → Exchange). */
  distance: number;
}

/** Innermost first: when a CDN and the platform behind it both define a code, the platform's headers
 * can only be there if the platform answered (a CDN's own error pages carry no origin headers). */
function depth(vendor: VendorMatch): number {
  return ROLE_ORDER.indexOf(vendor.role);
}

function byVendors<T extends MeaningKey>(candidates: readonly T[], vendors: readonly VendorMatch[], code: string): Chosen<T> | undefined {
  const picks: VendorPick<T>[] = [];
  for (const vendor of vendors) {
    const origins = originsForVendor(vendor.id);
    for (let distance = 0; distance < origins.length; distance++) {
      const entry = candidates.find((e) => e.origin.id === origins[distance] && tierOf(e) < 2);
      if (entry) {
        picks.push({ vendor, entry, distance });
        break;
      }
    }
  }
  // A low-confidence hint does not override a standard meaning.
  const hasStandard = candidates.some((e) => tierOf(e) === 0);
  const usable = picks.filter((p) => !hasStandard || CONFIDENCE_RANK[p.vendor.confidence] >= CONFIDENCE_RANK.medium);
  usable.sort(
    (a, b) => CONFIDENCE_RANK[b.vendor.confidence] - CONFIDENCE_RANK[a.vendor.confidence] || a.distance - b.distance || depth(b.vendor) - depth(a.vendor),
  );
  const best = usable[0];
  if (!best) return undefined;
  const verb = best.vendor.confidence === 'high' ? 'answered' : 'seems to have answered';
  let reason = `${best.vendor.name} ${verb} (${evidenceText(best.vendor)}), so ${code} is ${describe(best.entry, best.entry.code !== code)}.`;
  const other = usable.find((p) => p.entry !== best.entry);
  if (other) reason += ` ${other.vendor.name} is in the path too; its ${code} would be '${other.entry.phrase}'.`;
  return { entry: best.entry, reason };
}

function byDefault<T extends MeaningKey>(candidates: readonly T[], code: string): Chosen<T> | undefined {
  const first = candidates[0];
  if (!first) return undefined;
  const vendorMeanings = candidates.filter((e) => tierOf(e) === 1);
  if (tierOf(first) === 0) {
    let reason = standardSentence(first, code);
    if (vendorMeanings.length > 0) {
      const owners = listNames(vendorMeanings.map((e) => e.origin.name));
      reason += ` ${owners} also ${vendorMeanings.length > 1 ? 'use' : 'uses'} ${code} for something else, but no header points to ${vendorMeanings.length > 1 ? 'them' : 'it'}.`;
    }
    return { entry: first, reason };
  }
  if (tierOf(first) === 1) {
    const origins = [...new Set(vendorMeanings.map((e) => e.origin.id))];
    if (origins.length === 1) {
      // Say that the vendor was not seen only when it could have been (it has fingerprints).
      const unseen = vendorInfo(first.origin.id) ? `, though no header shows ${first.origin.name} answered` : '';
      return { entry: first, reason: `${code} is not a standard code; the only known meaning is ${describe(first, false)}${unseen}.` };
    }
    const all = vendorMeanings.map((e) => describe(e, false)).join(', or ');
    return { entry: first, reason: `${code} is not a standard code and no header says who sent it: it may be ${all}. The first is shown.` };
  }
  return { entry: first, reason: `${code} has no meaning today; it once meant '${first.phrase}' (${first.origin.name}).` };
}

function explainResponse<T extends MeaningKey>(source: MeaningSource<T>, response: unknown): Explanation<T> {
  const input = readInput(response);
  const line = parseStatusLine(input.statusLine);
  const protocol = line?.protocol ?? 'http';
  const notes: string[] = [];
  let detail: Explanation<T>['detail'];

  let status = input.status;
  if (!Number.isInteger(status) && line) {
    // The browser gave no usable number; the status line still has one.
    status = line.status;
    detail = { code: String(line.status), source: 'status-line' };
  } else if (line && line.status !== status && Number.isInteger(status)) {
    notes.push(`The status line says ${line.status}, but ${status} was reported; ${status} is used.`);
  }
  const valid = Number.isInteger(status);
  const code = valid ? String(status) : '';
  // Only a three-digit number can be a status on the wire; 1000 is not Cloudflare's error 1000 (sent as 403).
  const onWire = valid && status >= 100 && status <= 999;

  const findings = source.scanBody?.(input.body, valid ? status : Number.NaN) ?? [];
  const lineFinding = onWire && line?.phrase ? scanStatusLine(status, line.phrase) : undefined;
  const detected = input.stored ? input.stored.map(matchOfRef) : detectVendors(input.headers);
  const vendors = mergeFindings(detected, findings, lineFinding);
  const madeBy = onWire ? responseMaker(status, vendors, findings, vendors.some((v) => v.id === lineFinding?.vendor) ? lineFinding : undefined) : undefined;
  const candidates = onWire ? source.lookupAll(status, { protocol }) : [];

  let pick: Chosen<T> | undefined;
  let alternatives: T[] = candidates;

  // 1. The body names a more precise code (IIS 404.3, Cloudflare 1020, nginx 494) or settles the vendor.
  let used: BodyFinding | undefined;
  for (const f of findings) {
    if (f.code === undefined) continue;
    const entry = source.lookup(f.code, { vendor: f.vendor });
    // Same number as the status, but the registry has no meaning of this vendor's: steps 2–4 decide.
    if (!entry || (f.code === code && !originsForVendor(f.vendor).includes(entry.origin.id))) continue;
    let reason = `${f.note}, so this is ${describe(entry)}.`;
    if (valid && entry.status !== undefined && entry.status !== status) reason += ` The response itself carried ${status}.`;
    pick = { entry, reason };
    used = f;
    if (entry.code !== code) detail = { code: entry.code, source: 'body' };
    alternatives = [...source.lookupAll(f.code), ...candidates];
    break;
  }

  // 2. The reason phrase names a vendor's meaning ('HTTP/1.1 420 Enhance Your Calm').
  const phrase = line?.phrase ? normalizePhrase(line.phrase) : '';
  if (!pick && phrase) {
    const hits = candidates.filter((e) => names(e).includes(phrase));
    const hit = hits.find((e) => vendors.some((v) => originsForVendor(v.id).includes(e.origin.id))) ?? hits[0];
    if (hit && tierOf(hit) !== 0) {
      pick = { entry: hit, reason: `The status line says '${display(line?.phrase ?? '')}', which is ${possessive(hit.origin.name)} name for ${code}.` };
    }
  }

  // 3. A detected vendor defines the code; 4. otherwise the standard meaning, else a vendor's, else a historic one.
  pick ??= byVendors(candidates, vendors, code) ?? byDefault(candidates, code);

  let entry: T;
  let reason: string;
  if (pick) {
    entry = pick.entry;
    reason = pick.reason;
    // The phrase belongs to the wire status: compare it with the status's meanings, not with a
    // sub-status the body revealed ('HTTP/1.1 404 Not Found' is right for an IIS 404.3).
    if (line?.phrase && !names(entry).includes(phrase)) {
      const other = candidates.find((e) => e !== entry && names(e).includes(phrase));
      const wireName = (used ? candidates[0] : entry)?.phrase;
      if (other && !used) {
        notes.push(`But the status line's phrase '${display(line.phrase)}' is ${describe(other)}, so the server may mean that.`);
      } else if (!other && !(lineFinding && madeBy?.id === lineFinding.vendor)) {
        // A product's own wording ('Unable to connect') is not a mistake: who made the response says it.
        notes.push(
          `The status line's reason phrase '${display(line.phrase)}' is non-standard${wireName ? ` (the registered name is '${wireName}')` : ''}; only the number counts.`,
        );
      }
    }
  } else {
    entry = source.unregistered(valid ? status : input.status, protocol);
    reason = unregisteredReason(entry, vendors);
    if (line?.phrase) notes.push(`The status line calls it '${display(line.phrase)}'.`);
  }

  for (const f of findings) {
    if (f === used) continue;
    const unlisted = f.code !== undefined && f.code !== code && !source.lookup(f.code);
    notes.push(unlisted ? `${f.note}, a code the registry does not list.` : `${f.note}.`);
  }
  // Who made it comes first among the notes: it says whom the status is about.
  if (madeBy) notes.unshift(madeByText(madeBy, vendors));
  if (notes.length > 0) reason = `${reason} ${notes.join(' ')}`;

  const seen = new Set<T>([entry]);
  const others: T[] = [];
  for (const e of alternatives) {
    if (seen.has(e)) continue;
    seen.add(e);
    others.push(e);
  }

  const result: Explanation<T> = { entry, vendors, reason, alternatives: others, registered: !isUnregistered(entry) };
  if (detail) result.detail = detail;
  if (madeBy) result.madeBy = madeBy;
  return result;
}

/**
 * Which meaning of a response's status applies, and why: reads the vendors in the headers, error pages in
 * the first 64 KB of the body, and the status line's reason phrase. Never throws: whatever it is given,
 * it returns an explanation (a synthesized, honest one for codes nobody registered).
 */
export function chooseMeaning<T extends MeaningKey>(source: MeaningSource<T>, response: ExplainInput): Explanation<T> {
  try {
    return explainResponse(source, response);
  } catch {
    // Nothing above should throw; this is the guarantee that one odd response cannot break a view.
    const entry = source.unregistered(Number.NaN);
    return { entry, vendors: [], reason: 'The response could not be read.', alternatives: [], registered: false };
  }
}
