/**
 * How one export cleans the values it reads from a load: always one line, no control characters,
 * capped; URLs, free text and headers redacted when the export is redacted. Each reader takes
 * `unknown` and returns undefined for anything of the wrong type, so a malformed load cannot throw.
 */
import { ROLE_ORDER } from '../fingerprints/vendor-fingerprints';
import type { VendorRole } from '../fingerprints/types';
import type { HeaderEntry } from '../capture/capture-event';
import type { ExplanationRef } from '../capture/capture-state';
import { cap, oneLine } from './clean-text';
import { field, fields, finite, list, text } from './read-input';
import { redactHeaders, redactUrl, redactUrlsInText } from './redact';
import type { TimingView, VendorView } from './view-types';

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

  vendors(value: unknown): VendorView[] {
    const out: VendorView[] = [];
    for (const item of list(value)) {
      const v = fields(item);
      const id = this.text(field(v, 'id'));
      const name = this.text(field(v, 'name'));
      if (id === undefined && name === undefined) continue;
      const vendor: VendorView = { id: id ?? '', name: name ?? id ?? '' };
      // Only the known words: the registry weighs a vendor by its role and confidence.
      const role = this.text(field(v, 'role'));
      if (role !== undefined && (ROLE_ORDER as readonly string[]).includes(role)) vendor.role = role as VendorRole;
      const confidence = this.text(field(v, 'confidence'));
      if (confidence === 'high' || confidence === 'medium' || confidence === 'low') vendor.confidence = confidence;
      out.push(vendor);
    }
    return out;
  }

  explanation(value: unknown): ExplanationRef | undefined {
    const e = fields(value);
    const code = this.text(field(e, 'code'));
    const phrase = this.text(field(e, 'phrase'));
    if (code === undefined || phrase === undefined) return undefined;
    const ref: ExplanationRef = { code, phrase };
    const summary = this.text(field(e, 'summary'));
    const statusClass = this.text(field(e, 'statusClass'));
    const originId = this.text(field(e, 'originId'));
    if (summary !== undefined) ref.summary = summary;
    if (statusClass !== undefined) ref.statusClass = statusClass;
    if (originId !== undefined) ref.originId = originId;
    return ref;
  }
}

export function timing(value: unknown): TimingView {
  const t = fields(value);
  const out: TimingView = {};
  const start = finite(field(t, 'start'));
  const end = finite(field(t, 'end'));
  const stored = finite(field(t, 'duration'));
  if (start !== undefined) out.start = start;
  if (end !== undefined) out.end = end;
  const duration = stored ?? (start !== undefined && end !== undefined ? end - start : undefined);
  if (duration !== undefined) out.duration = Math.max(0, duration);
  return out;
}
