/**
 * The short tags a redirect hop carries in the chain: permanent or temporary, whether the method
 * survives, and who made the hop when it was not the server (the browser's HSTS upgrade, a meta
 * refresh, script). Pure, so the wording is tested once for the popup and the panel.
 */
import type { Hop } from '../capture/capture-state';
import type { I18n, MessageKey } from '../i18n/create-i18n';

type HopTagKind =
  | 'permanent'
  | 'temporary'
  | 'keeps-method'
  | 'switches-to-get'
  | 'browser-hsts'
  | 'browser-internal'
  | 'meta-refresh'
  | 'javascript'
  | 'client-side'
  | 'from-cache';

export interface HopTag {
  kind: HopTagKind;
  /** A word or two, shown on the tag. */
  label: string;
  /** One sentence, for the tooltip and screen readers. */
  description: string;
}

const SERVER_REDIRECTS: Readonly<Record<number, readonly HopTagKind[]>> = {
  301: ['permanent'],
  302: ['temporary'],
  303: ['temporary', 'switches-to-get'],
  307: ['temporary', 'keeps-method'],
  308: ['permanent', 'keeps-method'],
};

/** Each tag's label (a word or two) and its sentence for the tooltip and screen readers. */
const WORDS: Readonly<Record<HopTagKind, { label: MessageKey; description: MessageKey }>> = {
  permanent: { label: 'hopTagPermanent', description: 'hopTagPermanentHint' },
  temporary: { label: 'hopTagTemporary', description: 'hopTagTemporaryHint' },
  'keeps-method': { label: 'hopTagKeepsMethod', description: 'hopTagKeepsMethodHint' },
  'switches-to-get': { label: 'hopTagSwitchesToGet', description: 'hopTagSwitchesToGetHint' },
  'browser-hsts': { label: 'hopTagBrowserHsts', description: 'hopTagBrowserHstsHint' },
  'browser-internal': { label: 'hopTagBrowserInternal', description: 'hopTagBrowserInternalHint' },
  'meta-refresh': { label: 'hopTagMetaRefresh', description: 'hopTagMetaRefreshHint' },
  javascript: { label: 'hopTagJavascript', description: 'hopTagJavascriptHint' },
  'client-side': { label: 'hopTagClientSide', description: 'hopTagClientSideHint' },
  'from-cache': { label: 'hopTagFromCache', description: 'hopTagFromCacheHint' },
};

function tag(kind: HopTagKind, i18n: I18n, label?: string): HopTag {
  const words = WORDS[kind];
  return { kind, label: label ?? i18n.t(words.label), description: i18n.t(words.description) };
}

/** 'meta refresh after 5 s': a meta refresh's delay, when it waited (the reports' "made by" says it the same way). */
export function metaRefreshAfter(seconds: number, i18n: I18n): string {
  return i18n.t('hopTagMetaRefreshAfter', i18n.number(seconds));
}

/** The tags of one hop, in display order. */
export function hopTags(hop: Pick<Hop, 'statusCode' | 'madeBy' | 'clientDelaySeconds' | 'fromCache'>, i18n: I18n): HopTag[] {
  const tags: HopTag[] = [];
  switch (hop.madeBy) {
    case 'browser-hsts':
      tags.push(tag('browser-hsts', i18n));
      break;
    case 'browser-internal':
      tags.push(tag('browser-internal', i18n));
      break;
    case 'client-meta-refresh': {
      const delay = hop.clientDelaySeconds;
      tags.push(tag('meta-refresh', i18n, typeof delay === 'number' && delay > 0 ? metaRefreshAfter(delay, i18n) : undefined));
      break;
    }
    case 'client-javascript':
      tags.push(tag('javascript', i18n));
      break;
    case 'client-unknown':
      tags.push(tag('client-side', i18n));
      break;
    default: {
      // The server's redirect (or one whose maker is not known yet): its status says what kind it is.
      const kinds = hop.statusCode === undefined ? undefined : SERVER_REDIRECTS[hop.statusCode];
      for (const kind of kinds ?? []) tags.push(tag(kind, i18n));
    }
  }
  if (hop.fromCache === true) tags.push(tag('from-cache', i18n));
  return tags;
}

/**
 * How a hop moved the browser on, in the words SEO tools use. Only the kinds a person acts on differently:
 * a permanent redirect passes ranking signals, a temporary one may not, a client-side one is slow and
 * invisible to some crawlers, an HSTS hop was never sent by the server.
 */
export type RedirectType = 'permanent' | 'temporary' | 'client-side' | 'HSTS' | 'browser-internal' | 'other';

export function redirectType(madeBy: string | undefined, status: number | undefined): RedirectType {
  if (madeBy === 'browser-hsts') return 'HSTS';
  if (madeBy === 'browser-internal') return 'browser-internal';
  if (madeBy !== undefined && madeBy.startsWith('client-')) return 'client-side';
  if (status === 301 || status === 308) return 'permanent';
  if (status === 302 || status === 303 || status === 307) return 'temporary';
  return 'other';
}

/** The redirect type in a report's words ('permanent', 'client-side'); HSTS is a name and stays as it is. */
const REDIRECT_TYPE_WORDS: Readonly<Record<Exclude<RedirectType, 'HSTS'>, MessageKey>> = {
  permanent: 'hopTagPermanent',
  temporary: 'hopTagTemporary',
  'client-side': 'hopTagClientSide',
  'browser-internal': 'hopRedirectBrowserInternal',
  other: 'hopRedirectOther',
};

export function redirectTypeLabel(type: RedirectType, i18n: I18n): string {
  return type === 'HSTS' ? type : i18n.t(REDIRECT_TYPE_WORDS[type]);
}
