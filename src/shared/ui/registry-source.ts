/**
 * The registry's lookups (`lookup`, and `entryOf` to find a stored explanation's entry again), for the
 * pages that show status words. The registry (every code with its
 * explanation) is most of a page's JavaScript, so the popup shows its first content from the words
 * the background stored with each response and loads the registry right after; the DevTools panel,
 * which names every row at once, provides it before its first render.
 */
import { useEffect, useState } from 'preact/hooks';

export type RegistryLookups = typeof import('../registry/lookup');

let current: RegistryLookups | undefined;
let loading: Promise<RegistryLookups> | undefined;
const listeners = new Set<() => void>();

/** The lookups once the registry is here, else undefined (callers fall back to the stored words). */
export function currentLookups(): RegistryLookups | undefined {
  return current;
}

/** For a page that imports the registry statically (the panel) and for unit tests. */
export function provideLookups(lookups: RegistryLookups): void {
  current = lookups;
  // Said on the page, so a test (or a person in DevTools) can tell the fuller words are in.
  if (typeof document !== 'undefined') document.documentElement.dataset['registry'] = 'ready';
  for (const listener of listeners) listener();
}

/** Starts loading the registry (once) and resolves when it is here. */
function loadRegistry(): Promise<RegistryLookups> {
  if (current) return Promise.resolve(current);
  loading ??= import('../registry/lookup').then((module) => {
    provideLookups(module);
    return module;
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
