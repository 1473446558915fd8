/**
 * Runs one benchmark script as a child process, shows its output as it comes, and returns the JSON
 * it prints on its last line. Each script runs alone, so one browser benchmark never overlaps another.
 */
import { spawn } from 'node:child_process';
import { ROOT } from '../tests/e2e/fixtures/paths';

export async function runStep<T>(name: string, command: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  console.log(`\n== ${name}: ${[command, ...args].join(' ')}`);
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    process.stdout.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${name} failed (exit ${String(code)})`);
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}

/** `tsx script`, through npx so that the project's own tsx is used. */
export const tsx = (script: string): [string, string[]] => ['npx', ['tsx', script]];

/** The capture core benchmark needs the garbage collector exposed to measure memory. */
export const nodeWithGc = (script: string): [string, string[]] => ['node', ['--expose-gc', '--import', 'tsx', script]];
