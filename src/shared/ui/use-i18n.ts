/**
 * The interface's language for a page's components: the browser's at once (no storage read before first
 * content), then the options page's choice when it is another. Loaded once per page and shared by every
 * component, and by the registry's translations (`entry-language.tsx`).
 */
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../i18n/create-i18n';
import { browserI18n, loadI18n } from '../i18n/i18n';

let chosen: I18n | undefined;
let loading: Promise<I18n> | undefined;

/** The chosen language, read once per page; on any failure the browser's stays. */
export function loadChosenI18n(): Promise<I18n> {
  loading ??= loadI18n()
    .catch(() => browserI18n())
    .then((i18n) => {
      chosen = i18n;
      // The page's language for screen readers, hyphenation and fonts: the one its words are in.
      if (typeof document !== 'undefined') document.documentElement.lang = i18n.locale;
      return i18n;
    });
  return loading;
}

export function useI18n(): I18n {
  const [i18n, setI18n] = useState<I18n>(() => chosen ?? browserI18n());
  useEffect(() => {
    let live = true;
    if (chosen !== i18n) void loadChosenI18n().then((loaded) => live && setI18n(loaded));
    return () => {
      live = false;
    };
  }, []);
  return i18n;
}
