/**
 * A redirect map's row, judged for the export: its verdict and the verdict's sentence, by the core's
 * `verdictFor` (the page's own judge), on the chain as the page holds it. Judged before the export's
 * cleaning pass, because redaction could make two URLs look alike (a target that differs only by a
 * secret parameter, or a "loop"); the verdict and its sentence then go through that one pass with the
 * rest, so a URL in the sentence is redacted like every other.
 */
import type { CheckResult } from '../checker/check-result';
import { say, type Speaker } from '../checker/checker-phrase';
import { verdictFor, type RedirectVerdict } from '../checker/redirect-verdict';
import { field, fields, list } from './read-input';

/** A checked URL as the exports read it: the result, with its verdict when it was a map's row and was checked. */
export interface JudgedCheck extends CheckResult {
  verdict?: RedirectVerdict;
  /** The verdict's sentence, in the export's language. */
  verdictSentence?: string;
}

type MapRowResult = CheckResult & { expected: NonNullable<CheckResult['expected']> };

const HOP_TEXTS: readonly string[] = ['method', 'madeBy', 'redirectUrl', 'statusLine', 'error'];

function absentOr(value: unknown, type: 'string' | 'number'): boolean {
  return value === undefined || typeof value === type;
}

/** A hop with what the judge reads, of the right types (the results may be damaged: the export never throws). */
function judgeableHop(value: unknown): boolean {
  const hop = fields(value);
  return typeof field(hop, 'url') === 'string' && absentOr(field(hop, 'statusCode'), 'number') && HOP_TEXTS.every((key) => absentOr(field(hop, key), 'string'));
}

/** A map's row whose check is done: only then is there a verdict (a skipped row has none, as on the page). */
function judgeable(value: unknown): value is MapRowResult {
  const result = fields(value);
  const expected = fields(field(result, 'expected'));
  const chain = field(result, 'chain');
  return (
    field(result, 'state') === 'done' &&
    typeof field(expected, 'to') === 'string' &&
    absentOr(field(expected, 'expectedCode'), 'number') &&
    Array.isArray(chain) &&
    list(chain).every(judgeableHop)
  );
}

/** Each result, with its verdict and sentence added when it is a checked row of a redirect map; the others as they are. */
export function judgeChecks(results: unknown, i18n: Speaker): unknown[] {
  return list(results).map((result) => {
    if (!judgeable(result)) return result;
    const judged = verdictFor(result.expected, result.chain);
    return { ...result, verdict: judged.verdict, verdictSentence: say(i18n, judged.message) };
  });
}
