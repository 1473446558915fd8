/**
 * Whether a string may be checked, and the URL the checker will request for it. One rule for every
 * source (a pasted list, a CSV, a sitemap, a page's links, a redirect map), so the same input gets
 * the same answer wherever it came from.
 */
import { redactUrl } from '../export/redact';
import { CHECKER_LIMITS } from './checker-limits';
import { phrase, type Phrase } from './checker-phrase';

export type RejectReason = 'empty' | 'too-long' | 'no-scheme' | 'not-http' | 'malformed' | 'credentials' | 'spaces';

export type TargetCheck = { ok: true; url: string } | { ok: false; reason: RejectReason; message: Phrase };

/**
 * The URL to request: parsed by the WHATWG URL parser (the browser's own, so the host is lower-cased,
 * IDNs become punycode, the default port and dot segments go), without its #fragment, which is never
 * sent to a server and would make one page look like several.
 */
export function validateTarget(input: string, base?: string): TargetCheck {
  const raw = input.trim();
  if (raw === '') return refuse('empty', phrase('checkerRefuseEmpty'));
  if (raw.length > CHECKER_LIMITS.maxUrlLength) return refuse('too-long', phrase('checkerRefuseTooLong', CHECKER_LIMITS.maxUrlLength));
  if (/\s/.test(raw)) return refuse('spaces', phrase('checkerRefuseSpaces'));
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    if (base === undefined && /^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]|$)/.test(raw)) {
      return refuse('no-scheme', phrase('checkerRefuseNoScheme', raw));
    }
    return refuse('malformed', phrase('checkerRefuseMalformed'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse('not-http', phrase('checkerRefuseNotHttp', url.protocol));
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('credentials', phrase('checkerRefuseCredentials'));
  }
  if (url.hostname === '') return refuse('malformed', phrase('checkerRefuseNoHost'));
  url.hash = '';
  return { ok: true, url: url.href };
}

function refuse(reason: RejectReason, message: Phrase): TargetCheck {
  return { ok: false, reason, message };
}

/** What is shown back of a refused input: cut short, and never with the credentials it was refused for. */
export function echoInput(input: string): string {
  const trimmed = input.trim();
  const short = trimmed.length > CHECKER_LIMITS.maxEchoedInput ? `${trimmed.slice(0, CHECKER_LIMITS.maxEchoedInput)}…` : trimmed;
  return redactUrl(short);
}
