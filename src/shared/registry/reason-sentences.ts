/**
 * The sentences of `explain`'s reason, one for each step of the choice `chooseMeaning` makes. Only the
 * pages hand them in (explain.ts): the background stores the choice, never the reason, so it carries none.
 */
import { vendorInfo } from '../fingerprints';
import type { ReasonSentences } from './choose-meaning';
import { describe, display, evidenceText, listNames, possessive, standardSentence, unregisteredReason } from './explain-text';
import { madeBySentence } from './maker-sentence';
import { behindMaker } from './response-maker';

export const REASON_SENTENCES: ReasonSentences = {
  bodyCode: (note, entry, carried) => `${note}, so this is ${describe(entry)}.${carried === undefined ? '' : ` The response itself carried ${carried}.`}`,
  reasonPhrase: (linePhrase, entry, code) => `The status line says '${display(linePhrase)}', which is ${possessive(entry.origin.name)} name for ${code}.`,
  byVendor: (vendor, entry, code, other) => {
    const verb = vendor.confidence === 'high' ? 'answered' : 'seems to have answered';
    const reason = `${vendor.name} ${verb} (${evidenceText(vendor)}), so ${code} is ${describe(entry, entry.code !== code)}.`;
    return other ? `${reason} ${other.vendor.name} is in the path too; its ${code} would be '${other.entry.phrase}'.` : reason;
  },
  standard: (entry, code, vendorMeanings) => {
    const reason = standardSentence(entry, code);
    if (vendorMeanings.length === 0) return reason;
    const owners = listNames(vendorMeanings.map((e) => e.origin.name));
    const many = vendorMeanings.length > 1;
    return `${reason} ${owners} also ${many ? 'use' : 'uses'} ${code} for something else, but no header points to ${many ? 'them' : 'it'}.`;
  },
  vendorOnly: (vendorMeanings, code) => {
    const first = vendorMeanings[0];
    if (first !== undefined && new Set(vendorMeanings.map((e) => e.origin.id)).size === 1) {
      // Say that the vendor was not seen only when it could have been (it has fingerprints).
      const unseen = vendorInfo(first.origin.id) ? `, though no header shows ${first.origin.name} answered` : '';
      return `${code} is not a standard code; the only known meaning is ${describe(first, false)}${unseen}.`;
    }
    const all = vendorMeanings.map((e) => describe(e, false)).join(', or ');
    return `${code} is not a standard code and no header says who sent it: it may be ${all}. The first is shown.`;
  },
  historic: (entry, code) => `${code} has no meaning today; it once meant '${entry.phrase}' (${entry.origin.name}).`,
  unregistered: unregisteredReason,
  lineDisagrees: (lineStatus, status) => `The status line says ${lineStatus}, but ${status} was reported; ${status} is used.`,
  phraseIsOther: (linePhrase, other) => `But the status line's phrase '${display(linePhrase)}' is ${describe(other)}, so the server may mean that.`,
  phraseNonStandard: (linePhrase, wireName) =>
    `The status line's reason phrase '${display(linePhrase)}' is non-standard${wireName ? ` (the registered name is '${wireName}')` : ''}; only the number counts.`,
  lineCalls: (linePhrase) => `The status line calls it '${display(linePhrase)}'.`,
  otherFinding: (note, unlisted) => (unlisted ? `${note}, a code the registry does not list.` : `${note}.`),
  madeBy: (madeBy, vendors) => {
    const behind = behindMaker(madeBy, vendors).map((v) => v.name);
    const origin = behind.length > 0 ? ` The headers it passed on name ${listNames(behind)} behind it.` : ' The response does not name the server behind it.';
    return `${madeBySentence(madeBy)}${origin}`;
  },
  unreadable: 'The response could not be read.',
};
