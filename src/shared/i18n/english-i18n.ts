/**
 * The interface's English messages without a browser: for Node tests and scripts (the demo's printout,
 * export fixtures), read by the browsers' rules from English's `messages.json`. The pages never import
 * this: they take the browser's i18n (`i18n.ts`), which needs no copy of the file in their code.
 */
import english from '../../../public/_locales/en/messages.json';
import type { I18n } from './create-i18n';
import { fileI18n } from './format-message';

export const ENGLISH: I18n = fileI18n('en', english);
