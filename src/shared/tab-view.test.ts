import { describe, expect, it } from 'vitest';
import { failingRows } from './capture';
import { CHROME_TAB, chromeBusyPage, chromeRedirectChain } from './capture/fixtures/chrome-scenarios';
import { replay, roundTrip, testContext } from './capture/fixtures/test-context';
import { loadSummaryOf, popupViewOf, SUMMARY_FAILING_ROWS, tabViewOf } from './tab-view';

const busyTab = (count: number) => replay(chromeBusyPage(count), testContext({ maxSubresourcesPerLoad: 5000 })).tabs[CHROME_TAB];

describe('popupViewOf', () => {
  it('gives the popup every load with its story and counts, and its first failing rows in place of the record lists', () => {
    const tab = busyTab(300);
    const full = tabViewOf(CHROME_TAB, tab);
    const popup = popupViewOf(CHROME_TAB, tab);
    expect(popup.loads.map((l) => l.id)).toEqual(full.loads.map((l) => l.id));
    const load = full.loads.at(-1)!;
    const summary = popup.loads.at(-1)!;
    expect(summary).not.toHaveProperty('subresources');
    expect(summary).not.toHaveProperty('errors');
    const all = failingRows(load);
    expect(all.length).toBeGreaterThan(SUMMARY_FAILING_ROWS);
    expect(summary.failing).toEqual(all.slice(0, SUMMARY_FAILING_ROWS));
    expect(summary.failingTotal).toBe(all.length);
    const { subresources, errors, ...head } = load;
    expect(subresources.length + errors.length).toBe(300);
    expect({ ...summary, failing: undefined, failingTotal: undefined }).toEqual({ ...head, failing: undefined, failingTotal: undefined });
    // Every failure of the page is counted: the 4xx, the 5xx and the requests without a response.
    expect(summary.failingTotal).toBe(load.counts['4xx'] + load.counts['5xx'] + load.counts.failed);
  });

  it('keeps the redirect chain whole (the popup tells it hop by hop)', () => {
    const tab = replay(chromeRedirectChain(), testContext()).tabs[CHROME_TAB];
    const summary = popupViewOf(CHROME_TAB, tab).loads.at(-1)!;
    expect(summary.chain.length).toBeGreaterThan(1);
    expect(summary.chain).toEqual(tab!.loads.at(-1)!.chain);
  });

  it('is the same size for a page of 200 requests and one of 5,000: what the popup’s first message carries', () => {
    const size = (n: number) => JSON.stringify(popupViewOf(CHROME_TAB, busyTab(n))).length;
    const small = size(200);
    expect(size(5000) / small).toBeLessThan(1.05);
    expect(JSON.stringify(tabViewOf(CHROME_TAB, busyTab(5000))).length / small).toBeGreaterThan(20);
  });

  it('a page with few failures gets them all, and says so', () => {
    const summary = popupViewOf(CHROME_TAB, busyTab(20)).loads.at(-1)!;
    expect(summary.failing.length).toBe(summary.failingTotal);
    expect(summary.failingTotal).toBeGreaterThan(0);
  });

  it('survives the trip through a port (plain JSON) and leaves the capture untouched', () => {
    const tab = busyTab(40);
    const before = JSON.stringify(tab);
    const view = popupViewOf(CHROME_TAB, tab);
    expect(roundTrip(view)).toEqual(view);
    expect(JSON.stringify(tab)).toBe(before);
    expect(popupViewOf(99, undefined)).toEqual({ tabId: 99, loads: [] });
  });

  it('a load read back from an older store without lists still summarises', () => {
    const load = busyTab(3)!.loads.at(-1)!;
    const old = { ...load } as Partial<typeof load>;
    delete old.subresources;
    delete old.errors;
    expect(loadSummaryOf(old as typeof load).failing).toEqual([]);
  });
});
