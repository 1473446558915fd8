import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/shared/i18n/format-message';
import { packMessages } from './packed-messages';

const read = (dir: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../public/_locales', dir, 'messages.json'), 'utf8')) as Parameters<typeof packMessages>[0];

describe('packMessages', () => {
  it('keeps each message and its placeholders’ content, and drops what only translators read', () => {
    const packed = packMessages({
      a: { message: 'Between $MIN$ and $MAX$.', description: 'a range', placeholders: { min: { content: '$1', example: '1' }, max: { content: '$2' } } },
      b: { message: 'Plain', description: 'no placeholders' },
    });
    expect(packed).toEqual({
      a: { message: 'Between $MIN$ and $MAX$.', placeholders: { min: { content: '$1' }, max: { content: '$2' } } },
      b: { message: 'Plain' },
    });
  });

  it('every real message says the same packed as in the source, with its values filled in', () => {
    for (const dir of ['en', 'de', 'ja']) {
      const source = read(dir);
      const packed = packMessages(source);
      expect(Object.keys(packed)).toEqual(Object.keys(source));
      for (const key of Object.keys(source))
        expect(formatMessage(packed, key, ['A', 'B', 'C']), `${dir} ${key}`).toBe(formatMessage(source, key, ['A', 'B', 'C']));
      expect(JSON.stringify(packed)).not.toContain('"description"');
    }
  });
});
