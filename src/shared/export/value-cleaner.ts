/**
 * How one export cleans a string it reads from a load: always one line, no control characters,
 * capped; URLs, free text and headers redacted when the export is redacted. Each reader takes
 * `unknown` and returns undefined for anything of the wrong type, so a malformed load cannot throw.
 */
import type { HeaderEntry } from '../capture/capture-event';
import { cap, oneLine } from './clean-text';
import { field, fields, list, text } from './read-input';
import { redactHeaders, redactUrl, redactUrlsInText } from './redact';

/** How strings are cleaned for this export: redacted or not, always one line and capped. */
export class Cleaner {
  constructor(readonly redact: boolean) {}

  /**
   * A URL. Order matters: controls are stripped first, so 'to\u0000ken=' cannot dodge the name rules;
   * redaction comes before the cap, because a cut could drop the '@' that marks a userinfo (leaving
   * the credentials in view) and would let the marker be taken for part of a redacted value.
   */
  url(value: unknown): string | undefined {
    const raw = text(value);
    if (raw === undefined) return undefined;
    const line = oneLine(raw);
    return cap(this.redact ? redactUrl(line) : line);
  }

  /** Free text (status lines, errors, names, messages): any URL inside is redacted too. */
  text(value: unknown): string | undefined {
    const raw = text(value);
    if (raw === undefined) return undefined;
    const line = oneLine(raw);
    return cap(this.redact ? redactUrlsInText(line) : line);
  }

  headers(value: unknown): HeaderEntry[] {
    const cleaned: HeaderEntry[] = [];
    for (const item of list(value)) {
      const h = fields(item);
      const name = text(field(h, 'name'));
      if (name === undefined) continue;
      cleaned.push({ name: cap(oneLine(name), 256), value: oneLine(text(field(h, 'value')) ?? '') });
    }
    const shown = this.redact ? redactHeaders(cleaned) : cleaned;
    return shown.map((h) => ({ name: h.name, value: cap(h.value) }));
  }
}
