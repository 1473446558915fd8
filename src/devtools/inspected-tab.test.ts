import { describe, expect, it } from 'vitest';
import { inspectedTabId } from './inspected-tab';

describe('inspectedTabId', () => {
  it('prefers ?tab=ID, for a panel opened outside DevTools', () => {
    expect(inspectedTabId('?tab=42', 7)).toBe(42);
    expect(inspectedTabId('?x=1&tab=0', undefined)).toBe(0);
  });

  it('otherwise uses the tab DevTools inspects', () => {
    expect(inspectedTabId('', 7)).toBe(7);
    expect(inspectedTabId('?tab=', 7)).toBe(7);
  });

  it('has no tab for nonsense', () => {
    for (const search of ['?tab=-1', '?tab=1e3', '?tab=12abc', '?tab=99999999999']) expect(inspectedTabId(search, undefined)).toBeUndefined();
    expect(inspectedTabId('', -1)).toBeUndefined();
    expect(inspectedTabId('', '7')).toBeUndefined();
  });
});
