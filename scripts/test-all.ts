/**
 * `npm test`: type check, ESLint (with the architecture's import rules), knip, Prettier's check, unit tests, both builds, the fast performance budgets, Mozilla's linter on
 * the Firefox build, and the end-to-end tests in Chromium and Firefox. Ends with one line counting every test that ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exitUnlessBrowsers, ROOT } from '../tests/e2e/fixtures/paths';

// The end-to-end tests need both browsers: say so now, not after minutes of other steps.
exitUnlessBrowsers(['chromium', 'firefox']);

const results = join(ROOT, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unused code', command: ['npm', 'run', '--silent', 'knip'] },
  { name: 'formatting', command: ['npm', 'run', '--silent', 'format:check'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'unit.json')}`] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // Bundle sizes, zips and the capture core's speed against bench/budgets.ts; the browser figures are `npm run bench`.
  { name: 'performance budgets', command: ['npx', 'tsx', 'bench/check-budgets.ts'] },
  { name: 'Firefox lint', command: ['npx', 'tsx', 'scripts/lint-firefox.ts'] },
  {
    name: 'end-to-end tests',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'e2e.json') },
  },
];

let failedStep: string | undefined;
for (const step of steps) {
  console.log(`\n== ${step.name}: ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0]!, step.command.slice(1), { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (run.status !== 0) {
    failedStep = step.name;
    break;
  }
}

function readJson(file: string): unknown {
  const path = join(results, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const unit = readJson('unit.json') as { numPassedTests: number; numFailedTests: number } | undefined;
const e2e = readJson('e2e.json') as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0);
const skipped = e2e?.stats.skipped ?? 0;

console.log(`\nunit: ${unit?.numPassedTests ?? 0} passed; end-to-end: ${e2e?.stats.expected ?? 0} passed`);
if (failedStep) console.log(`stopped at: ${failedStep}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep || failed > 0 || skipped > 0 ? 1 : 0);
