/**
 * The short tags a redirect hop carries in the chain: permanent or temporary, whether the method
 * survives, and who made the hop when it was not the server (the browser's HSTS upgrade, a meta
 * refresh, script). Pure, so the wording is tested once for the popup and the panel.
 */
import type { Hop } from '../capture/capture-state';

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

const WORDS: Readonly<Record<HopTagKind, { label: string; description: string }>> = {
  permanent: { label: 'permanent', description: 'A permanent redirect: browsers and search engines may remember it and go straight to the target.' },
  temporary: { label: 'temporary', description: 'A temporary redirect: browsers ask the first URL again next time; search engines keep the first URL.' },
  'keeps-method': { label: 'keeps method', description: 'The browser repeats the request with the same method and body (a POST stays a POST).' },
  'switches-to-get': { label: 'switches to GET', description: 'The browser fetches the target with GET, whatever the first request was.' },
  'browser-hsts': {
    label: 'made by the browser (HSTS)',
    description: 'The browser upgraded this http URL to https itself, because the site asked for HSTS; the server never sent this redirect.',
  },
  'browser-internal': { label: 'made by the browser', description: 'The browser (or an extension) redirected this request itself; no server sent it.' },
  'meta-refresh': {
    label: 'meta refresh',
    description: 'The page redirected itself with <meta http-equiv="refresh">: a client-side redirect, slower and weaker than an HTTP one.',
  },
  javascript: { label: 'JavaScript', description: 'The page redirected itself from script: a client-side redirect some crawlers do not follow.' },
  'client-side': { label: 'client-side', description: 'The page moved the browser on by itself; the browser did not say how.' },
  'from-cache': { label: 'from cache', description: 'The browser reused a cached response for this hop instead of asking the server.' },
};

function tag(kind: HopTagKind, label?: string): HopTag {
  const words = WORDS[kind];
  return { kind, label: label ?? words.label, description: words.description };
}

/** The tags of one hop, in display order. */
export function hopTags(hop: Pick<Hop, 'statusCode' | 'madeBy' | 'clientDelaySeconds' | 'fromCache'>): HopTag[] {
  const tags: HopTag[] = [];
  switch (hop.madeBy) {
    case 'browser-hsts':
      tags.push(tag('browser-hsts'));
      break;
    case 'browser-internal':
      tags.push(tag('browser-internal'));
      break;
    case 'client-meta-refresh': {
      const delay = hop.clientDelaySeconds;
      tags.push(tag('meta-refresh', typeof delay === 'number' && delay > 0 ? `meta refresh after ${delay} s` : undefined));
      break;
    }
    case 'client-javascript':
      tags.push(tag('javascript'));
      break;
    case 'client-unknown':
      tags.push(tag('client-side'));
      break;
    default: {
      // The server's redirect (or one whose maker is not known yet): its status says what kind it is.
      const kinds = hop.statusCode === undefined ? undefined : SERVER_REDIRECTS[hop.statusCode];
      for (const kind of kinds ?? []) tags.push(tag(kind));
    }
  }
  if (hop.fromCache === true) tags.push(tag('from-cache'));
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
