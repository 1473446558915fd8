/**
 * The checker's hard ceilings on what it reads. A list, a CSV or a sitemap comes from anywhere (a
 * paste, a file, a server), so every reader stops at a stated limit and says what it left out,
 * rather than freezing the page or running out of memory.
 */
import { LIMITS } from '../capture/limits';

export const CHECKER_LIMITS = Object.freeze({
  /**
   * Lines (or CSV rows) read from one list. 100,000 is ten times the 10,000 the checker is built to
   * check smoothly, and parsing that many takes well under a second; beyond it the rest is counted
   * and reported, never silently dropped.
   */
  maxInputRows: 100_000,
  /**
   * Bytes of one list file decoded. A 100,000-line list of long URLs is about 20 MB; the cut is made
   * at the last line break before the limit, so no line is read half.
   */
  maxInputBytes: 32 * 1024 * 1024,
  /**
   * Uncompressed bytes read from one sitemap: the sitemap protocol's own maximum (50 MiB,
   * sitemaps.org). It also bounds what a gzip bomb can make us decompress.
   */
  maxSitemapBytes: 50 * 1024 * 1024,
  /**
   * One tag, comment or CDATA section of a sitemap. A <loc> is at most 2,048 characters by the
   * protocol; an unterminated construct longer than this is malformed, and the bound keeps the
   * streaming reader from buffering (and rescanning) a whole file.
   */
  maxSitemapToken: 1024 * 1024,
  /** Child sitemaps read from one sitemap index (the protocol allows 50,000 per index). */
  maxChildSitemaps: 50_000,
  /** Longer URLs are refused: the capture core cuts URLs at this length, so their results could not be shown whole. */
  maxUrlLength: LIMITS.maxUrlLength,
  /** A link's text, kept for display only. */
  maxLinkText: 200,
  /** What of a refused input line is kept to show back (with its credentials redacted). */
  maxEchoedInput: 300,
});
