/**
 * One checked URL opened: the final answer with its explanation and who answered, or why there is
 * none (the browser's error explained, a timeout); the chain's findings with their advice; then the
 * chain hop by hop, each with its code, what it means, who made or answered it, its address, its time
 * and where it sent the browser. The words are the popup's own (redirect-chain-view, registry). A URL
 * asked once more after a 429 or 503 says first what its first answer was and when the retry went.
 */
import type { Hop } from '../shared/capture';
import { timingDuration } from '../shared/capture/timing';
import { checkNote, endHop, finalResponse, type CheckResult } from '../shared/checker/check-result';
import { FindingList, hopPhrase, whoText } from '../shared/ui/redirect-chain-view';
import { HostUrl } from '../shared/ui/host-url';
import { errorEntry, explanationEntry } from '../shared/ui/response-words';
import { statusCss } from '../shared/ui/status-class';
import { useI18n } from '../shared/ui/use-i18n';

function HopLine({ hop, next }: { hop: Hop; next: Hop | undefined }) {
  // A hop that failed has no response to explain: its error does.
  const entry = hop.statusCode === undefined && hop.error !== undefined ? errorEntry(hop.error) : explanationEntry(hop.explanation);
  const i18n = useI18n();
  const who = whoText(hop, i18n);
  const ms = timingDuration(hop.timing);
  const target = hop.redirectUrl ?? next?.url;
  return (
    <li data-testid="hop" data-status={hop.statusCode ?? ''} class={statusCss(hop.statusCode)}>
      <strong class="hop-code">{hop.statusCode ?? '—'}</strong> <span data-testid="hop-phrase">{hopPhrase(hop)}</span>{' '}
      <span class="hop-url">
        <HostUrl url={hop.url} />
      </span>
      <span class="hop-facts">
        {who !== '' ? <span data-testid="hop-who"> — {who}</span> : null}
        {hop.ip !== undefined ? <span> — {hop.ip}</span> : null}
        {ms !== undefined ? <span> — {Math.round(ms)} ms</span> : null}
      </span>
      {target !== undefined ? (
        <span class="hop-to">
          {' '}
          → <HostUrl url={target} />
        </span>
      ) : null}
      {hop.error !== undefined && hop.statusCode === undefined ? <code class="error"> {hop.error}</code> : null}
      {entry?.summary ? (
        <p class="hop-summary" data-testid="hop-explanation">
          {entry.summary}
        </p>
      ) : null}
    </li>
  );
}

/** When the second request went, to the second: the run is today's. */
function timeOfDay(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(ms);
}

export function ResultDetails({ result, id }: { result: CheckResult; id: string }) {
  const i18n = useI18n();
  const final = finalResponse(result);
  const last = endHop(result);
  const note = checkNote(result, i18n);
  const firstNumber = result.droppedHops + 1;
  const retried = result.retried;
  return (
    <div class="result-details" id={id} data-testid="result-details">
      {retried !== undefined ? (
        <p class="note" data-testid="retried-details">
          {retried.retriedAt !== undefined
            ? i18n.t('checkerRetriedDetails', String(retried.firstStatus), retried.retryAfter, timeOfDay(retried.retriedAt, i18n.locale))
            : i18n.t('checkerRetryNotMade', String(retried.firstStatus), retried.retryAfter)}
        </p>
      ) : null}
      {final === undefined ? (
        <p data-testid="no-response">
          <strong>{i18n.t('checkerNoFinalResponse')}</strong>{' '}
          {note ?? (last?.error !== undefined ? i18n.t('checkerRequestFailed', hopPhrase(last)) : i18n.t('checkerNoneObserved'))}
        </p>
      ) : null}
      {result.droppedHops > 0 ? <p class="note">{i18n.count('checkerHopsNotKept', result.droppedHops)}</p> : null}
      {result.findings.length > 0 ? <FindingList findings={result.findings} chain={result.chain} firstNumber={firstNumber} /> : null}
      {result.chain.length > 0 ? (
        <ol class="chain" data-testid="chain" start={firstNumber} aria-label={i18n.t('checkerChainLabel')}>
          {result.chain.map((hop, i) => (
            <HopLine hop={hop} next={result.chain[i + 1]} key={i} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
