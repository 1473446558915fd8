import { describe, expect, it } from 'vitest';
import { normalizeHttpVersion } from './status-line';

describe('normalizeHttpVersion', () => {
  it.each([
    ['http/1.1', 'HTTP/1.1'],
    ['HTTP/1.0', 'HTTP/1.0'],
    ['h2', 'HTTP/2'],
    ['http/2.0', 'HTTP/2'],
    ['h3', 'HTTP/3'],
    ['h3-29', 'HTTP/3 (h3-29)'],
    ['unknown', undefined],
    ['', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHttpVersion(input)).toBe(expected);
  });
});
