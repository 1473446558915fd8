/** The Markdown report: for issue trackers and wikis. Same story as the text report, with tables. */
import { hopRanges } from '../words/hop-ranges';
import type { LoadView } from './load-view';
import { escapeMarkdown as md, tableHeader, tableRow } from './markdown-escape';
import {
  countsLine,
  failingCode,
  failingPhrase,
  finalOrNotObserved,
  hopCode,
  hopPhrase,
  madeByText,
  REDACTION_NOTE_OFF,
  REDACTION_NOTE_ON,
  sourceText,
  vendorNames,
} from './status-words';

const CHAIN_COLUMNS = ['#', 'Status', 'Phrase', 'URL', 'Made by', 'Redirects to'] as const;
const FAILING_COLUMNS = ['Status', 'Phrase', 'Type', 'URL'] as const;

export function formatMarkdown(view: LoadView): string {
  const out: string[] = ['# Status Inspector report', ''];
  const item = (label: string, value: string): void => {
    out.push(`- **${label}:** ${md(value)}`);
  };
  item('Page', view.url || '(unknown)');
  item('When', view.when ?? 'unknown');
  item('Final status', finalOrNotObserved(view));
  item('Answered by', vendorNames(view.answeredBy) || 'not identified');
  item('Source', sourceText(view));
  if (view.state !== '' && view.state !== 'complete') item('State', view.state);
  if (view.error !== undefined) item('Error', view.errorPhrase && view.errorPhrase !== view.error ? `${view.error} (${view.errorPhrase})` : view.error);
  if (view.arrivedByLabel !== '') item('Arrived by', `${view.arrivedByLabel} from the previous page`);
  if (view.prerendered) item('Prerendered', 'yes');
  item('Redaction', view.redacted ? REDACTION_NOTE_ON : REDACTION_NOTE_OFF);

  out.push('', '## Redirect chain', '');
  if (view.droppedHops > 0) out.push(md(`${view.droppedHops} earlier hops were not kept.`), '');
  if (view.chain.length === 0) {
    out.push('No hop was observed.');
  } else {
    out.push(...tableHeader(CHAIN_COLUMNS));
    for (const hop of view.chain) {
      // The Status column holds the code alone (or the error), so it sorts and scans; words go in Phrase.
      const target = hop.redirectTo !== undefined ? `${hop.redirectTo} (${hop.redirectType ?? 'other'})` : '';
      out.push(tableRow([String(hop.number), hopCode(hop), hopPhrase(hop), hop.url, madeByText(hop), target]));
    }
    const withHeaders = view.chain.filter((hop) => hop.headers.length > 0);
    if (withHeaders.length > 0) {
      out.push('', '### Response headers', '');
      for (const hop of withHeaders) {
        out.push(`- **Hop ${hop.number}:** ${hop.headers.map((h) => `${md(h.name)}: ${md(h.value)}`).join('; ')}`);
      }
    }
  }

  out.push('', '## Findings', '');
  if (view.findings.length === 0) out.push('None.');
  for (const f of view.findings) {
    const where = hopRanges(f.hops);
    out.push(`- **${md(f.severity || 'info')}**${where !== '' ? ` (${md(where)})` : ''}: ${md(f.message)}`);
  }

  out.push('', '## Failing sub-resources', '');
  if (view.failing.length === 0) {
    out.push('None.');
  } else {
    out.push(...tableHeader(FAILING_COLUMNS));
    for (const f of view.failing) {
      out.push(tableRow([failingCode(f), failingPhrase(f), f.type, f.url]));
    }
  }
  if (view.droppedSubresources > 0 || view.droppedErrors > 0) {
    out.push('', md(`${view.droppedSubresources} older responses and ${view.droppedErrors} older failures were not kept; the counts include them.`));
  }

  out.push('', '## Sub-resource responses', '', md(countsLine(view)));
  return `${out.join('\n')}\n`;
}
