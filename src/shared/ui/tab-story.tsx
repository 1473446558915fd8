/** The page's story for one tab — final answer and redirect hops — shared by the popup and the panel. */
import type { Hop, PageLoad } from '../capture';
import { currentLoad, type TabView } from '../tab-view';
import { statusWords } from './status-words';

function classOf(status: number | undefined): string {
  const first = Math.floor((status ?? 0) / 100);
  return first >= 1 && first <= 5 ? `c${first}xx` : 'cunknown';
}

function phraseOf(hop: { statusCode?: number; statusLine?: string; explanation?: { phrase: string } }): string {
  if (hop.explanation) return hop.explanation.phrase;
  return hop.statusCode === undefined ? '' : statusWords(hop.statusCode, hop.statusLine).phrase;
}

/** The hops that moved the browser on (the last hop is the final response, unless it redirected too). */
export function redirectHops(load: PageLoad): Hop[] {
  return load.chain.filter((hop, i) => i < load.chain.length - 1 || hop.redirectUrl !== undefined);
}

function HopRow({ hop, index }: { hop: Hop; index: number }) {
  return (
    <li class={`hop ${classOf(hop.statusCode)}`} data-testid="hop" data-status={hop.statusCode ?? ''}>
      <span class="hop-index" aria-hidden="true">
        {index + 1}
      </span>
      <span class="hop-code">{hop.statusCode ?? '—'}</span>
      <span class="hop-phrase">{phraseOf(hop)}</span>
      <span class="hop-url">{hop.url}</span>
    </li>
  );
}

export function TabStory({ view }: { view: TabView | undefined }) {
  const load = currentLoad(view);
  if (!load) {
    return (
      <p class="empty" data-testid="empty">
        Nothing captured for this tab yet. Load or reload the page to see its status.
      </p>
    );
  }
  const final = load.final;
  const hops = redirectHops(load);
  const lastUrl = load.chain.at(-1)?.url ?? load.url;
  return (
    <section class="story" aria-label="Page status">
      {final ? (
        <div class={`final ${classOf(final.statusCode)}`} data-testid="final" data-status={final.statusCode}>
          <span class="final-code">{final.statusCode}</span>
          <span class="final-phrase">{phraseOf(final)}</span>
          {final.explanation?.summary ?? statusWords(final.statusCode).summary ? (
            <p class="final-summary">{final.explanation?.summary ?? statusWords(final.statusCode).summary}</p>
          ) : null}
          <p class="final-url">{lastUrl}</p>
        </div>
      ) : load.error ? (
        <div class="final cunknown" data-testid="error">
          <span class="final-phrase">No response: {load.error}</span>{' '}
          <p class="final-url">{lastUrl}</p>
        </div>
      ) : load.notObservedReason ? (
        <p class="empty" data-testid="not-observed">
          Not observable: {load.notObservedReason.replaceAll('-', ' ')}.
        </p>
      ) : (
        <p class="empty" data-testid="loading">
          Loading…
        </p>
      )}
      {hops.length > 0 ? (
        <>
          <h2 class="chain-title">
            Redirect chain: {hops.length} {hops.length === 1 ? 'hop' : 'hops'}
          </h2>
          <ol class="chain" data-testid="chain">
            {hops.map((hop, i) => (
              <HopRow hop={hop} index={i} key={`${i}:${hop.url}`} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
