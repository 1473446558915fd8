/**
 * The words for each kind of redirect-chain finding, for every surface: a title, a table label, a
 * flag for a hop, and one line of advice. The capture core's own
 * `message` says what was seen; this says what to do about it.
 */
import type { Finding, FindingKind, FindingSeverity } from '../capture/capture-state';

interface FindingWords {
  title: string;
  /** A few words for a table cell (the DevTools panel's chain rows). */
  label: string;
  /** Two or three words, for the flag on a hop. */
  short: string;
  advice: string;
}

const WORDS: Readonly<Record<FindingKind, FindingWords>> = {
  loop: {
    label: 'Redirect loop',
    short: 'loop',
    title: 'Redirect loop',
    advice: 'Make one of these URLs answer instead of redirecting; look for two rules that undo each other (http/https, www, trailing slash).',
  },
  'long-chain': {
    label: 'Long chain',
    short: 'long chain',
    title: 'Long redirect chain',
    advice: 'Point links and the first redirect straight at the final URL: every hop costs a round trip, and crawlers give up after 10.',
  },
  'https-downgrade': {
    label: 'HTTPS → HTTP',
    short: 'https → http',
    title: 'Redirect from https to http',
    advice: 'Redirect to the https URL instead: the http request travels unencrypted and can be read or changed on the way.',
  },
  'temporary-redirect': {
    label: 'Temporary redirect',
    short: 'should be permanent',
    title: 'Temporary redirect for a permanent move',
    advice: 'Use 301 or 308 for https, www and trailing-slash canonicalisation, so browsers and search engines remember it.',
  },
  'mixed-redirects': {
    label: 'Mixed redirects',
    short: 'mixed kinds',
    title: 'Permanent and temporary redirects mixed',
    advice: 'If the move is for good, make every hop permanent: a temporary hop keeps search engines on the old URL.',
  },
  'final-not-2xx': {
    label: 'Ends in an error',
    short: 'no success',
    title: 'The chain does not end in success',
    advice: 'Fix the last URL, or the redirect that points to it, so the chain ends in a 2xx page.',
  },
  'cross-origin': {
    label: 'Cross-origin',
    short: 'other host',
    title: 'Redirect to another host',
    advice: 'Expected for sign-in pages and CDNs; otherwise check that the other host is meant to be there.',
  },
};

const SEVERITY: Readonly<Record<FindingSeverity, string>> = { error: 'Problem', warning: 'Warning', info: 'Note' };

export function findingTitle(kind: string): string {
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as FindingKind].title : 'Finding';
}

/** The table's label; a kind this version does not know is shown as it is. */
export function findingLabel(kind: string): string {
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as FindingKind].label : kind;
}

export function findingShort(kind: string): string {
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as FindingKind].short : 'finding';
}

export function findingAdvice(kind: string): string {
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as FindingKind].advice : '';
}

export function severityLabel(severity: string): string {
  return Object.hasOwn(SEVERITY, severity) ? SEVERITY[severity as FindingSeverity] : 'Note';
}

/** Chain index → the findings that concern that hop, built in one pass over the findings. */
export function findingsByHop(findings: readonly Finding[]): Map<number, Finding[]> {
  const byHop = new Map<number, Finding[]>();
  for (const finding of findings) {
    for (const index of new Set(finding.hops)) {
      const list = byHop.get(index);
      if (list) list.push(finding);
      else byHop.set(index, [finding]);
    }
  }
  return byHop;
}

const RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

/** The most serious severity among the findings (a hop's or a chain's flag), undefined for none. */
export function worstSeverity(findings: readonly Finding[] | undefined): FindingSeverity | undefined {
  let worst: FindingSeverity | undefined;
  for (const f of findings ?? []) if (worst === undefined || (RANK[f.severity] ?? 3) < (RANK[worst] ?? 3)) worst = f.severity;
  return worst;
}

/** The most serious first; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3));
}
