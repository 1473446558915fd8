import { compareMatches, CONFIDENCE_RANK, detectVendors, matchOfRef, ROLE_ORDER, scanStatusLine, toMatch } from '../fingerprints';
import type { HeaderLike, MadeByRef, StatusLineFinding, VendorEvidence, VendorMatch, VendorRef } from '../fingerprints';
import type { BodyFinding } from './body-signatures';
import { tierOf } from './code-keys';
import type { MeaningSource } from './meaning-lookup';
import { normalizePhrase, parseStatusLine } from './status-line';
import type { MeaningKey, StatusEntry } from './registry-types';
import { isUnregistered } from './unregistered-key';
import { responseMaker } from './response-maker';
import { originsForVendor } from './vendor-families';

/*
 * How a meaning is chosen for a response, over any source of meanings: the full registry (`explain`, for
 * the pages that show the reason and the entry's advice) or the compact keys the background carries
 * (key-source.ts). One set of rules, so both choose alike; only the keys of an entry are read here.
 * The reason's sentences are written by `ReasonSentences` (reason-sentences.ts), handed in only by the
 * pages that show them: the background, which stores the choice and never a reason, carries none of them.
 */

/** The sentences of a reason, one per step of the choice (reason-sentences.ts writes them). */
export interface ReasonSentences {
  bodyCode(note: string, entry: MeaningKey, carried: number | undefined): string;
  reasonPhrase(linePhrase: string, entry: MeaningKey, code: string): string;
  byVendor(vendor: VendorMatch, entry: MeaningKey, code: string, other: { vendor: VendorMatch; entry: MeaningKey } | undefined): string;
  standard(entry: MeaningKey, code: string, vendorMeanings: readonly MeaningKey[]): string;
  vendorOnly(vendorMeanings: readonly MeaningKey[], code: string): string;
  historic(entry: MeaningKey, code: string): string;
  unregistered(entry: MeaningKey, vendors: readonly VendorMatch[]): string;
  lineDisagrees(lineStatus: number, status: number): string;
  phraseIsOther(linePhrase: string, other: MeaningKey): string;
  phraseNonStandard(linePhrase: string, wireName: string | undefined): string;
  lineCalls(linePhrase: string): string;
  otherFinding(note: string, unlisted: boolean): string;
  madeBy(madeBy: MadeByRef, vendors: readonly VendorMatch[]): string;
  unreadable: string;
}

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

function byVendors<T extends MeaningKey>(
  candidates: readonly T[],
  vendors: readonly VendorMatch[],
  code: string,
  say?: ReasonSentences,
): Chosen<T> | undefined {
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
  const other = usable.find((p) => p.entry !== best.entry);
  return { entry: best.entry, reason: say?.byVendor(best.vendor, best.entry, code, other) ?? '' };
}

function byDefault<T extends MeaningKey>(candidates: readonly T[], code: string, say?: ReasonSentences): Chosen<T> | undefined {
  const first = candidates[0];
  if (!first) return undefined;
  const vendorMeanings = candidates.filter((e) => tierOf(e) === 1);
  if (tierOf(first) === 0) return { entry: first, reason: say?.standard(first, code, vendorMeanings) ?? '' };
  if (tierOf(first) === 1) return { entry: first, reason: say?.vendorOnly(vendorMeanings, code) ?? '' };
  return { entry: first, reason: say?.historic(first, code) ?? '' };
}

function explainResponse<T extends MeaningKey>(source: MeaningSource<T>, response: unknown, say: ReasonSentences | undefined): Explanation<T> {
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
    if (say) notes.push(say.lineDisagrees(line.status, status));
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
    const carried = valid && entry.status !== undefined && entry.status !== status ? status : undefined;
    pick = { entry, reason: say?.bodyCode(f.note, entry, carried) ?? '' };
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
      pick = { entry: hit, reason: say?.reasonPhrase(line?.phrase ?? '', hit, code) ?? '' };
    }
  }

  // 3. A detected vendor defines the code; 4. otherwise the standard meaning, else a vendor's, else a historic one.
  pick ??= byVendors(candidates, vendors, code, say) ?? byDefault(candidates, code, say);

  let entry: T;
  let reason: string;
  if (pick) {
    entry = pick.entry;
    reason = pick.reason;
    // The phrase belongs to the wire status: compare it with the status's meanings, not with a
    // sub-status the body revealed ('HTTP/1.1 404 Not Found' is right for an IIS 404.3).
    if (say && line?.phrase && !names(entry).includes(phrase)) {
      const other = candidates.find((e) => e !== entry && names(e).includes(phrase));
      const wireName = (used ? candidates[0] : entry)?.phrase;
      if (other && !used) {
        notes.push(say.phraseIsOther(line.phrase, other));
      } else if (!other && !(lineFinding && madeBy?.id === lineFinding.vendor)) {
        // A product's own wording ('Unable to connect') is not a mistake: who made the response says it.
        notes.push(say.phraseNonStandard(line.phrase, wireName));
      }
    }
  } else {
    entry = source.unregistered(valid ? status : input.status, protocol);
    reason = say?.unregistered(entry, vendors) ?? '';
    if (say && line?.phrase) notes.push(say.lineCalls(line.phrase));
  }

  if (say) {
    for (const f of findings) {
      if (f === used) continue;
      notes.push(say.otherFinding(f.note, f.code !== undefined && f.code !== code && !source.lookup(f.code)));
    }
    // Who made it comes first among the notes: it says whom the status is about.
    if (madeBy) notes.unshift(say.madeBy(madeBy, vendors));
    if (notes.length > 0) reason = `${reason} ${notes.join(' ')}`;
  }

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
 * it returns an explanation (a synthesized, honest one for codes nobody registered). Without `say`, the
 * reason is left empty: the choice is the same.
 */
export function chooseMeaning<T extends MeaningKey>(source: MeaningSource<T>, response: ExplainInput, say?: ReasonSentences): Explanation<T> {
  try {
    return explainResponse(source, response, say);
  } catch {
    // Nothing above should throw; this is the guarantee that one odd response cannot break a view.
    const entry = source.unregistered(Number.NaN);
    return { entry, vendors: [], reason: say?.unreadable ?? '', alternatives: [], registered: false };
  }
}
