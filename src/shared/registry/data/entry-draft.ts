import { classOf } from '../classes';
import type { StatusEntry } from '../registry-types';

/**
 * An entry as a data file writes it. A code carried under a status number takes its class from that number
 * (`classOf`), so the two cannot disagree and a draft may not state one; only a code with no status on the
 * wire (a log-only code such as nginx 444, a Cloudflare 1xxx error whose carrying status is undocumented, a
 * browser error) states its class.
 */
export type EntryDraft = (Omit<StatusEntry, 'class' | 'status'> & { status: number; class?: never }) | (Omit<StatusEntry, 'status'> & { status?: never });

/** The entry a draft stands for: its class follows from its status where it has one. */
export function fromDraft(draft: EntryDraft): StatusEntry {
  if (draft.status === undefined) return draft;
  return { ...draft, class: classOf(draft.status, draft.protocol) };
}
