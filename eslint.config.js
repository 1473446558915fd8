// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The architecture's import rules, proven to fail on violations by scripts/import-rules.test.ts.
// The checker page's folder (src/checker) shares its name with the checker core (src/shared/checker):
// from a file of a shared sub-folder the context is two levels up, from a file of src/shared itself one.
const CONTEXT_MESSAGE = 'src/shared/ is used by every context, so it imports none of them (background, popup, devtools, options, content, checker).';
const CONTEXT_FOLDERS = {
  regex: String.raw`^(\.\./)+(background|popup|devtools|options|content)(/|$)|^(\.\./){2,}checker(/|$)`,
  message: CONTEXT_MESSAGE,
};
const CONTEXT_FOLDERS_FROM_SHARED_ROOT = {
  regex: String.raw`^(\.\./)+(background|popup|devtools|options|content|checker)(/|$)`,
  message: CONTEXT_MESSAGE,
};
const EXTENSION_API_IMPORTS = {
  regex: String.raw`^webextension-polyfill$|(^|/)browser-adapter$`,
  message:
    'The capture core, the checker core, the registry, the fingerprints and the wording modules are pure: no extension API, so they run and are tested in Node.',
};
const EXTENSION_API_GLOBALS = ['chrome', 'browser'].map((name) => ({
  name,
  message:
    'The capture core, the checker core, the registry, the fingerprints and the wording modules are pure: no extension API, so they run and are tested in Node.',
}));
const MESSAGING_CLIENT_ONLY = 'The UIs reach the background only through src/shared/messaging-client.ts (request, watchTab).';

export default defineConfig(
  { ignores: ['dist/', 'artifacts/', 'test-results/', 'demo-output/', 'bench-output/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts, codes and milliseconds fill almost every label and log line; a number prints as itself.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // noUncheckedIndexedAccess is on: `!` after an index the code has just bounds-checked is how this codebase says "present".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { dropped: _dropped, ...rest } = record` is how this codebase copies a record without some fields.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Exports and captured text are cleaned of control characters on purpose, by regular expressions that name them.
      'no-control-regex': 'off',
      // Preact handlers are written `onClick={() => setOpen(true)}`, and the reducer's switches `return handler(...)` inside functions typed void.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
    },
  },
  {
    files: ['tests/e2e/**'],
    // `async ({}, use) =>` is Playwright's documented way to declare a fixture that needs no other fixture.
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // Tests may wire a context's adapter into the pure code they exercise.
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CONTEXT_FOLDERS] }] },
  },
  {
    files: ['src/shared/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CONTEXT_FOLDERS_FROM_SHARED_ROOT] }] },
  },
  {
    files: ['src/shared/{capture,checker,registry,fingerprints,words}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CONTEXT_FOLDERS, EXTENSION_API_IMPORTS] }],
      'no-restricted-globals': ['error', ...EXTENSION_API_GLOBALS],
    },
  },
  {
    files: ['src/{popup,devtools,options,checker}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name=/^(sendMessage|connect)$/][object.property.name="runtime"]', message: MESSAGING_CLIENT_ONLY },
        { selector: 'MemberExpression[property.name=/^(sendMessage|connect)$/][object.name="runtime"]', message: MESSAGING_CLIENT_ONLY },
      ],
    },
  },
  // Plain JavaScript (this file, the benchmark's do-nothing extension) is outside tsconfig.json.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['bench/fixtures/do-nothing-extension/**'], languageOptions: { globals: { chrome: 'readonly' } } },
  {
    files: ['bench/fixtures/fetch-loop-extension/**'],
    languageOptions: { globals: { window: 'readonly', performance: 'readonly', fetch: 'readonly', AbortController: 'readonly' } },
  },
  // Last, so that no rule argues with the formatter.
  prettier,
);
