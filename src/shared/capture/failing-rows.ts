/**
 * The load's sub-resources that failed: 4xx and 5xx answers, responses cut short, and requests that
 * got no response at all. One pass over the kept records (a page may have thousands). The background
 * sends the popup these rows instead of every record, since failures are all it lists.
 */
import type { ExplanationRef, PageLoad, VendorRef } from './capture-state';
import { explanationFor } from './derived-info';
import type { ExplainFn } from './reduce-context';

export interface FailingRow {
  /** Stable within the load, for list keys. */
  key: string;
  url: string;
  type: string;
  method?: string;
  statusCode?: number;
  statusLine?: string;
  /** The browser's error ('net::ERR_CONNECTION_REFUSED'): no response, or a response cut short. */
  error?: string;
  vendors?: VendorRef[];
  fromCache?: boolean;
  /** What the status (else the error) means, chosen by the registry in the background, which sends the rows. */
  explanation?: ExplanationRef;
}

function isFailingStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status <= 599;
}

/**
 * Failing responses in the order they came, then the requests that got no response. With `explain`
 * (the background's), each row carries its meaning, so the popup shows it without choosing one.
 */
// The records may be missing: a load read back from storage is checked for its id and chain only.
export function failingRows(
  load: Pick<PageLoad, 'droppedSubresources' | 'droppedErrors'> & Partial<Pick<PageLoad, 'subresources' | 'errors'>>,
  explain?: ExplainFn,
): FailingRow[] {
  const rows: FailingRow[] = [];
  const subresources = load.subresources ?? [];
  for (let i = 0; i < subresources.length; i++) {
    const s = subresources[i];
    if (s === undefined || (!isFailingStatus(s.statusCode) && s.error === undefined)) continue;
    const row: FailingRow = { key: `s${load.droppedSubresources + i}`, url: s.url, type: s.type };
    if (s.method !== undefined) row.method = s.method;
    if (s.statusCode !== undefined) row.statusCode = s.statusCode;
    if (s.statusLine !== undefined) row.statusLine = s.statusLine;
    if (s.error !== undefined) row.error = s.error;
    if (s.vendors !== undefined) row.vendors = s.vendors;
    if (s.fromCache !== undefined) row.fromCache = s.fromCache;
    const explanation = explanationFor({ explain }, s);
    if (explanation !== undefined) row.explanation = explanation;
    rows.push(row);
  }
  const errors = load.errors ?? [];
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i];
    if (e === undefined) continue;
    const row: FailingRow = { key: `e${load.droppedErrors + i}`, url: e.url, type: e.type, error: e.error };
    const explanation = explanationFor({ explain }, e);
    if (explanation !== undefined) row.explanation = explanation;
    rows.push(row);
  }
  return rows;
}
