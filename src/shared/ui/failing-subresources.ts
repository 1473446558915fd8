/**
 * Words and cells for the page's other responses: the class counts worth showing (kept ready by the
 * capture core, so nothing rescans) and everyday names for request types. The failing rows
 * themselves come from the capture core (`failingRows`).
 */
import type { ResponseCounts } from '../capture';

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
