/**
 * A redirect map to verify: a CSV of old URL, expected target and, optionally, the expected status
 * code, as SEO migrations are planned in spreadsheets. Each row becomes one check; a row that cannot be
 * checked is refused with its line and the reason, and the others are still checked.
 */
import { CHECKER_LIMITS } from './checker-limits';
import { phrase, type Phrase } from './checker-phrase';
import { decodeText } from './decode-text';
import { parseCsv, type CsvDelimiter, type CsvRow } from './parse-csv';
import { comparableUrl, sameTarget } from './same-target';
import { echoInput, validateTarget, type RejectReason } from './validate-target';

export interface RedirectMapRow {
  line: number;
  /** The old URL, as the checker will request it. */
  from: string;
  /** The expected target, resolved against the old URL (a map may write `/new-page`). */
  to: string;
  /** Absent: any permanent redirect (301 or 308) is right. */
  expectedCode?: number;
}

interface RefusedMapRow {
  line: number;
  input: string;
  reason: RejectReason | 'missing-column' | 'bad-target' | 'bad-code' | 'conflict';
  message: Phrase;
}

export interface RedirectMap {
  rows: RedirectMapRow[];
  refused: RefusedMapRow[];
  /** Rows repeating an earlier row exactly (same old URL, same target): checked once. */
  duplicates: number;
  truncated?: { limit: number; dropped: number };
  csv: { delimiter: CsvDelimiter; header: boolean; columns: { from: number; to: number; code?: number } };
  unterminatedQuoteLine?: number;
}

/** The codes a redirect map may expect. */
const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Header cells, compared lower-cased without spaces, dashes or underscores. */
const FROM_HEADERS = new Set(['old', 'oldurl', 'from', 'fromurl', 'source', 'sourceurl', 'url', 'redirectfrom', 'origin', 'legacyurl']);
const TO_HEADERS = new Set(['new', 'newurl', 'to', 'tourl', 'target', 'targeturl', 'destination', 'destinationurl', 'expected', 'expectedurl', 'redirectto']);
const CODE_HEADERS = new Set(['code', 'status', 'statuscode', 'expectedcode', 'expectedstatus', 'httpcode', 'type', 'redirecttype']);

export function readRedirectMap(text: string): RedirectMap {
  const parsed = parseCsv(text, { maxRows: CHECKER_LIMITS.maxInputRows + 1 });
  const { header, columns } = mapColumns(parsed.rows);
  const map: RedirectMap = { rows: [], refused: [], duplicates: 0, csv: { delimiter: parsed.delimiter, header, columns } };
  if (parsed.unterminatedQuoteLine !== undefined) map.unterminatedQuoteLine = parsed.unterminatedQuoteLine;
  const body = header ? parsed.rows.slice(1) : parsed.rows;
  const dropped = Math.max(0, body.length - CHECKER_LIMITS.maxInputRows) + parsed.droppedRows;
  if (dropped > 0) map.truncated = { limit: CHECKER_LIMITS.maxInputRows, dropped };
  const byFrom = new Map<string, RedirectMapRow>();
  for (const row of body.slice(0, CHECKER_LIMITS.maxInputRows)) {
    const outcome = readRow(row, columns);
    if ('reason' in outcome) {
      map.refused.push({ line: row.line, input: echoInput(row.fields.join(parsed.delimiter)), ...outcome });
      continue;
    }
    const key = comparableUrl(outcome.from) ?? outcome.from;
    const earlier = byFrom.get(key);
    if (earlier === undefined) {
      byFrom.set(key, outcome);
      map.rows.push(outcome);
    } else if (sameTarget(earlier.to, outcome.to) && earlier.expectedCode === outcome.expectedCode) {
      map.duplicates++;
    } else {
      map.refused.push({
        line: row.line,
        input: echoInput(row.fields.join(parsed.delimiter)),
        reason: 'conflict',
        message:
          earlier.expectedCode === undefined
            ? phrase('checkerMapConflict', earlier.line, echoInput(earlier.to))
            : phrase('checkerMapConflictCode', earlier.line, echoInput(earlier.to), String(earlier.expectedCode)),
      });
    }
  }
  return map;
}

export function readRedirectMapFile(bytes: Uint8Array): RedirectMap | { error: Phrase } {
  if (bytes.length > CHECKER_LIMITS.maxInputBytes) {
    return { error: phrase('checkerMapFileTooLarge', CHECKER_LIMITS.maxInputBytes / 1024 / 1024) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? readRedirectMap(decoded.text) : { error: decoded.message };
}

function readRow(row: CsvRow, columns: RedirectMap['csv']['columns']): RedirectMapRow | Omit<RefusedMapRow, 'line' | 'input'> {
  const fromCell = row.fields[columns.from]?.trim() ?? '';
  const toCell = row.fields[columns.to]?.trim() ?? '';
  if (fromCell === '') return { reason: 'missing-column', message: phrase('checkerMapNoFrom', columns.from + 1) };
  const from = validateTarget(fromCell);
  if (!from.ok) return { reason: from.reason, message: phrase('checkerMapBadFrom', from.message) };
  if (toCell === '') return { reason: 'missing-column', message: phrase('checkerMapNoTo', columns.to + 1) };
  const to = validateTarget(toCell, from.url);
  if (!to.ok) return { reason: to.reason === 'credentials' ? 'credentials' : 'bad-target', message: phrase('checkerMapBadTo', to.message) };
  const result: RedirectMapRow = { line: row.line, from: from.url, to: to.url };
  const codeCell = columns.code === undefined ? '' : (row.fields[columns.code]?.trim() ?? '');
  if (codeCell !== '') {
    const code = Number(codeCell);
    if (!REDIRECT_CODES.has(code)) return { reason: 'bad-code', message: phrase('checkerMapBadCode', echoInput(codeCell)) };
    result.expectedCode = code;
  }
  return result;
}

/**
 * The columns: named by a header row when the first row names both URLs; else the first row is a
 * header when it holds no URL (a header in another language); the order is then old, target, code.
 */
function mapColumns(rows: readonly CsvRow[]): { header: boolean; columns: RedirectMap['csv']['columns'] } {
  const first = rows[0]?.fields ?? [];
  const names = first.map((f) => f.toLowerCase().replace(/[\s_-]+/g, ''));
  const from = names.findIndex((n) => FROM_HEADERS.has(n));
  const to = names.findIndex((n) => TO_HEADERS.has(n));
  if (from >= 0 && to >= 0 && from !== to) {
    const code = names.findIndex((n) => CODE_HEADERS.has(n));
    return { header: true, columns: code >= 0 ? { from, to, code } : { from, to } };
  }
  // A first cell that is neither a URL nor a host name ("Alte URL", "Quelle") is a header.
  const cell = first[0] ?? '';
  const header = first.length > 0 && !/^\s*(https?:\/\/|\/)/i.test(cell) && !/\.[a-z]{2,}/i.test(cell);
  return { header, columns: { from: 0, to: 1, code: 2 } };
}
