/** Figures, each with its budget and verdict: printed as a table and written to docs/benchmarks.md. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { BUDGETS, describeBudget, withinBudget, type BudgetId, type Unit } from './budgets';
import { CHROMIUM_PATH } from '../tests/e2e/fixtures/paths';

export interface Figure {
  section: string;
  label: string;
  value: number;
  unit: Unit;
  budget?: BudgetId;
  /** Free text instead of a number (a yes/no, a list of hops). */
  text?: string;
  /** A check rather than a measure: it must hold. */
  ok?: boolean;
}

export const KIB = 1024;

export function format(f: Figure): string {
  if (f.text !== undefined) return f.text;
  if (!Number.isFinite(f.value)) return 'n/a';
  switch (f.unit) {
    case 'KiB':
      return `${(f.value / KIB).toFixed(1)} KiB`;
    case '×':
      return `${f.value.toFixed(3)}×`;
    case 'ms':
      return `${f.value.toFixed(f.value < 100 ? 1 : 0)} ms`;
    case 'MiB':
      return `${f.value.toFixed(1)} MiB`;
    default:
      return `${Math.round(f.value).toLocaleString('en')}${f.unit ? ` ${f.unit}` : ''}`;
  }
}

export function verdict(f: Figure): 'pass' | 'FAIL' | '' {
  if (f.ok !== undefined) return f.ok ? 'pass' : 'FAIL';
  if (!f.budget) return '';
  return Number.isFinite(f.value) && withinBudget(f.budget, f.value) ? 'pass' : 'FAIL';
}

export function budgetText(f: Figure): string {
  if (f.ok !== undefined) return 'must hold';
  return f.budget ? describeBudget(f.budget) : '';
}

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.label, format(f), budgetText(f), verdict(f)]);
  const widths = [0, 1, 2, 3].map((i) => Math.min(i === 0 ? 64 : 40, Math.max(...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  let section = '';
  for (const [i, f] of figures.entries()) {
    if (f.section !== section) {
      section = f.section;
      console.log(`\n${section}`);
    }
    console.log(`  ${line(rows[i]!)}`);
  }
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  loadAtStart: number[];
  loadAtEnd?: number[];
}

export function describeMachine(): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as unknown; the browser benchmarks will say why they cannot start.
  }
  let os: string = process.platform;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the platform name will do.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: totalmem() / 2 ** 30,
    os,
    node: process.version,
    chromium,
    loadAtStart: loadavg(),
  };
}

const md = (text: string): string => text.replaceAll('|', '\\|');

export function markdown(figures: readonly Figure[], machine: Machine, date: Date, command: string, notes: readonly string[]): string {
  const sections = [...new Set(figures.map((f) => f.section))];
  const failed = figures.filter((f) => verdict(f) === 'FAIL');
  const load = (l: number[] | undefined): string => (l ? l.map((x) => x.toFixed(2)).join(', ') : 'n/a');
  const out = [
    '# Benchmarks',
    '',
    'What Status Inspector costs the browsing it watches, and how fast its own pages are, measured side by side in one run.',
    `Written by \`${command}\`; run it again to reproduce (see “How it measures” below). Figures from a shared or busy machine are noisy: compare the ratios, which are measured alternately in the same run, more than the absolute times.`,
    '',
    `**Date:** ${date.toISOString().replace(/\.\d+Z$/, 'Z')}  `,
    `**Machine:** ${machine.cpus} CPUs (\`nproc\`; ${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB memory, ${machine.os}  `,
    `**Browser and runtime:** ${machine.chromium}, headless; Node.js ${machine.node}  `,
    `**Load average (1, 5, 15 min):** ${load(machine.loadAtStart)} at the start, ${load(machine.loadAtEnd)} at the end  `,
    `**Budgets:** ${failed.length === 0 ? 'all met' : `${failed.length} missed: ${failed.map((f) => `${f.section}, ${f.label}`).join('; ')}`}`,
    '',
  ];
  for (const section of sections) {
    out.push(`## ${section}`, '', '| figure | value | budget | |', '| --- | --- | --- | --- |');
    for (const f of figures.filter((x) => x.section === section)) out.push(`| ${md(f.label)} | ${md(format(f))} | ${md(budgetText(f))} | ${verdict(f)} |`);
    out.push('');
  }
  out.push('## How it measures', '', ...notes.map((n) => `- ${n}`), '');
  out.push(
    '## Budgets',
    '',
    'Budgets live in `bench/budgets.ts`. The fast ones (sizes, the capture core) also run in `npm test`, so a regression fails CI. When a figure misses, the code is made faster or smaller rather than the budget looser.',
    '',
  );
  for (const [id, b] of Object.entries(BUDGETS)) {
    const why = 'why' in b ? ` (${b.why})` : '';
    out.push(`- \`${id}\`: ${describeBudget(id as BudgetId)}${why}${'fast' in b ? ', also in `npm test`' : ''}`);
  }
  out.push('');
  return out.join('\n');
}
