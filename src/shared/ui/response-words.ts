/**
 * The registry entries behind the words a view shows for a response (the words themselves are
 * registry/response-phrase.ts). The meaning was chosen once, by the registry's `explainRecord`, and
 * stored with the response (or, for a popup's failing rows, sent with them): nothing here chooses. The
 * registry arrives a moment after the popup's first content, so entries are found only once it is here.
 */
import type { ExplanationRef, StatusEntry } from '../registry/registry-types';
import { currentLookups } from './registry-source';

/** The registry entry a stored explanation names (undefined until the registry is here, or for an unregistered status). */
export function explanationEntry(explanation: ExplanationRef | undefined): StatusEntry | undefined {
  return currentLookups()?.entryOf(explanation);
}

/** The registry entry of a browser error ('net::ERR_CONNECTION_RESET'): an error code has one meaning. */
export function errorEntry(error: string | undefined): StatusEntry | undefined {
  return error === undefined || error === '' ? undefined : currentLookups()?.lookup(error);
}
