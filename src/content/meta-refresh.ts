/**
 * Parses a `<meta http-equiv="refresh" content="…">` value the way browsers do (HTML's "shared
 * declarative refresh steps"), so the hint names the URL the browser will really go to.
 * Pure: no DOM, runs in Node.
 */

export interface MetaRefresh {
  delaySeconds: number;
  /** Absolute; the page's own URL when the content names none (the page refreshes itself). */
  url: string;
}

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Undefined when the browser would ignore the element (no delay, junk after it, an unparsable URL). */
export function parseMetaRefresh(content: string, documentUrl: string): MetaRefresh | undefined {
  let pos = 0;
  const skipWhitespace = (): void => {
    while (isWhitespace(content[pos])) pos++;
  };
  skipWhitespace();
  const digitsStart = pos;
  while (isDigit(content[pos])) pos++;
  const digits = content.slice(digitsStart, pos);
  if (digits === '' && content[pos] !== '.') return undefined;
  // Huge values parse to Infinity or lose precision; a browser would wait forever, so any large number will do.
  const delaySeconds = digits === '' ? 0 : Math.min(Number(digits), Number.MAX_SAFE_INTEGER);
  // The fractional part is read and ignored.
  while (isDigit(content[pos]) || content[pos] === '.') pos++;

  let urlString: string | undefined;
  if (pos < content.length) {
    const c = content[pos];
    if (c !== ';' && c !== ',' && !isWhitespace(c)) return undefined;
    skipWhitespace();
    if (content[pos] === ';' || content[pos] === ',') pos++;
    skipWhitespace();
  }
  if (pos < content.length) urlString = urlPart(content, pos);
  if (urlString === undefined) return { delaySeconds, url: documentUrl };
  try {
    return { delaySeconds, url: new URL(urlString, documentUrl).href };
  } catch {
    return undefined;
  }
}

/** The URL after the delay: `url=…` with optional quotes, or the bare remainder. */
function urlPart(content: string, start: number): string {
  const bare = content.slice(start);
  let pos = start;
  const lower = (): string | undefined => content[pos]?.toLowerCase();
  const skipWhitespace = (): void => {
    while (isWhitespace(content[pos])) pos++;
  };
  if (lower() !== 'u') return quoted(content, pos);
  pos++;
  if (lower() !== 'r') return bare;
  pos++;
  if (lower() !== 'l') return bare;
  pos++;
  skipWhitespace();
  if (content[pos] !== '=') return bare;
  pos++;
  skipWhitespace();
  return quoted(content, pos);
}

function quoted(content: string, start: number): string {
  const quote = content[start];
  if (quote !== '"' && quote !== "'") return content.slice(start);
  const rest = content.slice(start + 1);
  const end = rest.indexOf(quote);
  return end < 0 ? rest : rest.slice(0, end);
}
