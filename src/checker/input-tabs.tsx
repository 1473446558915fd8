/**
 * What the checker checks: a pasted list (the page's own form), a page's links, a sitemap, or a
 * redirect map. Each input prepares its targets when Check is pressed, and shows what the run found
 * in its own terms (a link's text and count, a map row's verdict).
 */
import type { UrlList } from '../shared/checker/check-input';
import type { CheckResult } from '../shared/checker/check-result';
import type { PageLinks } from '../shared/checker/page-links';
import type { RedirectMap } from '../shared/checker/redirect-map';
import type { MessageKey } from '../shared/checker/checker-phrase';
import { useI18n } from '../shared/ui/use-i18n';
import type { CheckTarget } from './check-run';
import type { CheckerEnv } from './checker-env';
import { PageLinksInput, PageLinksResults } from './page-links-input';
import { RedirectMapInput, RedirectVerdicts } from './redirect-map-input';
import { SitemapInput } from './sitemap-input';

export type InputKind = 'list' | 'page-links' | 'sitemap' | 'redirect-map';

export type PreparedInput =
  | { kind: 'page-links'; targets: CheckTarget[]; links: PageLinks }
  | { kind: 'sitemap'; targets: CheckTarget[]; list: UrlList }
  | { kind: 'redirect-map'; targets: CheckTarget[]; map: RedirectMap };

/** What an input hands the page when Check is pressed: what to check, or why there is nothing yet. */
export type Preparation = PreparedInput | { problem: string };

export interface InputProps {
  env: CheckerEnv;
  /** Registers how to prepare the input when Check is pressed. */
  provide: (prepare: () => Preparation) => void;
  /** Starts the check at once (a page's links, opened from the popup: one click). */
  check: () => void;
}

const TABS: readonly [InputKind, MessageKey][] = [
  ['list', 'checkerInputList'],
  ['page-links', 'checkerInputPageLinks'],
  ['sitemap', 'checkerInputSitemap'],
  ['redirect-map', 'checkerInputRedirectMap'],
];

export function InputTabs({ active, onSelect }: { active: InputKind; onSelect: (kind: InputKind) => void }) {
  const i18n = useI18n();
  return (
    <div class="input-tabs" role="radiogroup" aria-label={i18n.t('checkerInputWhat')}>
      {TABS.map(([kind, label]) => (
        <label key={kind} class={kind === active ? 'active' : ''}>
          <input type="radio" name="input-kind" value={kind} data-testid={`input-${kind}`} checked={kind === active} onChange={() => onSelect(kind)} />{' '}
          {i18n.t(label)}
        </label>
      ))}
    </div>
  );
}

/** The chosen input's own controls (the list's are the page's form itself). */
export function InputPanel({ kind, ...props }: InputProps & { kind: Exclude<InputKind, 'list'> }) {
  if (kind === 'page-links') return <PageLinksInput {...props} />;
  if (kind === 'sitemap') return <SitemapInput {...props} />;
  return <RedirectMapInput {...props} />;
}

/** What a run found, told in the input's terms; the results table below has every chain. */
export function InputResults({ input, results, tick }: { input: PreparedInput; results: readonly CheckResult[]; tick: number }) {
  if (input.kind === 'page-links') return <PageLinksResults links={input.links} results={results} tick={tick} />;
  if (input.kind === 'redirect-map') return <RedirectVerdicts map={input.map} results={results} tick={tick} />;
  return null;
}
