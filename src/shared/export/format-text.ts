/** The plain-text report: what a person pastes into a chat or an email. One fact per line. */
import type { PageLoad } from '../capture/capture-state';
import { failingRows } from '../capture/failing-rows';
import { hopRanges } from '../words/hop-ranges';
import { madeByLabel } from '../words/made-by-words';
import {
  answeredByLine,
  countsLine,
  failingStatus,
  finalStatusOrNotObserved,
  findingHopNumbers,
  hopMadeBy,
  hopNumber,
  hopRedirect,
  hopStatus,
  loadErrorLine,
  redactionNote,
  sourceOrNotObserved,
  severityWord,
  startedAtIso,
  unfinishedState,
} from './report-phrases';
import { responseFactsLine } from '../words/response-facts';

export function formatText(load: PageLoad, redacted: boolean): string {
  const lines: string[] = ['Status Inspector report', ''];
  lines.push(`Page: ${load.url || '(unknown)'}`);
  lines.push(`When: ${startedAtIso(load) ?? 'unknown'}`);
  lines.push(`Final status: ${finalStatusOrNotObserved(load)}`);
  lines.push(`Answered by: ${answeredByLine(load)}`);
  lines.push(`Source: ${sourceOrNotObserved(load)}`);
  const state = unfinishedState(load);
  if (state !== undefined) lines.push(`State: ${state}`);
  if (load.error !== undefined) lines.push(`Error: ${loadErrorLine(load.error)}`);
  const arrivedBy = madeByLabel(load.arrivedBy);
  if (arrivedBy !== '') lines.push(`Arrived by: ${arrivedBy} from the previous page`);
  if (load.prerendered === true) lines.push('Prerendered: yes');
  lines.push(`Redaction: ${redactionNote(redacted)}`);

  const hops = load.chain.length;
  lines.push('', `Redirect chain: ${hops === 0 ? 'no hop observed' : hops === 1 ? '1 hop' : `${hops} hops`}`);
  if (load.droppedHops > 0) lines.push(`  (${load.droppedHops} earlier hops were not kept)`);
  load.chain.forEach((hop, i) => {
    const made = hopMadeBy(hop);
    const redirect = hopRedirect(load, i);
    const target = redirect !== undefined ? ` → ${redirect.url} (${redirect.type})` : '';
    lines.push(`  ${hopNumber(load, i)}. ${hopStatus(hop)} — ${hop.url}${made !== '' ? ` — made by ${made}` : ''}${target}`);
    const facts = responseFactsLine({ record: hop });
    if (facts !== '') lines.push(`     ${facts}`);
    for (const header of hop.headers ?? []) lines.push(`     ${header.name}: ${header.value}`);
  });

  lines.push('', `Findings: ${load.findings.length}`);
  for (const f of load.findings) {
    const where = hopRanges(findingHopNumbers(load, f.hops));
    lines.push(`  - [${severityWord(f)}]${where !== '' ? ` ${where}:` : ''} ${f.message}`);
  }

  const failing = failingRows(load);
  lines.push('', `Failing sub-resources: ${failing.length}`);
  for (const f of failing) lines.push(`  - ${failingStatus(f)} — ${f.type || 'request'} — ${f.url}`);
  if (load.droppedSubresources > 0 || load.droppedErrors > 0) {
    lines.push(`  (${load.droppedSubresources} older responses and ${load.droppedErrors} older failures were not kept; the counts include them)`);
  }

  lines.push('', `Sub-resource responses: ${countsLine(load)}`);
  return `${lines.join('\n')}\n`;
}
