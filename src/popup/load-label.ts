/** One line naming a page load in the picker of the tab's earlier loads. */
import type { I18n } from '../shared/i18n/create-i18n';
import type { LoadHead } from '../shared/tab-view';

function outcome(load: LoadHead, i18n: LoadLabelI18n): string {
  if (load.final) return String(load.final.statusCode);
  if (load.error) return i18n.t('uiNoResponseShort');
  if (load.state === 'loading') return i18n.t('popupLoadLoading');
  return i18n.t('popupLoadNotObserved');
}

/** The URL without its scheme, shortened in the middle when long (the picker is one line). */
export function shortUrl(url: string, max = 60): string {
  const bare = url.replace(/^https?:\/\//i, '');
  if (bare.length <= max) return bare;
  const half = Math.floor((max - 1) / 2);
  return `${bare.slice(0, half)}…${bare.slice(bare.length - (max - 1 - half))}`;
}

type LoadLabelI18n = Pick<I18n, 't' | 'count'>;

/** 'time · outcome · URL (after 1 redirect) — current': a list of facts, each a message of its own. */
export function loadLabel(load: LoadHead, isCurrent: boolean, time: (ms: number) => string, i18n: LoadLabelI18n): string {
  const parts = [time(load.startedAt), outcome(load, i18n), shortUrl(load.url || load.chain.at(-1)?.url || '')];
  const redirects = load.chain.filter((hop, i) => i < load.chain.length - 1 || hop.redirectUrl !== undefined).length;
  let label = parts.join(' · ');
  if (redirects > 0) label += ` ${i18n.count('popupLoadRedirects', redirects)}`;
  if (load.noDocument) label += ` — ${i18n.t('popupLoadNoDocument')}`;
  if (isCurrent) label += ` — ${i18n.t('popupLoadCurrent')}`;
  return label;
}
