/**
 * The one wording of a list of hop numbers, for every surface that names the hops a finding concerns
 * (popup, exports): runs of three or more read as ranges, so a twenty-one-hop loop is "hops 1–21",
 * not twenty-one numbers.
 */
import type { I18n } from '../i18n/create-i18n';

/** 'hop 3', 'hops 1, 2', 'hops 1–3, 5', or '' for none; takes the numbers people see (1-based). */
export function hopRanges(numbers: readonly number[], i18n: I18n): string {
  const sorted = [...new Set(numbers.filter((n) => Number.isInteger(n)))].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return i18n.t('hopRangeOne', i18n.number(sorted[0] as number));
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === (sorted[i - 1] as number) + 1) continue;
    const run = sorted.slice(start, i);
    // Two in a row stay two numbers: "1–2" says no more than "1, 2" and reads less plainly.
    parts.push(run.length >= 3 ? `${i18n.number(run[0] as number)}–${i18n.number(run.at(-1) as number)}` : run.map((n) => i18n.number(n)).join(', '));
    start = i;
  }
  return i18n.t('hopRangeMany', parts.join(', '));
}
