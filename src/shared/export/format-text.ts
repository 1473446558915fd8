/** The plain-text report: what a person pastes into a chat or an email. One fact per line, in the interface's language. */
import type { PageLoad } from '../capture/capture-state';
import { failingRows } from '../capture/failing-rows';
import type { I18n } from '../i18n/create-i18n';
import { findingMessage } from '../words/finding-words';
import { hopRanges } from '../words/hop-ranges';
import { redirectTypeLabel } from '../words/hop-tags';
import { countsLine, failingStatus, findingHopNumbers, hopMadeBy, hopNumber, hopRedirect, hopStatus, severityWord, loadFacts } from './report-phrases';
import { responseFactsLine } from '../words/response-facts';

export function formatText(load: PageLoad, redacted: boolean, i18n: I18n): string {
  const lines: string[] = [i18n.t('exportTitle'), ''];
  const line = (label: string, value: string): void => {
    lines.push(i18n.t('exportLine', label, value));
  };
  for (const [label, value] of loadFacts(load, redacted, i18n)) line(label, value);

  const hops = load.chain.length;
  lines.push('');
  line(i18n.t('exportChain'), hops === 0 ? i18n.t('exportNoHopShort') : i18n.count('exportHops', hops));
  if (load.droppedHops > 0) lines.push(`  ${i18n.count('exportDroppedHopsNote', load.droppedHops)}`);
  load.chain.forEach((hop, i) => {
    const made = hopMadeBy(hop, i18n);
    const redirect = hopRedirect(load, i);
    const target = redirect !== undefined ? ` → ${redirect.url} (${redirectTypeLabel(redirect.type, i18n)})` : '';
    lines.push(`  ${hopNumber(load, i)}. ${hopStatus(hop, i18n)} — ${hop.url}${made !== '' ? ` — ${i18n.t('exportMadeBy', made)}` : ''}${target}`);
    const facts = responseFactsLine({ record: hop }, i18n);
    if (facts !== '') lines.push(`     ${facts}`);
    for (const header of hop.headers ?? []) lines.push(`     ${header.name}: ${header.value}`);
  });

  lines.push('');
  line(i18n.t('exportFindings'), i18n.number(load.findings.length));
  for (const f of load.findings) {
    const where = hopRanges(findingHopNumbers(load, f.hops), i18n);
    lines.push(`  - [${severityWord(f, i18n)}]${where !== '' ? ` ${where}:` : ''} ${findingMessage(f, load.chain, i18n)}`);
  }

  const failing = failingRows(load);
  lines.push('');
  line(i18n.t('exportFailing'), i18n.number(failing.length));
  for (const f of failing) lines.push(`  - ${failingStatus(f, i18n)} — ${f.type || i18n.t('exportRequest')} — ${f.url}`);
  if (load.droppedSubresources > 0 || load.droppedErrors > 0) {
    lines.push(`  ${i18n.t('exportDroppedOlderNote', i18n.number(load.droppedSubresources), i18n.number(load.droppedErrors))}`);
  }

  lines.push('');
  line(i18n.t('exportSubresources'), countsLine(load, i18n));
  return `${lines.join('\n')}\n`;
}
