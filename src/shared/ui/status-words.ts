/** Words for a status code, always from the registry; the server's own reason phrase is the fallback. */
import { lookup } from '../registry';

export interface StatusWords {
  phrase: string;
  summary?: string;
}

export function reasonFromStatusLine(statusLine: string): string {
  // 'HTTP/1.1 404 Not Found' → 'Not Found'; HTTP/2 lines carry no reason phrase at all.
  const match = /^\S+\s+\d{3}\s+(.+)$/.exec(statusLine.trim());
  return match?.[1]?.trim() ?? '';
}

export function statusWords(statusCode: number, statusLine = ''): StatusWords {
  const entry = lookup(statusCode);
  if (entry) return { phrase: entry.phrase, summary: entry.summary };
  const fromLine = reasonFromStatusLine(statusLine);
  return { phrase: fromLine || 'Unregistered status' };
}
