import { describe, expect, it } from 'vitest';
import { hopRanges } from './hop-ranges';
import { ENGLISH } from '../i18n/english-i18n';

describe('hopRanges', () => {
  it('says nothing for no hop, and "hop N" for one', () => {
    expect(hopRanges([], ENGLISH)).toBe('');
    expect(hopRanges([3], ENGLISH)).toBe('hop 3');
    expect(hopRanges([3, 3], ENGLISH)).toBe('hop 3');
  });

  it('reads a run of three or more as a range', () => {
    expect(
      hopRanges(
        Array.from({ length: 21 }, (_, i) => i + 1),
        ENGLISH,
      ),
    ).toBe('hops 1–21');
    expect(hopRanges([1, 2, 3, 5], ENGLISH)).toBe('hops 1–3, 5');
    expect(hopRanges([2, 3, 4, 7, 8, 9, 10, 12], ENGLISH)).toBe('hops 2–4, 7–10, 12');
  });

  it('keeps two in a row as two numbers', () => {
    expect(hopRanges([1, 2], ENGLISH)).toBe('hops 1, 2');
    expect(hopRanges([1, 2, 4, 5], ENGLISH)).toBe('hops 1, 2, 4, 5');
    expect(hopRanges([1, 3], ENGLISH)).toBe('hops 1, 3');
  });

  it('sorts and de-duplicates, whatever order the finding listed them in', () => {
    expect(hopRanges([5, 1, 3, 2, 2, 1], ENGLISH)).toBe('hops 1–3, 5');
  });

  it('ignores what is not a hop number', () => {
    expect(hopRanges([Number.NaN, 1.5, 4], ENGLISH)).toBe('hop 4');
  });
});
