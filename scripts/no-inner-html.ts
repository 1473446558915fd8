/**
 * A build step that takes Preact's one HTML sink out of our bundles. Preact assigns `innerHTML` only
 * to support the `dangerouslySetInnerHTML` prop, which this project never uses (a unit test keeps it
 * so). Leaving the assignment in would keep a markup sink next to text that comes from the network,
 * and Mozilla's linter rightly warns about it. The assignment becomes a `textContent` one: should the
 * prop ever appear, its value shows as text and never turns into markup.
 *
 * The rewrite is exact: if a Preact update changes the code, the build fails here rather than
 * shipping the sink again unnoticed.
 */
import type { Plugin } from 'vite';

/** Preact's compiled `dom.innerHTML = value.__html`, whatever the minifier named the two variables. */
const PREACT_SINK = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;

/** The modules that hold the sink: Preact's own ES build. */
export const isPreactCore = (id: string): boolean => /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0] ?? id);

/** Rewrites Preact's core; throws if the sink is not found exactly once. */
export function neutralisePreactInnerHtml(code: string): string {
  const found = code.match(PREACT_SINK)?.length ?? 0;
  if (found !== 1) throw new Error(`expected Preact to assign innerHTML exactly once, found ${found}: review scripts/no-inner-html.ts`);
  return code.replace(PREACT_SINK, '$1.textContent=$2.__html');
}

export function noInnerHtml(): Plugin {
  return {
    name: 'status-inspector:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!isPreactCore(id)) return null;
      return { code: neutralisePreactInnerHtml(code), map: null };
    },
  };
}
