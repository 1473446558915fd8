/** The Markdown report: for issue trackers and wikis. Same story as the text report, with tables. */
import type { PageLoad } from '../capture/capture-state';
import { failingRows } from '../capture/failing-rows';
import { hopRanges } from '../words/hop-ranges';
import { madeByLabel } from '../words/made-by-words';
import { escapeMarkdown as md, tableHeader, tableRow } from './markdown-escape';
import {
  answeredByLine,
  countsLine,
  failingCode,
  failingWords,
  finalStatusOrNotObserved,
  findingHopNumbers,
  hopCode,
  hopMadeBy,
  hopNumber,
  hopRedirect,
  hopWords,
  loadErrorLine,
  redactionNote,
  sourceOrNotObserved,
  severityWord,
  startedAtIso,
  unfinishedState,
} from './report-phrases';
import { responseFactsLine } from '../words/response-facts';

const CHAIN_COLUMNS = ['#', 'Status', 'Phrase', 'URL', 'Made by', 'Redirects to'] as const;
const FAILING_COLUMNS = ['Status', 'Phrase', 'Type', 'URL'] as const;

export function formatMarkdown(load: PageLoad, redacted: boolean): string {
  const out: string[] = ['# Status Inspector report', ''];
  const item = (label: string, value: string): void => {
    out.push(`- **${label}:** ${md(value)}`);
  };
  item('Page', load.url || '(unknown)');
  item('When', startedAtIso(load) ?? 'unknown');
  item('Final status', finalStatusOrNotObserved(load));
  item('Answered by', answeredByLine(load));
  item('Source', sourceOrNotObserved(load));
  const state = unfinishedState(load);
  if (state !== undefined) item('State', state);
  if (load.error !== undefined) item('Error', loadErrorLine(load.error));
  const arrivedBy = madeByLabel(load.arrivedBy);
  if (arrivedBy !== '') item('Arrived by', `${arrivedBy} from the previous page`);
  if (load.prerendered === true) item('Prerendered', 'yes');
  item('Redaction', redactionNote(redacted));

  out.push('', '## Redirect chain', '');
  if (load.droppedHops > 0) out.push(md(`${load.droppedHops} earlier hops were not kept.`), '');
  if (load.chain.length === 0) {
    out.push('No hop was observed.');
  } else {
    out.push(...tableHeader(CHAIN_COLUMNS));
    load.chain.forEach((hop, i) => {
      // The Status column holds the code alone (or the error), so it sorts and scans; words go in Phrase.
      const redirect = hopRedirect(load, i);
      const target = redirect !== undefined ? `${redirect.url} (${redirect.type})` : '';
      out.push(tableRow([String(hopNumber(load, i)), hopCode(hop), hopWords(hop), hop.url, hopMadeBy(hop), target]));
    });
    // Each hop's facts (response-facts.ts: who answered, address, time, …) as a list: a column would not fit.
    const factLines = load.chain.flatMap((hop, i) => {
      const facts = responseFactsLine({ record: hop });
      return facts !== '' ? [`- **Hop ${hopNumber(load, i)}:** ${md(facts)}`] : [];
    });
    if (factLines.length > 0) out.push('', '### Hop facts', '', ...factLines);
    const headerLines = load.chain.flatMap((hop, i) =>
      hop.headers?.length ? [`- **Hop ${hopNumber(load, i)}:** ${hop.headers.map((h) => `${md(h.name)}: ${md(h.value)}`).join('; ')}`] : [],
    );
    if (headerLines.length > 0) out.push('', '### Response headers', '', ...headerLines);
  }

  out.push('', '## Findings', '');
  if (load.findings.length === 0) out.push('None.');
  for (const f of load.findings) {
    const where = hopRanges(findingHopNumbers(load, f.hops));
    out.push(`- **${md(severityWord(f))}**${where !== '' ? ` (${md(where)})` : ''}: ${md(f.message)}`);
  }

  out.push('', '## Failing sub-resources', '');
  const failing = failingRows(load);
  if (failing.length === 0) {
    out.push('None.');
  } else {
    out.push(...tableHeader(FAILING_COLUMNS));
    for (const f of failing) out.push(tableRow([failingCode(f), failingWords(f), f.type, f.url]));
  }
  if (load.droppedSubresources > 0 || load.droppedErrors > 0) {
    out.push('', md(`${load.droppedSubresources} older responses and ${load.droppedErrors} older failures were not kept; the counts include them.`));
  }

  out.push('', '## Sub-resource responses', '', md(countsLine(load)));
  return `${out.join('\n')}\n`;
}
