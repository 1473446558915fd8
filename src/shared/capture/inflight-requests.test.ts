import { describe, expect, it } from 'vitest';
import { emptyState } from './capture-state';
import { chromeEvents as c } from './fixtures/chrome-events';
import { chromePage } from './fixtures/chrome-scenarios';
import { replay, roundTrip, testContext } from './fixtures/test-context';
import { LIMITS } from './limits';

const TAB = 7;
const page = chromePage('https://a.example/', { requestId: '1', t: 0, documentId: 'D' });

/** A frame's request: Chrome's background hears the start of frames only (listeners.ts), Firefox's of every request. */
function request(i: number, t: number) {
  return { tabId: TAB, requestId: String(1000 + i), url: `https://a.example/r${i}`, t, type: 'sub_frame', frameId: 3, documentId: 'D' };
}

describe('requests under way', () => {
  it('are compacted as they finish, so the list does not grow with the page', () => {
    const events = [...page];
    for (let i = 0; i < 5000; i++) {
      events.push(c.beforeRequest(request(i, i)), c.completed(request(i, i + 1), { status: 200, text: 'OK' }));
    }
    const tab = replay(events, testContext()).tabs[TAB];
    expect(tab?.inflightCount).toBe(0);
    expect(tab?.inflight.length).toBeLessThanOrEqual(2 * 0 + 65);
  });

  it('forget the oldest when too many never finish', () => {
    const events = [...page];
    const total = LIMITS.maxInflightPerTab + 500;
    for (let i = 0; i < total; i++) events.push(c.beforeRequest(request(i, i)));
    const state = replay(events, testContext());
    const tab = state.tabs[TAB];
    expect(tab?.inflightCount).toBeLessThanOrEqual(LIMITS.maxInflightPerTab);
    expect(tab?.inflight.some((r) => r.requestId === String(1000 + total - 1))).toBe(true);
    // A forgotten request that finishes after all is still recorded, without its start time.
    replay([c.completed(request(0, 99_999), { status: 200, text: 'OK' })], testContext(), state);
    const record = tab?.loads[0]?.subresources.find((s) => s.url === 'https://a.example/r0');
    expect(record?.statusCode).toBe(200);
    expect(record?.timing.start).toBeUndefined();
  });

  it('are found again after the state went through storage', () => {
    const started = replay([...page, c.beforeRequest(request(1, 500))], testContext(), emptyState());
    const restored = roundTrip(started);
    replay([c.completed(request(1, 520), { status: 200, text: 'OK' })], testContext(), restored);
    const record = restored.tabs[TAB]?.loads[0]?.subresources[0];
    expect(record?.timing).toEqual({ start: 500, end: 520, duration: 20 });
    expect(restored.tabs[TAB]?.inflightCount).toBe(0);
  });
});
