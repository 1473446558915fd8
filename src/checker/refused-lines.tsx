/** The lines of the list that will not be checked, each with its line number and why. */
import type { UrlList } from '../shared/checker/check-input';

export function RefusedLines({ list }: { list: UrlList }) {
  const { refused, duplicates, truncated } = list;
  if (refused.length === 0 && duplicates === 0 && truncated === undefined) return null;
  return (
    <section class="refused" data-testid="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">
        {refused.length} {refused.length === 1 ? 'line' : 'lines'} not checked
      </h2>
      {duplicates > 0 ? (
        <p data-testid="duplicates">
          {duplicates} {duplicates === 1 ? 'line repeats a URL' : 'lines repeat URLs'} listed before: each URL is checked once.
        </p>
      ) : null}
      {truncated !== undefined ? (
        <p data-testid="truncated">
          The list is longer than the {truncated.limit.toLocaleString('en')} {truncated.by === 'rows' ? 'lines' : 'bytes'} read:{' '}
          {truncated.dropped.toLocaleString('en')} left out.
        </p>
      ) : null}
      <ul>
        {refused.slice(0, 200).map((r) => (
          <li key={r.line} data-testid="refused-line" data-reason={r.reason}>
            <span class="line-no">Line {r.line}:</span> <code>{r.input}</code> — {r.message}
          </li>
        ))}
      </ul>
      {refused.length > 200 ? <p>… and {refused.length - 200} more.</p> : null}
    </section>
  );
}
