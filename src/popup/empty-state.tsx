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
          {i18n.t('popupEmptyTitle')}
        </h2>
        {tabUrl ? (
          <p class="final-url">
            <HostUrl url={tabUrl} />
          </p>
        ) : null}
        <p>{i18n.t('popupEmptyDetail')}</p>
        <button type="button" onClick={onReload}>
          {i18n.t('popupEmptyReload')}
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
      {tabUrl === undefined ? <p class="note">{i18n.t('popupEmptyHiddenUrl')}</p> : null}
    </section>
  );
}
