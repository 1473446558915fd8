/**
 * The one copy of a response event onto a record, for a page's hops and its sub-resources alike: a new
 * per-response field is read here and nowhere else.
 */
import type { ResponseInfo } from './capture-event';
import type { ResponseFields } from './capture-state';
import { vendorsFor } from './derived-info';
import type { ReduceContext } from './reduce-context';

export function applyResponseFields(record: ResponseFields, e: ResponseInfo, ctx: Pick<ReduceContext, 'detectVendors'>): void {
  if (e.statusCode !== undefined) record.statusCode = e.statusCode;
  if (e.statusLine !== undefined) record.statusLine = e.statusLine;
  if (e.ip !== undefined) record.ip = e.ip;
  if (e.fromCache !== undefined) record.fromCache = e.fromCache;
  if (e.viaProxy === true) record.viaProxy = true;
  // Detected once, on all the response's headers: a later event of the same response says the same.
  if (record.vendors === undefined) {
    const vendors = vendorsFor(ctx, e.responseHeaders);
    if (vendors !== undefined) record.vendors = vendors;
  }
}
