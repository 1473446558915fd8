/**
 * `npx vitest bench src/shared/capture`: 100,000 events through the reducer against plain array
 * appends of the same events (the yardstick the reducer is held to).
 */
import { bench, describe } from 'vitest';
import type { CaptureEvent } from './capture-event';
import { emptyState } from './capture-state';
import { reduce } from './capture-reducer';
import { chromeBusyPage, chromeRedirectChain } from './fixtures/chrome-scenarios';
import { testContext } from './fixtures/test-context';
import { normalizeEvent } from './normalize-event';

const raw = [...chromeRedirectChain(), ...chromeBusyPage(50_000, 8)];
const events = raw
  .map((r) => normalizeEvent(r.name, r.details))
  .filter((e): e is CaptureEvent => e !== undefined)
  .slice(0, 100_000);
const bare = testContext({}, false);
const derived = testContext();

describe(`${events.length} events`, () => {
  bench('plain array appends', () => {
    const list: CaptureEvent[] = [];
    for (const event of events) list.push(event);
  });
  bench('reduce', () => {
    const state = emptyState();
    for (const event of events) reduce(state, event, bare);
  });
  bench('reduce with explain + detectVendors', () => {
    const state = emptyState();
    for (const event of events) reduce(state, event, derived);
  });
  bench('normalize + reduce', () => {
    const state = emptyState();
    for (const r of raw) {
      const event = normalizeEvent(r.name, r.details);
      if (event !== undefined) reduce(state, event, bare);
    }
  });
});
