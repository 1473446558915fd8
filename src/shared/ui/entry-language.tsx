/**
 * The registry's text in the interface's language, for the popup and the panel: the chosen language
 * (the options page's, else the browser's) and its translations of the registry, loaded once per page,
 * after first content. Until they are here, and for English, entries show as they are, unmarked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../i18n/create-i18n';
import type { StatusEntry } from '../registry/registry-types';
import { loadTranslations, localizeEntry, type LocalizedEntry, type ProseField } from '../registry/translations/localize';
import type { TranslationTable } from '../registry/translations/translated-set';
import { loadChosenI18n } from './use-i18n';

interface Loaded {
  i18n: I18n;
  table: TranslationTable | undefined;
}

let current: Loaded | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): void {
  loading ??= loadChosenI18n()
    .then(async (i18n) => {
      current = { i18n, table: await loadTranslations(i18n.locale) };
      for (const listener of listeners) listener();
    })
    .catch(() => undefined); // English stays
}

export interface EntryLanguage {
  /** The entry in the chosen language, its untranslated fields named. */
  localize: (entry: StatusEntry) => LocalizedEntry;
  /** The chosen language's translations, for the lookup box's search. */
  table: TranslationTable | undefined;
  /** '(English)' in the chosen language: the mark beside a field shown in English. */
  englishMark: string;
}

export function useEntryLanguage(): EntryLanguage {
  const [loaded, setLoaded] = useState(current);
  useEffect(() => {
    if (current) {
      setLoaded(current);
      return undefined;
    }
    const listener = (): void => setLoaded(current);
    listeners.add(listener);
    load();
    return () => listeners.delete(listener);
  }, []);
  const locale = loaded?.i18n.locale ?? 'en';
  return {
    localize: (entry) => localizeEntry(entry, locale, loaded?.table),
    table: loaded?.table,
    englishMark: loaded?.i18n.t('inEnglish') ?? '',
  };
}

/** After a field shown in English in another language: its mark, in that language. */
export function EnglishMark({ entry, field, mark }: { entry: LocalizedEntry; field: ProseField; mark: string }) {
  return entry.inEnglish.includes(field) && mark ? (
    <span class="in-english" data-testid="in-english" data-field={field}>
      {` ${mark}`}
    </span>
  ) : null;
}

/** `lang` for a field's element: 'en' when it is shown in English in another language's view. */
export function fieldLang(entry: LocalizedEntry, field: ProseField): string | undefined {
  return entry.inEnglish.includes(field) ? 'en' : undefined;
}
