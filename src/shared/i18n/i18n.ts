/**
 * The interface's language for a page: the options page's choice when one is stored, else the
 * browser's. In the browser's language the messages are the browser's own i18n (`getMessage`); in
 * another one the page reads that language's `messages.json` from the package, by the same rules.
 */
import { browser } from '../browser-adapter';
import { createI18n, type I18n } from './create-i18n';
import { fileI18n, type MessagesFile } from './format-message';
import { localeDir, matchLocale, sanitizeLanguageChoice, type LanguageChoice, type Locale } from './locales';

/** In storage.local beside the settings (settings.ts), under its own key: the background never reads it. */
const LANGUAGE_KEY = 'language';

/** The options page's language override, or 'auto' (follow the browser). */
export async function loadLanguageChoice(): Promise<LanguageChoice> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY);
  return sanitizeLanguageChoice(stored[LANGUAGE_KEY]);
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: sanitizeLanguageChoice(choice) });
}

/*
 * The browser's own i18n is the same API in Chrome and Firefox, and only the pages use it: here, not in
 * the adapter, whose shared chunk the background loads too.
 */
function browserMessage(key: string, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/**
 * The language the browser's own i18n shows this extension in: the `locale` message of the folder it
 * chose. getUILanguage() can disagree (Chromium started with --lang=de says 'en-US' there, yet picks
 * the German folder), and the registry's text must be in the language of the messages around it.
 */
export function browserLocale(): Locale {
  return matchLocale(browser.i18n.getMessage('locale') || browser.i18n.getUILanguage());
}

/** At once, with no storage read: the browser's language. Pages render with it first. */
export function browserI18n(): I18n {
  return createI18n(browserLocale(), browserMessage);
}

async function readMessages(locale: Locale): Promise<MessagesFile | undefined> {
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${localeDir(locale)}/messages.json`));
    return (await response.json()) as MessagesFile;
  } catch {
    return undefined; // the browser's own messages stand in
  }
}

/** The chosen language: the stored override, else the browser's. A message the file lacks comes from the browser's i18n. */
export async function loadI18n(): Promise<I18n> {
  const choice = await loadLanguageChoice();
  if (choice === 'auto' || choice === browserLocale()) return browserI18n();
  const file = await readMessages(choice);
  return fileI18n(choice, file, browserMessage);
}
