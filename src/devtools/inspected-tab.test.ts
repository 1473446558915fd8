import { describe, expect, it } from 'vitest';
import { inspectedTabId, requestedTabId } from './inspected-tab';

describe('inspectedTabId', () => {
  it('uses the tab DevTools inspects', () => {
    expect(inspectedTabId(7)).toBe(7);
    expect(inspectedTabId(0)).toBe(0);
  });

  it('has no tab outside DevTools or for nonsense', () => {
    expect(inspectedTabId(undefined)).toBeUndefined();
    expect(inspectedTabId(-1)).toBeUndefined();
    expect(inspectedTabId('7')).toBeUndefined();
    expect(inspectedTabId(1.5)).toBeUndefined();
  });
});

describe('requestedTabId', () => {
  it('reads ?tab=ID, as the popup opens the page', () => {
    expect(requestedTabId('?tab=42')).toBe(42);
    expect(requestedTabId('?x=1&tab=0')).toBe(0);
  });

  it('has no tab without one, or for nonsense', () => {
    expect(requestedTabId('')).toBeUndefined();
    expect(requestedTabId('?tab=')).toBeUndefined();
    for (const search of ['?tab=-1', '?tab=1e3', '?tab=12abc', '?tab=99999999999']) expect(requestedTabId(search)).toBeUndefined();
  });
});
