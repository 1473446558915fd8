/** What the popup says for a tab with nothing captured: why, and what to do about it. */
import { notObservedWords } from '../shared/words/not-observed-words';
import { HostUrl } from '../shared/ui/host-url';
import { useI18n } from '../shared/ui/use-i18n';
import type { EmptyKind } from './empty-kind';

export function EmptyState({ kind, tabUrl, onReload }: { kind: EmptyKind; tabUrl: string | undefined; onReload: () => void }) {
  const i18n = useI18n();
  if (kind === 'not-captured') {
    return (
      <section class="empty" data-testid="empty" data-kind={kind} aria-labelledby="empty-title">
        <h2 id="empty-title" class="empty-title">
          Nothing captured for this page yet
        </h2>
        {tabUrl ? (
          <p class="final-url">
            <HostUrl url={tabUrl} />
          </p>
        ) : null}
        <p>
          It was probably open before Status Inspector started, or shown again from the back/forward cache without asking the server. Reload it to see its
          status.
        </p>
        <button type="button" onClick={onReload}>
          Reload the page
        </button>
      </section>
    );
  }
  const words = notObservedWords(kind, i18n);
  return (
    <section class="empty" data-testid="empty" data-kind={kind} aria-labelledby="empty-title">
      <h2 id="empty-title" class="empty-title">
        {words.title}
      </h2>
      <p>{words.detail}</p>
      {tabUrl === undefined ? (
        <p class="note">
          (The browser does not tell extensions the address of its own pages, of extension stores, or of sites Status Inspector is not allowed to read.)
        </p>
      ) : null}
    </section>
  );
}
