/**
 * Prints the English text of the translated set (src/shared/registry/translations/translated-set.ts) as
 * JSON, the shape every `<locale>.json` there has: what a translator starts from.
 *   npx tsx scripts/translation-source.ts > en-source.json
 */
import { ALL_ENTRIES } from '../src/shared/registry/entries';
import { englishSource, translatedSet } from '../src/shared/registry/translations/translated-set';

const { entries, missing } = translatedSet(ALL_ENTRIES);
if (missing.length > 0) throw new Error(`the translated set names codes the registry does not have: ${missing.join(', ')}`);
console.log(JSON.stringify(englishSource(entries), null, 2));
