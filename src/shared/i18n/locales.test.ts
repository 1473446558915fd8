import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import { TRANSLATED_LOCALES } from '../registry/translations/localize';
import { createI18n, pluralForms } from './create-i18n';
import { formatMessage, type MessagesFile } from './format-message';
import { localeDir, LOCALES, matchLocale, sanitizeLanguageChoice } from './locales';

const ROOT = join(import.meta.dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');
const read = (dir: string): MessagesFile => JSON.parse(readFileSync(join(LOCALES_DIR, dir, 'messages.json'), 'utf8')) as MessagesFile;
const ENGLISH = read('en');

/** The placeholders a message uses, by name and by number: '$LANGUAGE$' → 'language', '$1'. */
function placeholdersOf(spec: { message: string; placeholders?: Record<string, { content: string }> } | undefined): string[] {
  const named = [...(spec?.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g) ?? [])].map((m) => m[1]!.toLowerCase());
  const declared = Object.entries(spec?.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`);
  return [...new Set(named)].sort().concat(declared.sort());
}

/** Every source file that can ask for a message, and the manifest. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name) && !f.name.includes('.test.'))
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
    .join('\n');
}

describe('the interface’s messages (public/_locales)', () => {
  it('has a folder for exactly the nine languages, English the default', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(LOCALES.map(({ id }) => localeDir(id)).sort());
    expect(manifest.default_locale).toBe('en');
  });

  it.each(LOCALES.map(({ id }) => localeDir(id)))('%s has every key of English, no other, each non-empty with the same placeholders', (dir) => {
    const file = read(dir);
    expect(Object.keys(file).sort()).toEqual(Object.keys(ENGLISH).sort());
    for (const key of Object.keys(ENGLISH)) {
      expect(file[key]?.message.trim(), `${dir} ${key}`).toBeTruthy();
      expect(placeholdersOf(file[key]), `${dir} ${key}`).toEqual(placeholdersOf(ENGLISH[key]));
    }
  });

  it('uses every key: the manifest’s __MSG_…__ or the key, quoted, in the source (a t(…) call or a table of keys)', () => {
    const used = `${JSON.stringify(manifest)}\n${sourceText(join(ROOT, 'src'))}`;
    const unused = Object.keys(ENGLISH).filter((key) => !used.includes(`__MSG_${key}__`) && !used.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it.each(LOCALES.map(({ id }) => id))('%s gives each counted message exactly the plural forms its language has', (id) => {
    const file = read(localeDir(id));
    const categories = [...new Intl.PluralRules(id).resolvedOptions().pluralCategories].sort();
    for (const key of Object.keys(ENGLISH).filter((k) => pluralForms(ENGLISH[k]!.message).size > 1 || /^(one|other):/.test(ENGLISH[k]!.message))) {
      expect([...pluralForms(file[key]!.message).keys()].sort(), `${id} ${key}`).toEqual(categories);
    }
  });

  it('each names its own language in `locale`, which tells the pages the folder the browser chose', () => {
    for (const { id } of LOCALES) expect(read(localeDir(id)).locale?.message).toBe(id);
  });

  it('the store name and description come from the messages; the description fits the stores’ 132 characters', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    for (const { id } of LOCALES) expect(read(localeDir(id)).extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('every language but English has the registry’s translations or will fall back to English for them', () => {
    for (const locale of TRANSLATED_LOCALES) expect(LOCALES.map(({ id }) => id as string)).toContain(locale);
    expect(TRANSLATED_LOCALES).toContain('de');
  });
});

describe('formatMessage, by the browsers’ rules', () => {
  const file: MessagesFile = {
    range: { message: 'Zwischen $MIN$ und $Max$ ($$).', placeholders: { min: { content: '$1' }, max: { content: '$2' } } },
    plain: { message: 'Sprache $1' },
  };

  it('fills named and numbered placeholders, $$ is a dollar sign', () => {
    expect(formatMessage(file, 'range', ['1', '5.000'])).toBe('Zwischen 1 und 5.000 ($).');
    expect(formatMessage(file, 'plain', ['Deutsch'])).toBe('Sprache Deutsch');
  });

  it('leaves a substituted value as written, even one that looks like a placeholder', () => {
    expect(formatMessage(file, 'range', ['$2', '$MIN$'])).toBe('Zwischen $2 und $MIN$ ($).');
  });

  it('an unknown key, a prototype name or a missing file gives undefined (the caller falls back)', () => {
    expect(formatMessage(file, 'nope')).toBeUndefined();
    expect(formatMessage(file, 'constructor')).toBeUndefined();
    expect(formatMessage(undefined, 'plain')).toBeUndefined();
  });

  it('reads the real files: German and Japanese ranges', () => {
    expect(formatMessage(read('de'), 'settingRange', ['1', '5.000'])).toBe('Zwischen 1 und 5.000.');
    expect(formatMessage(read('ja'), 'languageAuto', ['日本語'])).toBe('ブラウザの言語（日本語）');
  });
});

describe('choosing the language', () => {
  it('as the browsers choose a _locales folder: the tag, else its language, else English', () => {
    expect(matchLocale('de')).toBe('de');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('pt-BR')).toBe('pt-BR');
    expect(matchLocale('pt_br')).toBe('pt-BR');
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('pt-PT')).toBe('en');
    expect(matchLocale('zh-TW')).toBe('en');
    expect(matchLocale('')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });

  it('a stored choice is one of the languages or auto', () => {
    expect(sanitizeLanguageChoice('ja')).toBe('ja');
    expect(sanitizeLanguageChoice('zh-CN')).toBe('zh-CN');
    expect(sanitizeLanguageChoice('zh-cn')).toBe('auto');
    expect(sanitizeLanguageChoice('<img>')).toBe('auto');
    expect(sanitizeLanguageChoice({})).toBe('auto');
  });
});

describe('numbers, times and plurals in the language’s own form', () => {
  const none = () => undefined;

  it('numbers', () => {
    expect(createI18n('en', none).number(5000)).toBe('5,000');
    expect(createI18n('de', none).number(5000)).toBe('5.000');
    expect(createI18n('fr', none).number(5000)).toBe('5\u202f000');
    expect(createI18n('ru', none).number(1234.5)).toBe('1\u00a0234,5');
  });

  it('times', () => {
    const moment = Date.UTC(2026, 11, 5, 13, 4, 5);
    expect(createI18n('de', none).dateTime(moment)).toMatch(/05\.12\.2026/);
    expect(createI18n('ja', none).dateTime(moment)).toMatch(/2026\/12\/05/);
  });

  it('plural forms: Russian’s few and many, one form in Japanese', () => {
    const ru = createI18n('ru', none);
    expect([1, 3, 5, 21].map((n) => ru.plural(n))).toEqual(['one', 'few', 'many', 'one']);
    expect(createI18n('ja', none).plural(1)).toBe('other');
    expect(createI18n('en', none).plural(1)).toBe('one');
  });

  it('a counted message takes the form of its count, # in the language’s digits', () => {
    const counted: MessagesFile = { n: { message: 'one:# запрос к $1|few:# запроса к $1|many:# запросов к $1|other:# запроса к $1' } };
    const ru = createI18n('ru', (_, substitutions) => formatMessage(counted, 'n', substitutions));
    expect(ru.count('languageLabel', 1, 'a.test')).toBe('1 запрос к a.test');
    expect(ru.count('languageLabel', 3, 'a.test')).toBe('3 запроса к a.test');
    // A value with '#' and '|' (a URL's fragment) is left as written.
    expect(ru.count('languageLabel', 2, 'a.test/#x|y')).toBe('2 запроса к a.test/#x|y');
    expect(ru.count('languageLabel', 5000, 'a.test')).toBe('5\u00a0000 запросов к a.test');
    const de = createI18n('de', () => 'one:# Anfrage|other:# Anfragen');
    expect(de.count('languageLabel', 1)).toBe('1 Anfrage');
    expect(de.count('languageLabel', 1200)).toBe('1.200 Anfragen');
    // A form the translation lacks falls back to 'other'; a message with no forms is its own 'other'.
    expect(createI18n('ru', () => 'one:# x|other:# y').count('languageLabel', 5)).toBe('5 y');
    expect(createI18n('ja', () => '# 件').count('languageLabel', 7)).toBe('7 件');
  });

  it('a message no file has shows its key, never a blank', () => {
    expect(createI18n('de', () => '').t('languageLabel')).toBe('languageLabel');
    expect(createI18n('de', (key, subs) => `${key}:${subs.join(',')}`).t('settingRange', '1', '20')).toBe('settingRange:1,20');
  });
});
