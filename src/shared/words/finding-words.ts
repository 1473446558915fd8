/**
 * The words for each kind of redirect-chain finding, for every surface: a title, a table label, a
 * flag for a hop, one line of advice, and the sentence that says what was seen, in the interface's
 * language (`public/_locales`). The capture core stores an English `message` with each finding (the
 * JSON export's, written in the background, which has no messages); the views rebuild that sentence
 * here from the finding's kind, its hops and the chain, so it reads in the person's language.
 */
import type { Finding, FindingKind, FindingSeverity, Hop } from '../capture/capture-state';
import { LONG_CHAIN_ERROR, LONG_CHAIN_WARNING } from '../capture/chain-findings';
import { parseUrl } from '../capture/url-utils';
import type { I18n, MessageKey } from '../i18n/create-i18n';

interface FindingWords {
  title: MessageKey;
  /** A few words for a table cell (the DevTools panel's chain rows). */
  label: MessageKey;
  /** Two or three words, for the flag on a hop. */
  short: MessageKey;
  advice: MessageKey;
}

const WORDS: Readonly<Record<FindingKind, FindingWords>> = {
  loop: { title: 'findingLoopTitle', label: 'findingLoopLabel', short: 'findingLoopShort', advice: 'findingLoopAdvice' },
  'long-chain': { title: 'findingLongChainTitle', label: 'findingLongChainLabel', short: 'findingLongChainShort', advice: 'findingLongChainAdvice' },
  'https-downgrade': {
    title: 'findingHttpsDowngradeTitle',
    label: 'findingHttpsDowngradeLabel',
    short: 'findingHttpsDowngradeShort',
    advice: 'findingHttpsDowngradeAdvice',
  },
  'temporary-redirect': {
    title: 'findingTemporaryRedirectTitle',
    label: 'findingTemporaryRedirectLabel',
    short: 'findingTemporaryRedirectShort',
    advice: 'findingTemporaryRedirectAdvice',
  },
  'mixed-redirects': {
    title: 'findingMixedRedirectsTitle',
    label: 'findingMixedRedirectsLabel',
    short: 'findingMixedRedirectsShort',
    advice: 'findingMixedRedirectsAdvice',
  },
  'final-not-2xx': {
    title: 'findingFinalNot2xxTitle',
    label: 'findingFinalNot2xxLabel',
    short: 'findingFinalNot2xxShort',
    advice: 'findingFinalNot2xxAdvice',
  },
  'cross-origin': {
    title: 'findingCrossOriginTitle',
    label: 'findingCrossOriginLabel',
    short: 'findingCrossOriginShort',
    advice: 'findingCrossOriginAdvice',
  },
};

const SEVERITY: Readonly<Record<FindingSeverity, MessageKey>> = {
  error: 'findingSeverityError',
  warning: 'findingSeverityWarning',
  info: 'findingSeverityInfo',
};

function wordsOf(kind: string): FindingWords | undefined {
  return Object.hasOwn(WORDS, kind) ? WORDS[kind as FindingKind] : undefined;
}

export function findingTitle(kind: string, i18n: I18n): string {
  const words = wordsOf(kind);
  return i18n.t(words ? words.title : 'findingUnknownTitle');
}

/** The table's label; a kind this version does not know is shown as it is. */
export function findingLabel(kind: string, i18n: I18n): string {
  const words = wordsOf(kind);
  return words ? i18n.t(words.label) : kind;
}

export function findingShort(kind: string, i18n: I18n): string {
  const words = wordsOf(kind);
  return i18n.t(words ? words.short : 'findingUnknownShort');
}

export function findingAdvice(kind: string, i18n: I18n): string {
  const words = wordsOf(kind);
  return words ? i18n.t(words.advice) : '';
}

export function severityLabel(severity: string, i18n: I18n): string {
  return i18n.t(Object.hasOwn(SEVERITY, severity) ? SEVERITY[severity as FindingSeverity] : 'findingSeverityInfo');
}

/**
 * What was seen, in a sentence: the finding's kind said again from its hops and the chain it was found
 * on (the same facts chain-findings.ts put in its English `message`). A kind this version does not know,
 * or hops the chain no longer holds, keep the stored message rather than a sentence without its facts.
 */
export function findingMessage(finding: Finding, chain: readonly Pick<Hop, 'url' | 'statusCode' | 'statusLine' | 'error'>[], i18n: I18n): string {
  const first = chain[finding.hops[0] ?? -1];
  switch (finding.kind as string) {
    case 'loop':
      return i18n.t('findingLoopMessage');
    case 'long-chain': {
      const count = finding.hops.length;
      return finding.severity === 'error'
        ? i18n.count('findingLongChainErrorMessage', count, i18n.number(LONG_CHAIN_ERROR))
        : i18n.count('findingLongChainWarningMessage', count, i18n.number(LONG_CHAIN_WARNING));
    }
    case 'https-downgrade':
      return i18n.t('findingHttpsDowngradeMessage');
    case 'temporary-redirect':
      return first?.statusCode !== undefined ? i18n.t('findingTemporaryRedirectMessage', String(first.statusCode)) : finding.message;
    case 'mixed-redirects':
      return i18n.t('findingMixedRedirectsMessage');
    case 'final-not-2xx':
      if (first?.error !== undefined) return i18n.t('findingFinalNoResponseMessage', first.error);
      return first?.statusCode !== undefined ? i18n.t('findingFinalNot2xxMessage', first.statusLine ?? String(first.statusCode)) : finding.message;
    case 'cross-origin': {
      const host = parseUrl(chain[finding.hops[1] ?? -1]?.url ?? '')?.host;
      return host ? i18n.t('findingCrossOriginMessage', host) : finding.message;
    }
    default:
      return finding.message;
  }
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
