/** The lines of the list that will not be checked, each with its line number and why. */
import type { UrlList } from '../shared/checker/check-input';
import { say } from '../shared/checker/checker-phrase';
import { useI18n } from '../shared/ui/use-i18n';

/** The refused lines listed; a longer list says how many more. */
const MAX_LISTED = 200;

export function RefusedLines({ list }: { list: UrlList }) {
  const i18n = useI18n();
  const { refused, duplicates, truncated } = list;
  if (refused.length === 0 && duplicates === 0 && truncated === undefined) return null;
  return (
    <section class="refused" data-testid="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">{i18n.count('checkerLinesNotChecked', refused.length)}</h2>
      {duplicates > 0 ? <p data-testid="duplicates">{i18n.count('checkerDuplicateLines', duplicates)}</p> : null}
      {truncated !== undefined ? (
        <p data-testid="truncated">
          {i18n.t(
            truncated.by === 'rows' ? 'checkerListTruncatedRows' : 'checkerListTruncatedBytes',
            i18n.number(truncated.limit),
            i18n.number(truncated.dropped),
          )}
        </p>
      ) : null}
      <ul>
        {refused.slice(0, MAX_LISTED).map((r) => (
          <li key={r.line} data-testid="refused-line" data-reason={r.reason}>
            <span class="line-no">{i18n.t('checkerLineNo', i18n.number(r.line))}</span> <code>{r.input}</code> — {say(i18n, r.message)}
          </li>
        ))}
      </ul>
      {refused.length > MAX_LISTED ? <p>{i18n.t('checkerAndMore', i18n.number(refused.length - MAX_LISTED))}</p> : null}
    </section>
  );
}
