/**
 * The links of a page, as the checker will check them: from the raw records a content script
 * collects (every <a href>, <area href>, <link rel=canonical|alternate>, and optionally <img src>
 * and <script src>), the resolved, de-duplicated http(s) targets with their text and how often each
 * appears, and what cannot be checked, with the reason. Pure, so the page's collector stays a few
 * lines of DOM reading.
 */
import { CHECKER_LIMITS } from './checker-limits';
import { phrase, type MessageKey, type Phrase } from './checker-phrase';
import { echoInput, validateTarget } from './validate-target';

/** What the content script reads from one element, as written in the page. */
export interface RawLink {
  /** The attribute as written (href, or src for img and script), not the resolved property. */
  href: string;
  /** The link's text (for an image, its alt text). */
  text?: string;
  /** The rel attribute, for <link> and <a>. */
  rel?: string;
  /** The element's tag name, in any case. */
  tag: string;
}

type LinkSource = 'a' | 'area' | 'canonical' | 'alternate' | 'img' | 'script';

type LinkSkipReason = 'empty' | 'fragment-only' | 'mailto' | 'tel' | 'javascript' | 'data' | 'other-scheme' | 'malformed' | 'credentials' | 'too-long';

interface LinkTarget {
  url: string;
  /** The first non-empty text it is linked with. */
  text: string;
  count: number;
  /** The kinds of element that point to it, in order of first appearance. */
  sources: LinkSource[];
}

interface SkippedLink {
  /** As written, shortened and with any credentials redacted. */
  href: string;
  reason: LinkSkipReason;
  message: Phrase;
  text: string;
  count: number;
}

export interface PageLinks {
  targets: LinkTarget[];
  skipped: SkippedLink[];
}

export interface PageLinkOptions {
  images?: boolean;
  scripts?: boolean;
}

const SKIP_MESSAGES: Readonly<Record<Exclude<LinkSkipReason, 'too-long'>, MessageKey>> = {
  empty: 'checkerSkipEmpty',
  'fragment-only': 'checkerSkipFragment',
  mailto: 'checkerSkipMailto',
  tel: 'checkerSkipTel',
  javascript: 'checkerSkipJavascript',
  data: 'checkerSkipData',
  'other-scheme': 'checkerSkipOtherScheme',
  malformed: 'checkerRefuseMalformed',
  credentials: 'checkerSkipCredentials',
};

function skipMessage(reason: LinkSkipReason): Phrase {
  return reason === 'too-long' ? phrase('checkerRefuseTooLong', CHECKER_LIMITS.maxUrlLength) : phrase(SKIP_MESSAGES[reason]);
}

const NAMED_SCHEMES: ReadonlySet<string> = new Set(['mailto:', 'tel:', 'javascript:', 'data:']);

/**
 * `base` is the document's base URL (document.baseURI, which honours <base href>), so relative links
 * resolve as the browser resolves them.
 */
export function pageLinks(records: readonly RawLink[], base: string, options: PageLinkOptions = {}): PageLinks {
  const targets = new Map<string, LinkTarget>();
  const skipped = new Map<string, SkippedLink>();
  for (const record of records) {
    const source = sourceOf(record, options);
    if (source === undefined || typeof record.href !== 'string') continue;
    const text = cleanText(record.text);
    const outcome = classify(record.href, base);
    if (typeof outcome === 'string') {
      const href = echoInput(record.href);
      const key = `${outcome} ${href}`;
      const seen = skipped.get(key);
      if (seen !== undefined) {
        seen.count++;
        if (seen.text === '') seen.text = text;
      } else {
        skipped.set(key, { href, reason: outcome, message: skipMessage(outcome), text, count: 1 });
      }
      continue;
    }
    const seen = targets.get(outcome.url);
    if (seen === undefined) {
      targets.set(outcome.url, { url: outcome.url, text, count: 1, sources: [source] });
      continue;
    }
    seen.count++;
    if (seen.text === '') seen.text = text;
    if (!seen.sources.includes(source)) seen.sources.push(source);
  }
  return { targets: [...targets.values()], skipped: [...skipped.values()] };
}

/** Which kind of link a record is; undefined for the ones not asked for (a stylesheet <link>, images by default). */
function sourceOf(record: RawLink, options: PageLinkOptions): LinkSource | undefined {
  // The records cross from a content script: the types say what is meant, not what arrives.
  const tag: unknown = record.tag;
  const rel: unknown = record.rel;
  switch (typeof tag === 'string' ? tag.toLowerCase() : '') {
    case 'a':
      return 'a';
    case 'area':
      return 'area';
    case 'link': {
      const rels = typeof rel === 'string' ? rel.toLowerCase().split(/\s+/) : [];
      if (rels.includes('canonical')) return 'canonical';
      return rels.includes('alternate') ? 'alternate' : undefined;
    }
    case 'img':
      return options.images === true ? 'img' : undefined;
    case 'script':
      return options.scripts === true ? 'script' : undefined;
    default:
      return undefined;
  }
}

function classify(href: string, base: string): { url: string } | LinkSkipReason {
  // HTML strips leading and trailing ASCII whitespace from URLs before resolving them.
  const trimmed = href.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (trimmed === '') return 'empty';
  if (trimmed.startsWith('#')) return 'fragment-only';
  if (trimmed.length > CHECKER_LIMITS.maxUrlLength) return 'too-long';
  let url: URL;
  try {
    // The parser's own reading of the scheme: "java\tscript:" and "JavaScript:" are both javascript:.
    url = new URL(trimmed, base);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return NAMED_SCHEMES.has(url.protocol) ? (url.protocol.slice(0, -1) as LinkSkipReason) : 'other-scheme';
  }
  const check = validateTarget(url.href);
  if (check.ok) return { url: check.url };
  return check.reason === 'credentials' || check.reason === 'too-long' ? check.reason : 'malformed';
}

function cleanText(text: unknown): string {
  if (typeof text !== 'string') return '';
  const clean = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return clean.length > CHECKER_LIMITS.maxLinkText ? `${clean.slice(0, CHECKER_LIMITS.maxLinkText)}…` : clean;
}
