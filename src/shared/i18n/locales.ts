/**
 * The interface's languages, each named in itself for the options page's select. Their messages live in
 * `public/_locales/<dir>/messages.json` (the browsers' own i18n), their registry text in
 * `shared/registry/translations/<id>.json`.
 */
export const LOCALES = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
  { id: 'es', name: 'Español' },
  { id: 'fr', name: 'Français' },
  { id: 'pt-BR', name: 'Português (Brasil)' },
  { id: 'ru', name: 'Русский' },
  { id: 'tr', name: 'Türkçe' },
  { id: 'ja', name: '日本語' },
  { id: 'zh-CN', name: '简体中文' },
] as const;

export type Locale = (typeof LOCALES)[number]['id'];

/** What the options page stores: follow the browser, or one language. */
export type LanguageChoice = 'auto' | Locale;

/** The `_locales` folder of a language: the browsers spell its region with an underscore (pt_BR). */
export function localeDir(locale: Locale): string {
  return locale.replace('-', '_');
}

const BY_TAG = new Map<string, Locale>(LOCALES.map(({ id }) => [id.toLowerCase(), id]));

/**
 * The language a browser language tag ('de-AT', 'pt_BR', 'zh-CN') is shown in, chosen as the browsers
 * choose a `_locales` folder: the tag itself, else its language alone, else English. So 'de-AT' is German,
 * while 'pt-PT' and 'zh-TW' are English, as the browser's own messages for them are.
 */
export function matchLocale(tag: unknown): Locale {
  if (typeof tag !== 'string') return 'en';
  const normal = tag.trim().replace(/_/g, '-').toLowerCase();
  return BY_TAG.get(normal) ?? BY_TAG.get(normal.split('-')[0] ?? '') ?? 'en';
}

/** A stored choice, read defensively: anything unknown follows the browser. */
export function sanitizeLanguageChoice(raw: unknown): LanguageChoice {
  const found = typeof raw === 'string' ? BY_TAG.get(raw.toLowerCase()) : undefined;
  return found !== undefined && found === raw ? found : 'auto';
}
