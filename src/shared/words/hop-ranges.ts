/**
 * The one wording of a list of hop numbers, for every surface that names the hops a finding concerns
 * (popup, exports): runs of three or more read as ranges, so a twenty-one-hop loop is "hops 1–21",
 * not twenty-one numbers.
 */

/** 'hop 3', 'hops 1, 2', 'hops 1–3, 5', or '' for none; takes the numbers people see (1-based). */
export function hopRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers.filter((n) => Number.isInteger(n)))].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return `hop ${String(sorted[0])}`;
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === (sorted[i - 1] as number) + 1) continue;
    const run = sorted.slice(start, i);
    // Two in a row stay two numbers: "1–2" says no more than "1, 2" and reads less plainly.
    parts.push(run.length >= 3 ? `${String(run[0])}–${String(run.at(-1))}` : run.join(', '));
    start = i;
  }
  return `hops ${parts.join(', ')}`;
}
