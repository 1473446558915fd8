/** The Markdown report: for issue trackers and wikis. Same story as the text report, with tables, in the interface's language. */
import type { PageLoad } from '../capture/capture-state';
import { failingRows } from '../capture/failing-rows';
import type { I18n } from '../i18n/create-i18n';
import { findingMessage } from '../words/finding-words';
import { hopRanges } from '../words/hop-ranges';
import { redirectTypeLabel } from '../words/hop-tags';
import { escapeMarkdown as md, tableHeader, tableRow } from './markdown-escape';
import {
  countsLine,
  failingCode,
  failingWords,
  findingHopNumbers,
  hopCode,
  hopMadeBy,
  hopNumber,
  hopRedirect,
  hopWords,
  severityWord,
  loadFacts,
} from './report-phrases';
import { responseFactsLine } from '../words/response-facts';

export function formatMarkdown(load: PageLoad, redacted: boolean, i18n: I18n): string {
  const out: string[] = [`# ${md(i18n.t('exportTitle'))}`, ''];
  // '**Page:** value': the label and its colon as each language writes them; the value escaped, the label ours.
  const bold = (label: string, value: string): string => i18n.t('exportMarkdownItem', md(label), value);
  const item = (label: string, value: string): void => {
    out.push(`- ${bold(label, md(value))}`);
  };
  const heading = (level: '##' | '###', label: string): void => {
    out.push('', `${level} ${md(label)}`, '');
  };
  for (const [label, value] of loadFacts(load, redacted, i18n)) item(label, value);

  heading('##', i18n.t('exportChain'));
  if (load.droppedHops > 0) out.push(md(i18n.count('exportDroppedHops', load.droppedHops)), '');
  if (load.chain.length === 0) {
    out.push(md(i18n.t('exportNoHop')));
  } else {
    const columns = ['#', i18n.t('exportColumnStatus'), i18n.t('exportColumnPhrase'), 'URL', i18n.t('exportColumnMadeBy'), i18n.t('exportColumnRedirectsTo')];
    out.push(...tableHeader(columns));
    load.chain.forEach((hop, i) => {
      // The Status column holds the code alone (or the error), so it sorts and scans; words go in Phrase.
      const redirect = hopRedirect(load, i);
      const target = redirect !== undefined ? `${redirect.url} (${redirectTypeLabel(redirect.type, i18n)})` : '';
      out.push(tableRow([String(hopNumber(load, i)), hopCode(hop), hopWords(hop, i18n), hop.url, hopMadeBy(hop, i18n), target]));
    });
    const hopLabel = (i: number): string => i18n.t('exportHop', i18n.number(hopNumber(load, i)));
    // Each hop's facts (response-facts.ts: who answered, address, time, …) as a list: a column would not fit.
    const factLines = load.chain.flatMap((hop, i) => {
      const facts = responseFactsLine({ record: hop }, i18n);
      return facts !== '' ? [`- ${bold(hopLabel(i), md(facts))}`] : [];
    });
    if (factLines.length > 0) {
      heading('###', i18n.t('exportHopFacts'));
      out.push(...factLines);
    }
    const headerLines = load.chain.flatMap((hop, i) =>
      hop.headers?.length ? [`- ${bold(hopLabel(i), hop.headers.map((h) => `${md(h.name)}: ${md(h.value)}`).join('; '))}`] : [],
    );
    if (headerLines.length > 0) {
      heading('###', i18n.t('exportResponseHeaders'));
      out.push(...headerLines);
    }
  }

  heading('##', i18n.t('exportFindings'));
  if (load.findings.length === 0) out.push(md(i18n.t('exportNone')));
  for (const f of load.findings) {
    const where = hopRanges(findingHopNumbers(load, f.hops), i18n);
    out.push(`- **${md(severityWord(f, i18n))}**${where !== '' ? ` (${md(where)})` : ''}: ${md(findingMessage(f, load.chain, i18n))}`);
  }

  heading('##', i18n.t('exportFailing'));
  const failing = failingRows(load);
  if (failing.length === 0) {
    out.push(md(i18n.t('exportNone')));
  } else {
    out.push(...tableHeader([i18n.t('exportColumnStatus'), i18n.t('exportColumnPhrase'), i18n.t('exportColumnType'), 'URL']));
    for (const f of failing) out.push(tableRow([failingCode(f), failingWords(f, i18n), f.type, f.url]));
  }
  if (load.droppedSubresources > 0 || load.droppedErrors > 0) {
    out.push('', md(i18n.t('exportDroppedOlder', i18n.number(load.droppedSubresources), i18n.number(load.droppedErrors))));
  }

  heading('##', i18n.t('exportSubresources'));
  out.push(md(countsLine(load, i18n)));
  return `${out.join('\n')}\n`;
}
