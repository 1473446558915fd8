import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../i18n/english-i18n';
import { countCells, resourceTypeLabel } from './failing-subresources';

describe('countCells', () => {
  it('shows only the classes that have something', () => {
    const cells = countCells({ total: 9, '1xx': 0, '2xx': 5, '3xx': 1, '4xx': 2, '5xx': 0, other: 0, failed: 1, fromCache: 3 }, ENGLISH);
    expect(cells.map((c) => `${c.label}=${c.count}`)).toEqual(['2xx=5', '3xx=1', '4xx=2', 'no response=1']);
    expect(countCells(undefined, ENGLISH)).toEqual([]);
  });
});

describe('resourceTypeLabel', () => {
  it('uses everyday words', () => {
    expect(resourceTypeLabel('xmlhttprequest', ENGLISH)).toBe('XHR/fetch');
    expect(resourceTypeLabel('sub_frame', ENGLISH)).toBe('frame');
    expect(resourceTypeLabel('script', ENGLISH)).toBe('script');
    expect(resourceTypeLabel('imageset', ENGLISH)).toBe('image');
    expect(resourceTypeLabel('csp_report', ENGLISH)).toBe('csp report');
    expect(resourceTypeLabel('', ENGLISH)).toBe('request');
  });
});
