/**
 * The registry's lookup, for the pages that show status words. The registry (every code with its
 * explanation) is most of a page's JavaScript, so the popup shows its first content from the words
 * the background stored with each response and loads the registry right after; the DevTools panel,
 * which names every row at once, provides it before its first render.
 */
import { useEffect, useState } from 'preact/hooks';

export type Lookup = typeof import('../registry/lookup').lookup;

let current: Lookup | undefined;
let loading: Promise<Lookup> | undefined;
const listeners = new Set<() => void>();

/** The lookup once the registry is here, else undefined (callers fall back to the stored words). */
export function currentLookup(): Lookup | undefined {
  return current;
}

/** For a page that imports the registry statically (the panel) and for unit tests. */
export function provideLookup(lookup: Lookup): void {
  current = lookup;
  // Said on the page, so a test (or a person in DevTools) can tell the fuller words are in.
  if (typeof document !== 'undefined') document.documentElement.dataset['registry'] = 'ready';
  for (const listener of listeners) listener();
}

/** Starts loading the registry (once) and resolves when it is here. */
function loadRegistry(): Promise<Lookup> {
  if (current) return Promise.resolve(current);
  loading ??= import('../registry/lookup').then((module) => {
    provideLookup(module.lookup);
    return module.lookup;
  });
  return loading;
}

/** Whether the registry is here; the calling component renders again when it arrives. */
export function useRegistry(): boolean {
  const [ready, setReady] = useState(current !== undefined);
  useEffect(() => {
    if (current) {
      setReady(true);
      return undefined;
    }
    const listener = (): void => setReady(true);
    listeners.add(listener);
    void loadRegistry();
    return () => listeners.delete(listener);
  }, []);
  return ready;
}
