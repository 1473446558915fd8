import { describe, expect, it } from 'vitest';
import { emptyState, isCaptureState } from './capture-state';
import {
  chromeBusyPage,
  chromeClientRedirect,
  chromeHsts,
  chromeRedirectChain,
  chromeRedirectLoop,
  chromeSpa,
  chromeWakeReordered,
} from './fixtures/chrome-scenarios';
import { firefoxMetaRefresh, firefoxRedirectChain } from './fixtures/firefox-scenarios';
import type { RecordedEvent } from './fixtures/recorded-event';
import { replay, roundTrip, testContext } from './fixtures/test-context';

/** Several tabs interleaved, so a restart lands in the middle of everything at once. */
function interleave(...streams: RecordedEvent[][]): RecordedEvent[] {
  const out: RecordedEvent[] = [];
  const longest = Math.max(...streams.map((s) => s.length));
  for (let i = 0; i < longest; i++)
    for (const stream of streams) {
      const event = stream[i];
      if (event !== undefined) out.push(event);
    }
  return out;
}

const session = interleave(
  [...chromeRedirectChain(11), ...chromeClientRedirect('meta-refresh', true, 11), ...chromeSpa(11)],
  [...chromeBusyPage(40, 12), ...chromeHsts(12), ...chromeRedirectLoop(12)],
  [...firefoxRedirectChain(13), ...firefoxMetaRefresh(false, 13)],
  // Responses set aside for a page not heard of yet, waiting for its commit across a restart.
  chromeWakeReordered(14),
);

describe('state survives a service-worker restart', () => {
  const ctx = testContext({ maxSubresourcesPerLoad: 25, keptLoadsPerTab: 3 });
  const uninterrupted = replay(session, ctx);

  it('is plain JSON: a round trip changes nothing', () => {
    // Strict: a key holding undefined, NaN or a class instance would not survive storage unchanged.
    expect(roundTrip(uninterrupted)).toStrictEqual(uninterrupted);
    expect(isCaptureState(roundTrip(uninterrupted))).toBe(true);
  });

  it('holds no object twice: Firefox’s storage drops a repeated reference as if it were a cycle', () => {
    const seen = new Set<object>();
    const repeated: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (seen.has(value)) {
        repeated.push(at);
        return;
      }
      seen.add(value);
      for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`);
    };
    walk(uninterrupted, 'state');
    expect(repeated).toEqual([]);
  });

  it('gives the same result when restarted at any point', () => {
    // Every 7th cut point keeps the test fast while landing inside every phase of every scenario.
    for (let cut = 0; cut <= session.length; cut += 7) {
      const before = replay(session.slice(0, cut), ctx);
      const restored = roundTrip(before);
      const after = replay(session.slice(cut), ctx, restored);
      expect(after, `restart after event ${cut}`).toStrictEqual(uninterrupted);
    }
  });

  it('restarts twice mid-load and still agrees', () => {
    const a = Math.floor(session.length / 3);
    const b = Math.floor((2 * session.length) / 3);
    let state = roundTrip(replay(session.slice(0, a), ctx));
    state = roundTrip(replay(session.slice(a, b), ctx, state));
    state = replay(session.slice(b), ctx, state);
    expect(state).toStrictEqual(uninterrupted);
  });

  it('rejects what is not a capture state', () => {
    expect(isCaptureState(emptyState())).toBe(true);
    expect(isCaptureState(null)).toBe(false);
    expect(isCaptureState({ version: 2, tabs: {}, loadSeq: 1 })).toBe(false);
  });
});
