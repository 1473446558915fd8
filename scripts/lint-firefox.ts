/**
 * Runs Mozilla's add-on linter (the one addons.mozilla.org uses) on the Firefox build. Any error or
 * warning fails: a warning is what a store reviewer asks about, so the package stays free of them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/fixtures/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(ROOT, 'dist/firefox'), '--output', 'json'], {
  cwd: ROOT,
  encoding: 'utf8',
});
const report = JSON.parse(run.stdout) as LintReport;
for (const m of report.errors) console.log(`error   ${m.code} ${m.file ?? ''} ${m.message}`);
for (const m of report.warnings) console.log(`warning ${m.code} ${m.file ?? ''} ${m.message}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors > 0 || report.summary.warnings > 0 ? 1 : 0);
