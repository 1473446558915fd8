/**
 * A list of URLs to check, from pasted text, a .txt file or a .csv file: every line is either a
 * target (de-duplicated, with how many times it appeared) or refused with its line number and the
 * reason, so a bad line never stops the rest of the list.
 */
import { CHECKER_LIMITS } from './checker-limits';
import { phrase, type Phrase } from './checker-phrase';
import { decodeText, type TextEncodingName } from './decode-text';
import { parseCsv, type CsvDelimiter, type CsvRow } from './parse-csv';
import { echoInput, validateTarget, type RejectReason } from './validate-target';

/** 'lines': one URL per line, '#' comments; 'csv': a table whose URL column is found. */
export type ListFormat = 'lines' | 'csv';

interface ListTarget {
  url: string;
  /** The first line it is on. */
  line: number;
  /** How many lines name it (after normalisation: `HTTPS://A.example` and `https://a.example/#x` are one). */
  count: number;
}

interface RefusedLine {
  line: number;
  /** What was on the line, shortened and with any credentials redacted. */
  input: string;
  reason: RejectReason | 'missing-column';
  message: Phrase;
}

interface ListTruncation {
  /** 'rows': more than CHECKER_LIMITS.maxInputRows lines; 'bytes': a file over CHECKER_LIMITS.maxInputBytes. */
  by: 'rows' | 'bytes';
  limit: number;
  /** Rows (or bytes) left unread. */
  dropped: number;
}

export interface UrlList {
  targets: ListTarget[];
  refused: RefusedLine[];
  /** Lines naming a URL listed before. */
  duplicates: number;
  truncated?: ListTruncation;
  /** How a CSV was read, so the page can say it ("column 2, “URL”, semicolon-separated"). */
  csv?: { delimiter: CsvDelimiter; column: number; header: boolean; unterminatedQuoteLine?: number };
  encoding?: TextEncodingName;
}

/** A file that could not be read as text at all. */
export interface UnreadableList {
  error: Phrase;
}

/** Pasted text without a file name: a table when its lines hold tabs, or when the first line is no URL but has a delimiter. */
export function detectListFormat(text: string): ListFormat {
  const first = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/, 50)
    .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (first === undefined) return 'lines';
  if (first.includes('\t')) return 'csv';
  return !validateTarget(first).ok && /[,;]/.test(first) ? 'csv' : 'lines';
}

export function readUrlList(text: string, format: ListFormat): UrlList {
  return format === 'csv' ? readCsvList(text) : readLineList(text);
}

/** A list file's bytes: at most CHECKER_LIMITS.maxInputBytes are read, cut at a line break. */
export function readUrlListFile(bytes: Uint8Array, format: ListFormat): UrlList | UnreadableList {
  const limit = CHECKER_LIMITS.maxInputBytes;
  let kept = bytes;
  if (bytes.length > limit) {
    const lastBreak = bytes.subarray(0, limit).lastIndexOf(0x0a);
    // UTF-16LE writes a line break as 0A 00: keep its second byte.
    const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
    kept = bytes.subarray(0, lastBreak < 0 ? limit : lastBreak + (utf16le ? 2 : 1));
  }
  const decoded = decodeText(kept);
  if (!decoded.ok) return { error: decoded.message };
  const list = readUrlList(decoded.text, format);
  list.encoding = decoded.encoding;
  // A row cap reached inside the bytes read says more than the byte cap does.
  if (kept.length < bytes.length && list.truncated === undefined) list.truncated = { by: 'bytes', limit, dropped: bytes.length - kept.length };
  return list;
}

/**
 * URLs that came from elsewhere (a sitemap's <loc> values), through the same rules; each one's `line`
 * is its position in the list (1-based).
 */
export function urlListOf(values: readonly string[]): UrlList {
  const builder = new ListBuilder();
  values.slice(0, CHECKER_LIMITS.maxInputRows).forEach((value, i) => builder.add(value, i + 1));
  if (values.length > CHECKER_LIMITS.maxInputRows) {
    builder.list.truncated = { by: 'rows', limit: CHECKER_LIMITS.maxInputRows, dropped: values.length - CHECKER_LIMITS.maxInputRows };
  }
  return builder.list;
}

/** Collects targets and refusals in line order, merging repeats. */
class ListBuilder {
  readonly list: UrlList = { targets: [], refused: [], duplicates: 0 };
  private readonly byUrl = new Map<string, ListTarget>();

  add(input: string, line: number): void {
    const check = validateTarget(input);
    if (!check.ok) {
      this.refuse(line, input, check.reason, check.message);
      return;
    }
    const seen = this.byUrl.get(check.url);
    if (seen !== undefined) {
      seen.count++;
      this.list.duplicates++;
      return;
    }
    const target: ListTarget = { url: check.url, line, count: 1 };
    this.byUrl.set(check.url, target);
    this.list.targets.push(target);
  }

  refuse(line: number, input: string, reason: RefusedLine['reason'], message: Phrase): void {
    this.list.refused.push({ line, input: echoInput(input), reason, message });
  }
}

function readLineList(text: string): UrlList {
  const builder = new ListBuilder();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let rows = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (rows === CHECKER_LIMITS.maxInputRows) {
      const dropped = lines.slice(i).filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;
      builder.list.truncated = { by: 'rows', limit: CHECKER_LIMITS.maxInputRows, dropped };
      break;
    }
    rows++;
    builder.add(line, i + 1);
  }
  return builder.list;
}

/** Header cells that name the URL column (a sitemap export says "loc", a crawler export "Address"). */
const URL_HEADER = /^(url|urls|uri|address|adresse|link|links|href|loc|location|page|pages|source)$/i;

function readCsvList(text: string): UrlList {
  const parsed = parseCsv(text, { maxRows: CHECKER_LIMITS.maxInputRows });
  const { column, header } = urlColumn(parsed.rows);
  const builder = new ListBuilder();
  builder.list.csv = { delimiter: parsed.delimiter, column, header };
  if (parsed.unterminatedQuoteLine !== undefined) builder.list.csv.unterminatedQuoteLine = parsed.unterminatedQuoteLine;
  parsed.rows.forEach((row, i) => {
    if (header && i === 0) return;
    const value = row.fields[column];
    if (value === undefined) {
      builder.refuse(row.line, row.fields.join(parsed.delimiter), 'missing-column', phrase('checkerRefuseNoColumn', column + 1));
      return;
    }
    builder.add(value, row.line);
  });
  if (parsed.droppedRows > 0) builder.list.truncated = { by: 'rows', limit: CHECKER_LIMITS.maxInputRows, dropped: parsed.droppedRows };
  return builder.list;
}

/**
 * The URL column: the one whose header names it; else the first column holding a URL on the first
 * data row. The first row is a header when it names the column, or when it holds no URL where the
 * second row does.
 */
function urlColumn(rows: readonly CsvRow[]): { column: number; header: boolean } {
  const first = rows[0]?.fields ?? [];
  const named = first.findIndex((f) => URL_HEADER.test(f.trim()));
  if (named >= 0) return { column: named, header: true };
  const looksLikeUrl = (f: string | undefined): boolean => f !== undefined && /^\s*https?:\/\//i.test(f);
  const inFirst = first.findIndex(looksLikeUrl);
  if (inFirst >= 0) return { column: inFirst, header: false };
  const second = rows[1]?.fields ?? [];
  const inSecond = second.findIndex(looksLikeUrl);
  if (inSecond >= 0) return { column: inSecond, header: true };
  return { column: 0, header: false };
}
