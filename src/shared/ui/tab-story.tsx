/**
 * The page's story for one tab — the final answer and the redirect chain — shared by the popup and
 * the DevTools panel. Each part is its own component, so a surface can lay them out differently.
 */
import type { ComponentChildren } from 'preact';
import { storyLoad } from '../capture/selectors';
import type { LoadHead } from '../tab-view';
import { FinalAnswer } from './final-answer';
import { RedirectChain } from './redirect-chain-view';
import { useI18n } from './use-i18n';

export interface TabStoryProps {
  view: { loads: readonly LoadHead[] } | undefined;
  /** The load to tell (an earlier one picked by the user); the tab's current load by default. */
  load?: LoadHead | undefined;
  /** What to say when the tab has no load; a generic sentence by default. */
  empty?: ComponentChildren;
}

export function TabStory({ view, load, empty }: TabStoryProps) {
  const shown = load ?? storyLoad(view?.loads);
  const i18n = useI18n();
  if (!shown) {
    return (
      empty ?? (
        <p class="empty" data-testid="empty">
          {i18n.t('uiEmptyTab')}
        </p>
      )
    );
  }
  return (
    <div class="story" data-load-id={shown.id}>
      <FinalAnswer load={shown} />
      <RedirectChain load={shown} />
    </div>
  );
}
