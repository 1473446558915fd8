/**
 * What to say when a tab has nothing captured, from the tab's URL. Without the `tabs` permission the
 * browser gives no URL for its own pages, so an unknown URL is treated as one of those.
 */
import { notObservedReasonFor } from '../shared/capture/not-observed';
import type { NotObservedReason } from '../shared/capture';

export type EmptyKind = Extract<NotObservedReason, 'browser-page' | 'restricted-page' | 'local-file'> | 'not-captured';

export function emptyKind(tabUrl: string | undefined): EmptyKind {
  if (tabUrl === undefined || tabUrl === '') return 'browser-page';
  const reason = notObservedReasonFor(tabUrl, []);
  if (reason === 'browser-page' || reason === 'restricted-page' || reason === 'local-file') return reason;
  // An http(s) page with nothing captured: open before the extension started, or restored without a request.
  return /^https?:/i.test(tabUrl) ? 'not-captured' : 'browser-page';
}
