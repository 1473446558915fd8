/**
 * A streaming reader for the sitemap subset of XML (sitemaps.org): a <urlset> of <url><loc>, or a
 * <sitemapindex> of <sitemap><loc>. It is fed text in chunks as it arrives, so a 50 MB sitemap is
 * never held whole, and it keeps only the <loc> values.
 *
 * Not a general XML parser, on purpose: a service worker has no XML parsing API, Node (where the unit
 * tests run) has none either, markup parsers are sinks this project keeps out of its source
 * (scripts/no-inner-html.test.ts), no XML library is a dependency, and the subset is small. What it does:
 * - elements are matched by local name, so a prefix (`<sm:url>`) or a missing or old namespace
 *   still reads (real sitemaps get the namespace wrong often; the URLs are what matter);
 * - only a <loc> that is a direct child of <url> (or <sitemap>) counts, so <image:loc> and the
 *   like inside a <url> are not mistaken for pages;
 * - comments, processing instructions, CDATA sections, and the five predefined entities plus
 *   numeric character references are understood; a DOCTYPE is skipped and its entities are never
 *   expanded (no "billion laughs");
 * - a construct longer than CHECKER_LIMITS.maxSitemapToken stops the reading as malformed.
 * Malformed XML after the root has started keeps the URLs read so far and says where it stopped.
 */
import { CHECKER_LIMITS } from './checker-limits';
import { counted, phrase, type Phrase } from './checker-phrase';

export interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  /** The <loc> of each <url>, as written (entities decoded, whitespace trimmed). */
  urls: string[];
  /** The <loc> of each <sitemap> of an index: the child sitemaps to read next. */
  sitemaps: string[];
  /** Things worth saying that did not stop the reading. */
  problems: Phrase[];
  /** False when the reading stopped early (malformed XML, a size limit): `problems` says why. */
  complete: boolean;
}

export type SitemapError = 'empty' | 'not-xml' | 'not-a-sitemap' | 'malformed' | 'unreadable';

export type SitemapReading = { ok: true; sitemap: Sitemap } | { ok: false; error: SitemapError; message: Phrase };

/** A sitemap nests four deep (urlset, url, image:image, image:loc); far deeper is hostile, and would grow the stack. */
const MAX_DEPTH = 64;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class SitemapReader {
  private buf = '';
  /** Characters consumed before `buf`, for "near character N" in messages. */
  private offset = 0;
  private readonly stack: string[] = [];
  private kind: Sitemap['kind'] | undefined;
  private readonly urls: string[] = [];
  private readonly sitemaps: string[] = [];
  private readonly problems: Phrase[] = [];
  private readonly unknownEntities = new Set<string>();
  private capture: { raw: string; text: string } | undefined;
  private emptyLocs = 0;
  private failure: { error: SitemapError; message: Phrase } | undefined;
  private stopped = false;
  /** The root element closed: whatever follows is not ours. */
  private ended = false;

  /** True once nothing more will be read: the driver may cancel its stream. */
  get done(): boolean {
    return this.failure !== undefined || this.stopped || this.ended;
  }

  push(chunk: string): void {
    if (this.done) return;
    this.buf += chunk;
    this.consume(false);
  }

  /** Stops reading, keeping what was read, with the reason (a size limit reached). */
  stop(problem: Phrase): void {
    if (this.done) return;
    this.problems.push(problem);
    this.stopped = true;
  }

  finish(): SitemapReading {
    if (!this.done) this.consume(true);
    if (this.failure !== undefined) return { ok: false, ...this.failure };
    if (this.kind === undefined) return { ok: false, error: 'empty', message: phrase('checkerSitemapEmpty') };
    const problems = [...this.problems];
    if (this.emptyLocs > 0) problems.push(counted('checkerSitemapEmptyLocs', this.emptyLocs));
    if (this.unknownEntities.size > 0) problems.push(phrase('checkerSitemapUnknownEntities', [...this.unknownEntities].slice(0, 5).join(', ')));
    let complete = !this.stopped;
    if (complete && this.stack.length > 0) {
      problems.push(phrase('checkerSitemapCutShort', this.stack[this.stack.length - 1]!));
      complete = false;
    }
    return { ok: true, sitemap: { kind: this.kind, urls: this.urls, sitemaps: this.sitemaps, problems, complete } };
  }

  private consume(atEnd: boolean): void {
    let pos = 0;
    const buf = this.buf;
    while (pos < buf.length && !this.done) {
      const lt = buf.indexOf('<', pos);
      const textEnd = lt < 0 ? buf.length : lt;
      if (textEnd > pos && !this.text(buf, pos, textEnd)) return;
      pos = textEnd;
      if (lt < 0) break;
      const end = this.markup(buf, lt, atEnd);
      if (end < 0) break; // incomplete: wait for more
      pos = end;
    }
    this.offset += pos;
    this.buf = buf.slice(pos);
    if (!this.done && this.buf.length > CHECKER_LIMITS.maxSitemapToken) {
      this.malformed(phrase('checkerXmlLongToken', CHECKER_LIMITS.maxSitemapToken));
    }
    if (atEnd && !this.done && this.buf.length > 0) this.malformed(phrase('checkerXmlEndsInTag'));
  }

  /** Text between tags: kept inside a <loc> we want, else whitespace only before the root. */
  private text(buf: string, from: number, to: number): boolean {
    if (this.kind === undefined) {
      const text = buf.slice(from, to);
      if (text.trim() === '') return true;
      this.fail('not-xml', notXmlMessage(text));
      return false;
    }
    if (this.capture !== undefined && this.capture.raw.length < CHECKER_LIMITS.maxUrlLength + 1) {
      this.capture.raw += buf.slice(from, Math.min(to, from + CHECKER_LIMITS.maxUrlLength + 1));
    }
    return true;
  }

  /** Reads the markup at `lt`; returns where it ends, or -1 when it is not complete yet. */
  private markup(buf: string, lt: number, atEnd: boolean): number {
    if (!atEnd && buf.length - lt < 9) {
      // Too short to tell a comment or CDATA section from a tag: wait for the next chunk.
      const head = buf.slice(lt);
      if ('<![CDATA['.startsWith(head) || '<!--'.startsWith(head)) return -1;
    }
    if (buf.startsWith('<!--', lt)) return this.skipTo(buf, lt, '-->');
    if (buf.startsWith('<![CDATA[', lt)) {
      const close = buf.indexOf(']]>', lt + 9);
      if (close < 0) return -1;
      this.cdata(buf.slice(lt + 9, close));
      return close + 3;
    }
    if (buf.startsWith('<?', lt)) return this.skipTo(buf, lt, '?>');
    if (buf.startsWith('<!', lt)) return this.declaration(buf, lt);
    const gt = tagEnd(buf, lt + 1);
    if (gt < 0) return -1;
    const tag = buf.slice(lt + 1, gt);
    if (tag.startsWith('/')) this.close(localName(tag.slice(1)));
    else this.open(localName(tag), tag.endsWith('/'));
    return gt + 1;
  }

  private skipTo(buf: string, lt: number, terminator: string): number {
    const close = buf.indexOf(terminator, lt + 2);
    return close < 0 ? -1 : close + terminator.length;
  }

  /** <!DOCTYPE ...>, with an internal subset in [...] skipped unread. */
  private declaration(buf: string, lt: number): number {
    const bracket = buf.indexOf('[', lt);
    const gt = buf.indexOf('>', lt);
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = buf.indexOf(']>', bracket);
    return close < 0 ? -1 : close + 2;
  }

  private cdata(text: string): void {
    if (this.kind === undefined) {
      this.fail('not-xml', phrase('checkerXmlCdataFirst'));
      return;
    }
    if (this.capture === undefined) return;
    this.flushCapture();
    this.capture.text += text;
  }

  private open(name: string, selfClosing: boolean): void {
    if (this.kind === undefined) {
      this.root(name);
      if (selfClosing) this.stack.pop();
      return;
    }
    if (this.stack.length === MAX_DEPTH) {
      this.malformed(phrase('checkerXmlTooDeep', MAX_DEPTH));
      return;
    }
    this.stack.push(name);
    if (this.isWantedLoc()) {
      if (selfClosing) this.emptyLocs++;
      else this.capture = { raw: '', text: '' };
    }
    if (selfClosing) this.stack.pop();
  }

  private root(name: string): void {
    if (name === 'urlset' || name === 'sitemapindex') {
      this.kind = name;
      this.stack.push(name);
      return;
    }
    const lower = name.toLowerCase();
    const key = lower === 'html' ? 'checkerSitemapRootHtml' : lower === 'rss' || lower === 'feed' ? 'checkerSitemapRootFeed' : 'checkerSitemapRootOther';
    this.fail('not-a-sitemap', phrase(key, name));
  }

  private close(name: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== name) {
      this.malformed(top === undefined ? phrase('checkerXmlClosesNothing', name) : phrase('checkerXmlWrongClose', name, top));
      return;
    }
    if (this.capture !== undefined && this.isWantedLoc()) {
      this.flushCapture();
      const loc = this.capture.text.trim();
      this.capture = undefined;
      if (loc === '') this.emptyLocs++;
      else this.emit(loc);
    }
    this.stack.pop();
    if (this.stack.length === 0) this.ended = true;
  }

  private emit(loc: string): void {
    if (this.kind === 'urlset') {
      if (this.urls.length === CHECKER_LIMITS.maxInputRows) this.stop(phrase('checkerSitemapTooManyUrls', CHECKER_LIMITS.maxInputRows));
      else this.urls.push(loc);
    } else if (this.sitemaps.length === CHECKER_LIMITS.maxChildSitemaps) {
      this.stop(phrase('checkerSitemapTooManyChildren', CHECKER_LIMITS.maxChildSitemaps));
    } else {
      this.sitemaps.push(loc);
    }
  }

  /** <loc> directly inside <url> (in a urlset) or <sitemap> (in an index). */
  private isWantedLoc(): boolean {
    const s = this.stack;
    return s.length === 3 && s[2] === 'loc' && s[1] === (this.kind === 'urlset' ? 'url' : 'sitemap');
  }

  private flushCapture(): void {
    if (this.capture === undefined || this.capture.raw === '') return;
    this.capture.text += this.decodeEntities(this.capture.raw);
    this.capture.raw = '';
  }

  private decodeEntities(raw: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,31});/g, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
      }
      const value = PREDEFINED[name];
      if (value !== undefined) return value;
      this.unknownEntities.add(whole);
      return whole;
    });
  }

  private malformed(what: Phrase): void {
    if (this.kind === undefined) {
      this.fail('malformed', phrase('checkerXmlMalformed', what));
      return;
    }
    this.stop(phrase('checkerXmlMalformedNear', this.offset, what));
  }

  private fail(error: SitemapError, message: Phrase): void {
    this.failure = { error, message };
  }
}

/** Where a start or end tag ends: the next '>' outside a quoted attribute value. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

/** `sm:url xmlns:sm="…"` → 'url'. */
function localName(tag: string): string {
  const name = /^\s*([^\s/>]+)/.exec(tag)?.[1] ?? '';
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function notXmlMessage(start: string): Phrase {
  const head = start.trim().slice(0, 40);
  if (/^https?:\/\//i.test(head)) return phrase('checkerNotXmlUrls');
  if (head.startsWith('{') || head.startsWith('[')) return phrase('checkerNotXmlJson');
  return phrase('checkerNotXmlBegins', head.replace(/\s+/g, ' '));
}
