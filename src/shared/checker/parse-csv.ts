/**
 * A CSV reader for lists and redirect maps: RFC 4180 quoting ("a ""b""", line breaks inside quotes),
 * any line ending (CRLF, LF, CR), and the delimiter found from the text, because spreadsheets write
 * ',' in English locales, ';' where ',' is the decimal mark, and a tab when copied to the clipboard.
 * It never throws: an unterminated quote runs to the end of the text and is reported with its line.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** The physical line (1-based) the row starts on, for messages a person can find in the file. */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Blank lines are not rows. */
  rows: CsvRow[];
  /** Rows after `maxRows` not read (counted by their line breaks, so a quoted line break may count one too many). */
  droppedRows: number;
  /** The line where a quote opened and never closed: everything after it was read into one field. */
  unterminatedQuoteLine?: number;
}

const CANDIDATES: readonly CsvDelimiter[] = ['\t', ',', ';'];
const SAMPLE_LINES = 20;

/**
 * The delimiter used most consistently over the first lines (outside quotes): the one found the same
 * non-zero number of times on most lines. Ties go to tab, then comma, then semicolon; a text where
 * none appears is one column and reads the same with any of them.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .replace(/"(?:[^"]|"")*"/g, '""')
    .split(/\r\n|\n|\r/, SAMPLE_LINES * 2)
    .filter((l) => l.trim() !== '')
    .slice(0, SAMPLE_LINES);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = consistency(lines, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** How many lines hold the candidate exactly as often as the most common non-zero count. */
function consistency(lines: readonly string[], candidate: string): number {
  const tally = new Map<number, number>();
  for (const line of lines) {
    const n = line.split(candidate).length - 1;
    if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  }
  return Math.max(0, ...tally.values());
}

export function parseCsv(text: string, options: { maxRows: number; delimiter?: CsvDelimiter }): ParsedCsv {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(body);
  const rows: CsvRow[] = [];
  const result: ParsedCsv = { delimiter, rows, droppedRows: 0 };
  const sep = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = body.length;
  const endRow = (): void => {
    fields.push(field);
    field = '';
    // A blank line (one empty field) is no row.
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
  };
  while (i < n) {
    if (rows.length >= options.maxRows) {
      result.droppedRows = countRows(body, i);
      return result;
    }
    const c = body.charCodeAt(i);
    if (c === 0x22 /* " */ && field === '') {
      // A quoted field: up to the next quote that is not doubled.
      const openedOn = line;
      i++;
      for (;;) {
        const close = body.indexOf('"', i);
        if (close < 0) {
          field += body.slice(i);
          line += lineBreaks(body, i, n);
          i = n;
          result.unterminatedQuoteLine = openedOn;
          break;
        }
        field += body.slice(i, close);
        line += lineBreaks(body, i, close);
        if (body.charCodeAt(close + 1) === 0x22) {
          field += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Text between the closing quote and the delimiter (`"a"b,`) is kept, as spreadsheets do.
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      endRow();
      i += c === 0x0d && body.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    // Plain text up to the next delimiter, quote or line break, in one slice.
    let j = i + 1;
    while (j < n) {
      const d = body.charCodeAt(j);
      if (d === sep || d === 0x0a || d === 0x0d) break;
      j++;
    }
    field += body.slice(i, j);
    i = j;
  }
  if (field !== '' || fields.length > 0) endRow();
  return result;
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) count++;
  }
  return count;
}

/** Non-blank lines from `from` on: what a row cap left unread. */
function countRows(text: string, from: number): number {
  let count = 0;
  for (const l of text.slice(from).split(/\r\n|\n|\r/)) if (l.trim() !== '') count++;
  return count;
}
