/**
 * An entry in the chosen language: the English entry with its translated fields replaced, and the
 * fields still in English named, so a view can mark them. Never blank: a field without a translation
 * keeps its English text. Codes, classes, specs and every other fact are the English entry's own.
 */
import type { StatusEntry } from '../registry-types';
import { TRANSLATED_FIELDS, translationKey, type TranslationTable } from './translated-set';

/** Each language's text is a chunk of its own, fetched the first time that language is shown. */
const LOADERS: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  de: () => import('./de.json'),
  es: () => import('./es.json'),
  fr: () => import('./fr.json'),
  ja: () => import('./ja.json'),
  'pt-BR': () => import('./pt-BR.json'),
  ru: () => import('./ru.json'),
  tr: () => import('./tr.json'),
  'zh-CN': () => import('./zh-CN.json'),
};

/** The languages with translations of the registry (English is the registry itself). */
export const TRANSLATED_LOCALES: readonly string[] = Object.keys(LOADERS);

/** The prose of an entry a person reads; `aliases` are the names status lines use, not prose. */
const PROSE_FIELDS = ['phrase', 'summary', 'explanation', 'causes', 'visitorAdvice', 'ownerAdvice', 'crawlerNote'] as const;
export type ProseField = (typeof PROSE_FIELDS)[number];

export type LocalizedEntry = StatusEntry & {
  /** The language asked for. */
  readonly locale: string;
  /** Fields shown in English because this language has no translation of them (none when English was asked for). */
  readonly inEnglish: readonly ProseField[];
};

/** Only well-formed text is taken: an odd value leaves the English in place rather than a blank. */
function asTable(raw: unknown): TranslationTable | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const table: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const text: Record<string, string> = {};
    for (const field of TRANSLATED_FIELDS) {
      const s = (value as Record<string, unknown>)[field];
      if (typeof s === 'string' && s.trim() !== '') text[field] = s;
    }
    table[key] = text;
  }
  return table;
}

const loaded = new Map<string, Promise<TranslationTable | undefined>>();

/**
 * The registry's text in `locale`, loaded once. Undefined for English, for a language without
 * translations, and when the chunk fails to load: the entries are then shown in English, marked.
 */
export function loadTranslations(locale: string): Promise<TranslationTable | undefined> {
  if (!Object.hasOwn(LOADERS, locale)) return Promise.resolve(undefined);
  let pending = loaded.get(locale);
  if (!pending) {
    pending = LOADERS[locale]!().then(
      (module) => asTable(module.default),
      () => undefined,
    );
    loaded.set(locale, pending);
  }
  return pending;
}

function hasText(entry: StatusEntry, field: ProseField): boolean {
  return field === 'causes' ? entry.causes.length > 0 : Boolean(entry[field]);
}

/**
 * `entry` in `locale`, given that language's loaded `table` (from `loadTranslations`). For English the
 * entry itself with nothing marked; for any other language every field without a translation is kept
 * in English and named in `inEnglish`: always the explanation and causes, everything for an entry
 * outside the translated set, or when the table is missing.
 */
export function localizeEntry(entry: StatusEntry, locale: string, table: TranslationTable | undefined): LocalizedEntry {
  if (locale === 'en') return { ...entry, locale, inEnglish: [] };
  const text = table?.[translationKey(entry)];
  const localized: StatusEntry = { ...entry };
  const inEnglish: ProseField[] = [];
  for (const field of PROSE_FIELDS) {
    if (!hasText(entry, field)) continue;
    const translated = field === 'explanation' || field === 'causes' ? undefined : text?.[field];
    if (translated?.trim() && field !== 'explanation' && field !== 'causes') localized[field] = translated;
    else inEnglish.push(field);
  }
  return { ...localized, locale, inEnglish };
}
