/**
 * The fast budgets, run by `npm test` after the build: bundle sizes, both zips and the capture core's
 * speed (a quick run). Any figure over its budget fails the step. About half a minute.
 */
import { coreFigures, sizeFigures, type CoreResult, type SizesResult } from './figures';
import { printTable, verdict } from './report';
import { nodeWithGc, runStep, tsx } from './run-step';

await runStep<unknown>('zips', 'sh', ['-c', 'npx tsx scripts/package.ts >&2 && echo "{}"']);
const figures = [
  ...sizeFigures(await runStep<SizesResult>('sizes', ...tsx('bench/sizes.ts'))),
  ...coreFigures(await runStep<CoreResult>('capture core (quick)', ...nodeWithGc('bench/capture-core.ts'), { BENCH_CORE_TIMING_ONLY: '1' })),
];
printTable(figures);
const failed = figures.filter((f) => verdict(f) === 'FAIL');
if (failed.length > 0) {
  console.log(`\nover budget: ${failed.map((f) => f.label).join('; ')} (budgets: bench/budgets.ts; the full run: npm run bench)`);
  process.exit(1);
}
console.log('\nevery fast budget met');
