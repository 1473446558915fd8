import { describe, expect, it } from 'vitest';
import { countCells, resourceTypeLabel } from './failing-subresources';

describe('countCells', () => {
  it('shows only the classes that have something', () => {
    const cells = countCells({ total: 9, '1xx': 0, '2xx': 5, '3xx': 1, '4xx': 2, '5xx': 0, other: 0, failed: 1, fromCache: 3 });
    expect(cells.map((c) => `${c.label}=${c.count}`)).toEqual(['2xx=5', '3xx=1', '4xx=2', 'no response=1']);
    expect(countCells(undefined)).toEqual([]);
  });
});

describe('resourceTypeLabel', () => {
  it('uses everyday words', () => {
    expect(resourceTypeLabel('xmlhttprequest')).toBe('XHR/fetch');
    expect(resourceTypeLabel('sub_frame')).toBe('frame');
    expect(resourceTypeLabel('script')).toBe('script');
    expect(resourceTypeLabel('')).toBe('request');
  });
});
