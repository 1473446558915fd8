/**
 * The words every view and export shows for a response. The meaning was chosen once (see
 * record-explanation.ts) and travels with the response; this only says what to show when none does.
 * A file of its own, free of the registry's data, because the popup shows these words before the
 * registry has loaded.
 */
import { parseStatusLine } from './status-line';
import type { ExplanationRef } from './registry-types';

export interface ExplainedResponse {
  explanation?: ExplanationRef | undefined;
  statusLine?: string | undefined;
  error?: string | undefined;
}

/** The chosen meaning's words; without one, the server's own reason phrase, else the browser's error, else ''. */
export function responsePhrase(response: ExplainedResponse): string {
  return response.explanation?.phrase ?? (parseStatusLine(response.statusLine)?.phrase || response.error || '');
}
