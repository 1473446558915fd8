/**
 * The same URL checked under two profiles (a visitor and Googlebot, say): do the chains differ, and
 * where. Hop by hop, in order: the URL asked, the status answered, the error it ended with. A site that
 * sends crawlers somewhere else (cloaking, a mobile redirect, a bot wall) shows up as the first hop
 * that differs.
 */
import type { Hop } from '../capture/capture-state';
import { comparableUrl } from './same-target';

type HopField = 'url' | 'status' | 'error';

interface HopFacts {
  url: string;
  statusCode?: number;
  error?: string;
}

interface HopDifference {
  /** Index into both chains. */
  hop: number;
  /** What differs; 'missing' when one chain has no hop here (it is shorter). */
  fields: (HopField | 'missing')[];
  a?: HopFacts;
  b?: HopFacts;
}

export interface ChainComparison {
  differ: boolean;
  /** The first hop that differs. */
  firstDifference?: number;
  /** The chains end at a different URL or with a different outcome: the difference a visitor or a crawler ends up with. */
  endDiffers: boolean;
  differences: HopDifference[];
}

export function compareChains(a: readonly Hop[], b: readonly Hop[]): ChainComparison {
  const differences: HopDifference[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    const fields = x === undefined || y === undefined ? ['missing' as const] : differingFields(x, y);
    if (fields.length === 0) continue;
    const difference: HopDifference = { hop: i, fields };
    if (x !== undefined) difference.a = facts(x);
    if (y !== undefined) difference.b = facts(y);
    differences.push(difference);
  }
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  const endDiffers = lastA === undefined || lastB === undefined ? lastA !== lastB : differingFields(lastA, lastB).length > 0;
  const comparison: ChainComparison = { differ: differences.length > 0, endDiffers, differences };
  if (differences[0] !== undefined) comparison.firstDifference = differences[0].hop;
  return comparison;
}

function differingFields(x: Hop, y: Hop): HopField[] {
  const fields: HopField[] = [];
  // Compared by the checker's one URL rule (fragment, host case and default port ignored).
  if ((comparableUrl(x.url) ?? x.url) !== (comparableUrl(y.url) ?? y.url)) fields.push('url');
  if (x.statusCode !== y.statusCode) fields.push('status');
  if (x.error !== y.error) fields.push('error');
  return fields;
}

function facts(hop: Hop): HopFacts {
  const out: HopFacts = { url: hop.url };
  if (hop.statusCode !== undefined) out.statusCode = hop.statusCode;
  if (hop.error !== undefined) out.error = hop.error;
  return out;
}
