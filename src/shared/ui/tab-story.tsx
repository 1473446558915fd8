/** The page's story for one tab — final answer and redirect hops — shared by the popup and the panel. */
import type { HopView, TabView } from '../tab-view';
import { statusWords } from './status-words';

function classOf(status: number): string {
  const first = Math.floor(status / 100);
  return first >= 1 && first <= 5 ? `c${first}xx` : 'cunknown';
}

function HopRow({ hop, index }: { hop: HopView; index: number }) {
  const words = statusWords(hop.statusCode, hop.statusLine);
  return (
    <li class={`hop ${classOf(hop.statusCode)}`} data-testid="hop" data-status={hop.statusCode}>
      <span class="hop-index" aria-hidden="true">
        {index + 1}
      </span>
      <span class="hop-code">{hop.statusCode}</span>
      <span class="hop-phrase">{words.phrase}</span>
      <span class="hop-url">{hop.url}</span>
    </li>
  );
}

export function TabStory({ view }: { view: TabView | undefined }) {
  if (!view || (!view.final && !view.error && view.chain.length === 0)) {
    return (
      <p class="empty" data-testid="empty">
        Nothing captured for this tab yet. Load or reload the page to see its status.
      </p>
    );
  }
  const final = view.final;
  const words = final ? statusWords(final.statusCode, final.statusLine) : undefined;
  return (
    <section class="story" aria-label="Page status">
      {final && words ? (
        <div class={`final ${classOf(final.statusCode)}`} data-testid="final" data-status={final.statusCode}>
          <span class="final-code">{final.statusCode}</span>
          <span class="final-phrase">{words.phrase}</span>
          {words.summary ? <p class="final-summary">{words.summary}</p> : null}
          <p class="final-url">{final.url}</p>
        </div>
      ) : null}
      {view.error ? (
        <div class="final cunknown" data-testid="error">
          <span class="final-phrase">No response: {view.error.error}</span>{' '}
          <p class="final-url">{view.error.url}</p>
        </div>
      ) : null}
      {view.chain.length > 0 ? (
        <>
          <h2 class="chain-title">
            Redirect chain: {view.chain.length} {view.chain.length === 1 ? 'hop' : 'hops'}
          </h2>
          <ol class="chain" data-testid="chain">
            {view.chain.map((hop, i) => (
              <HopRow hop={hop} index={i} key={`${i}:${hop.url}`} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
