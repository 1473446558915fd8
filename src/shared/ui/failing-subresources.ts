/**
 * The page's sub-resources that failed: 4xx and 5xx answers, responses cut short, and requests that
 * got no response at all. One pass over the kept records (a page may have thousands); the class
 * counts come ready-made from the capture core, so nothing else rescans.
 */
import type { PageLoad, ResponseCounts, VendorRef } from '../capture';

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
}

export function isFailingStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status <= 599;
}

/** Failing responses in the order they came, then the requests that got no response. */
export function failingRows(load: Pick<PageLoad, 'subresources' | 'errors' | 'droppedSubresources' | 'droppedErrors'>): FailingRow[] {
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
    rows.push(row);
  }
  const errors = load.errors ?? [];
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i];
    if (e === undefined) continue;
    rows.push({ key: `e${load.droppedErrors + i}`, url: e.url, type: e.type, error: e.error });
  }
  return rows;
}

export interface CountCell {
  label: string;
  /** The class it counts, for colour: '2xx', 'failed', … */
  kind: string;
  count: number;
}

/** The counts worth showing, in class order; classes with nothing in them are left out. */
export function countCells(counts: ResponseCounts | undefined): CountCell[] {
  if (counts === undefined) return [];
  const cells: CountCell[] = [
    { label: '1xx', kind: '1xx', count: counts['1xx'] },
    { label: '2xx', kind: '2xx', count: counts['2xx'] },
    { label: '3xx', kind: '3xx', count: counts['3xx'] },
    { label: '4xx', kind: '4xx', count: counts['4xx'] },
    { label: '5xx', kind: '5xx', count: counts['5xx'] },
    { label: 'other status', kind: 'other', count: counts.other },
    { label: 'no response', kind: 'failed', count: counts.failed },
  ];
  return cells.filter((c) => typeof c.count === 'number' && c.count > 0);
}

/** The type as a person would say it: 'image', 'script', 'XHR/fetch'. */
export function resourceTypeLabel(type: string): string {
  switch (type) {
    case 'xmlhttprequest':
      return 'XHR/fetch';
    case 'sub_frame':
      return 'frame';
    case 'main_frame':
      return 'page';
    case 'stylesheet':
      return 'stylesheet';
    case 'imageset':
      return 'image';
    default:
      return type.replaceAll('_', ' ') || 'request';
  }
}
