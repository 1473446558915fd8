import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPreactCore, neutralisePreactInnerHtml } from './no-inner-html';

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Ways to turn a string into markup or code. None belongs in an extension that displays network text. */
const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment|DOMParser/;

describe('no HTML or code sinks', () => {
  it('our source never uses one', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it("the build rewrites Preact's one innerHTML assignment into a textContent one", () => {
    const entry = createRequire(import.meta.url).resolve('preact');
    const mjs = entry.replace(/preact\.js$/, 'preact.mjs');
    expect(isPreactCore(mjs)).toBe(true);
    const original = readFileSync(mjs, 'utf8');
    expect(original).toMatch(/\.innerHTML=/);
    const rewritten = neutralisePreactInnerHtml(original);
    expect(rewritten).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(rewritten).toMatch(/\.textContent=[\w$]+\.__html/);
    expect(rewritten.length).toBe(original.length + 'textContent'.length - 'innerHTML'.length);
  });

  it('fails the build when Preact no longer matches what it expects', () => {
    expect(() => neutralisePreactInnerHtml('function render(){}')).toThrow(/exactly once/);
    expect(() => neutralisePreactInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
});
