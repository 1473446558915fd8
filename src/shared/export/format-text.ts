/** The plain-text report: what a person pastes into a chat or an email. One fact per line. */
import { hopRanges } from '../words/hop-ranges';
import type { LoadView } from './load-view';
import {
  countsLine,
  failingStatus,
  finalOrNotObserved,
  hopFacts,
  hopStatus,
  madeByText,
  REDACTION_NOTE_OFF,
  REDACTION_NOTE_ON,
  sourceText,
  vendorNames,
} from './status-words';

export function formatText(view: LoadView): string {
  const lines: string[] = ['Status Inspector report', ''];
  lines.push(`Page: ${view.url || '(unknown)'}`);
  lines.push(`When: ${view.when ?? 'unknown'}`);
  lines.push(`Final status: ${finalOrNotObserved(view)}`);
  const answered = vendorNames(view.answeredBy);
  lines.push(`Answered by: ${answered || 'not identified'}`);
  lines.push(`Source: ${sourceText(view)}`);
  if (view.state !== '' && view.state !== 'complete') lines.push(`State: ${view.state}`);
  if (view.error !== undefined) lines.push(`Error: ${view.error}${view.errorPhrase && view.errorPhrase !== view.error ? ` (${view.errorPhrase})` : ''}`);
  if (view.arrivedByLabel !== '') lines.push(`Arrived by: ${view.arrivedByLabel} from the previous page`);
  if (view.prerendered) lines.push('Prerendered: yes');
  lines.push(`Redaction: ${view.redacted ? REDACTION_NOTE_ON : REDACTION_NOTE_OFF}`);

  lines.push('', `Redirect chain: ${view.chain.length === 0 ? 'no hop observed' : view.chain.length === 1 ? '1 hop' : `${view.chain.length} hops`}`);
  if (view.droppedHops > 0) lines.push(`  (${view.droppedHops} earlier hops were not kept)`);
  for (const hop of view.chain) {
    const made = madeByText(hop);
    const target = hop.redirectTo !== undefined ? ` → ${hop.redirectTo} (${hop.redirectType ?? 'other'})` : '';
    lines.push(`  ${hop.number}. ${hopStatus(hop)} — ${hop.url}${made !== '' ? ` — made by ${made}` : ''}${target}`);
    const facts = hopFacts(hop);
    if (facts !== '') lines.push(`     ${facts}`);
    for (const header of hop.headers) lines.push(`     ${header.name}: ${header.value}`);
  }

  lines.push('', `Findings: ${view.findings.length}`);
  for (const f of view.findings) {
    const where = hopRanges(f.hops);
    lines.push(`  - [${f.severity || 'info'}]${where !== '' ? ` ${where}:` : ''} ${f.message}`);
  }

  lines.push('', `Failing sub-resources: ${view.failing.length}`);
  for (const f of view.failing) lines.push(`  - ${failingStatus(f)} — ${f.type || 'request'} — ${f.url}`);
  if (view.droppedSubresources > 0 || view.droppedErrors > 0) {
    lines.push(`  (${view.droppedSubresources} older responses and ${view.droppedErrors} older failures were not kept; the counts include them)`);
  }

  lines.push('', `Sub-resource responses: ${countsLine(view)}`);
  return `${lines.join('\n')}\n`;
}
