/** One line naming a page load in the picker of the tab's earlier loads. */
import type { LoadHead } from '../shared/tab-view';

function outcome(load: LoadHead): string {
  if (load.final) return String(load.final.statusCode);
  if (load.error) return 'no response';
  if (load.state === 'loading') return 'loading';
  return 'not observed';
}

/** The URL without its scheme, shortened in the middle when long (the picker is one line). */
export function shortUrl(url: string, max = 60): string {
  const bare = url.replace(/^https?:\/\//i, '');
  if (bare.length <= max) return bare;
  const half = Math.floor((max - 1) / 2);
  return `${bare.slice(0, half)}…${bare.slice(bare.length - (max - 1 - half))}`;
}

export function loadLabel(load: LoadHead, isCurrent: boolean, time: (ms: number) => string): string {
  const parts = [time(load.startedAt), outcome(load), shortUrl(load.url || load.chain.at(-1)?.url || '')];
  const redirects = load.chain.filter((hop, i) => i < load.chain.length - 1 || hop.redirectUrl !== undefined).length;
  let label = parts.join(' · ');
  if (redirects > 0) label += ` (after ${redirects} ${redirects === 1 ? 'redirect' : 'redirects'})`;
  if (load.noDocument) label += ' — did not replace the page';
  if (isCurrent) label += ' — current';
  return label;
}
