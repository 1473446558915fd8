/**
 * A build step that packs each `_locales/<dir>/messages.json` as the browsers read it: every message with
 * its placeholders' `content`, nothing else. The `description` and `example` fields are for translators
 * (English's file names where each message shows); the browsers never read them, yet they were a third
 * of the package's interface text. The source files in `public/_locales` keep them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterBuild } from './after-build';

interface SourceMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

type PackedMessage = Pick<SourceMessage, 'message'> & { placeholders?: Record<string, { content: string }> };

export function packMessages(file: Readonly<Record<string, SourceMessage>>): Record<string, PackedMessage> {
  const packed: Record<string, PackedMessage> = {};
  for (const [key, { message, placeholders }] of Object.entries(file)) {
    packed[key] = placeholders
      ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) }
      : { message };
  }
  return packed;
}

/** Rewrites the copies Vite made of public/_locales. */
export function packedMessages(): Plugin {
  return afterBuild('packed-messages', (outDir) => {
    const locales = join(outDir, '_locales');
    for (const dir of readdirSync(locales)) {
      const path = join(locales, dir, 'messages.json');
      writeFileSync(path, JSON.stringify(packMessages(JSON.parse(readFileSync(path, 'utf8')) as Record<string, SourceMessage>)));
    }
  });
}
