import { describe, expect, it } from 'vitest';
import type { StatusClass } from '../registry/registry-types';
import type { PageLoad } from './capture-state';
import { emptyState } from './capture-state';
import { createLoad } from './page-load';
import { badgeFor, statusClassOf, storyLoad } from './selectors';

function load(patch: Partial<PageLoad>): PageLoad {
  return { ...createLoad(emptyState(), 1, 'https://a.example/', 0), ...patch };
}

describe('badgeFor', () => {
  it('is undefined when nothing was observed', () => {
    expect(badgeFor(undefined)).toBeUndefined();
    expect(badgeFor(load({}))).toBeUndefined();
    expect(badgeFor(load({ committed: true, state: 'complete', source: 'not-observable', notObservedReason: 'back-forward-cache' }))).toBeUndefined();
  });

  it.each<[number, StatusClass]>([
    [103, 'informational'],
    [204, 'success'],
    [304, 'redirection'],
    [404, 'client-error'],
    [503, 'server-error'],
    [999, 'unknown'],
  ])('colours %i by its class', (statusCode, color) => {
    const badge = badgeFor(load({ final: { statusCode, source: 'network' } }));
    expect(badge).toMatchObject({ text: String(statusCode), color, redirects: 0, subresourceFailures: 0 });
    expect(badge?.head).toBe(String(statusCode));
  });

  it('never exceeds 4 characters', () => {
    const counts = { total: 9, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 3, '5xx': 3, other: 0, failed: 3, fromCache: 0 };
    const badge = badgeFor(load({ final: { statusCode: 503, statusLine: 'HTTP/1.1 503 Service Unavailable', source: 'network' }, counts }));
    expect(badge?.text).toBe('503!');
    expect(badge).toMatchObject({ head: 'HTTP/1.1 503 Service Unavailable', subresourceFailures: 9, redirects: 0 });
  });
});

describe('storyLoad', () => {
  it('skips a newer navigation that never replaced the page', () => {
    const state = emptyState();
    const shown = load({ id: '1-1', committed: true });
    const download = load({ id: '1-2', noDocument: true, state: 'error', error: 'net::ERR_ABORTED' });
    state.tabs[1] = { tabId: 1, loads: [shown, download], inflight: [], inflightCount: 0 };
    expect(storyLoad(state.tabs[1].loads)?.id).toBe('1-1');
    expect(storyLoad(state.tabs[2]?.loads)).toBeUndefined();
  });

  it('skips loads that did not replace the page, for full loads and summaries alike', () => {
    const loads = [{ id: 'a' }, { id: 'b', noDocument: true }];
    expect(storyLoad(loads)?.id).toBe('a');
    expect(storyLoad<{ id: string; noDocument?: boolean }>([])).toBeUndefined();
    expect(storyLoad(undefined)).toBeUndefined();
  });
});

describe('statusClassOf', () => {
  it('puts out-of-range codes in unknown', () => {
    expect(statusClassOf(99)).toBe('unknown');
    expect(statusClassOf(600)).toBe('unknown');
  });
});
