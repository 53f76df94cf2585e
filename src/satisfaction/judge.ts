/**
 * The statistical core shared by `evaluateSatisfaction` and `evaluateSatisfactionSchedule`
 * (internal, on validated input).
 *
 * @module
 */
import { twoSidedZ } from './normalQuantile.js';
import type { ParsedOptions, ParsedThreshold, Tally } from './schemas.js';
import { formatLevel, formatPercent, reportedInterval, roundShare } from './shares.js';
import type {
  InsufficientDataReason,
  SatisfactionResult,
  SatisfactionTarget,
  SatisfactionVerdict,
} from './types.js';
import { wilsonBounds } from './wilsonBounds.js';

/** The default minimum number of responses (the UK NSS publication threshold, https://wonkhe.com/blogs/is-it-time-to-change-the-rules-on-nss-publication). */
export const DEFAULT_MIN_RESPONSES = 10;

/** The default two-sided confidence level. */
export const DEFAULT_CONFIDENCE = 0.95;

/** Describes a threshold in words: "the target of at least 85%". */
export function describeTarget(threshold: ParsedThreshold): string {
  const word = threshold.direction === 'at-least' ? 'at least' : 'at most';
  return `the target of ${word} ${formatLevel(threshold.value)}`;
}

/** A threshold as a result reports it: its direction and its share rounded to four places. */
export function reportedTarget(threshold: ParsedThreshold): SatisfactionTarget {
  return { direction: threshold.direction, value: roundShare(threshold.value) };
}

/** Judges one tally against one threshold. */
export function judge(
  tally: Tally,
  threshold: ParsedThreshold,
  options: ParsedOptions | undefined,
): SatisfactionResult {
  const confidence = options?.confidence ?? DEFAULT_CONFIDENCE;
  const continuityCorrection = options?.continuityCorrection ?? false;
  const minResponses = options?.minResponses ?? DEFAULT_MIN_RESPONSES;
  const label = options?.label ?? 'satisfied';
  const { satisfied, responses, invited } = tally;
  const target = reportedTarget(threshold);
  const targetText = describeTarget(threshold);
  const atLeast = threshold.direction === 'at-least';

  const rate = invited === undefined ? undefined : responses / invited;
  const rateFields =
    invited === undefined || rate === undefined ? {} : { invited, responseRate: roundShare(rate) };
  const rateText = rate === undefined ? '' : `, response rate ${formatPercent(rate)}`;

  let insufficient: InsufficientDataReason | undefined;
  let gateText = '';
  if (responses < minResponses) {
    insufficient = 'too-few-responses';
    gateText = `${responses} ${responses === 1 ? 'response' : 'responses'}; at least ${minResponses} needed`;
  } else if (
    options?.minResponseRate !== undefined &&
    rate !== undefined &&
    rate < options.minResponseRate
  ) {
    insufficient = 'response-rate-too-low';
    gateText = `response rate ${formatPercent(rate)}; at least ${formatLevel(options.minResponseRate)} needed`;
  }

  if (responses === 0) {
    return {
      share: null,
      interval: null,
      pointVerdict: null,
      verdict: 'insufficient-data',
      insufficientData: 'too-few-responses',
      satisfied,
      responses,
      ...rateFields,
      target,
      explanation: `No responses${invited === undefined ? '' : ` (${invited} invited)`}: insufficient data to judge ${targetText} (${gateText})`,
    };
  }

  const share = satisfied / responses;
  const bounds = wilsonBounds(satisfied, responses, twoSidedZ(confidence), continuityCorrection);
  const { lower, upper } = bounds;
  const t = threshold.value;
  const pointVerdict = (atLeast ? share >= t : share <= t) ? 'met' : 'not-met';
  let verdict: SatisfactionVerdict;
  if (insufficient !== undefined) verdict = 'insufficient-data';
  else if (atLeast ? lower >= t : upper <= t) verdict = 'met';
  else if (atLeast ? upper < t : lower > t) verdict = 'not-met';
  else verdict = 'inconclusive';

  const intervalText = `${formatLevel(confidence)} interval ${formatPercent(lower)}–${formatPercent(upper)}${continuityCorrection ? ', continuity-corrected' : ''}`;
  const body = `${formatPercent(share)} ${label} (${satisfied} of ${responses}${rateText}; ${intervalText})`;
  const verdictText =
    verdict === 'met'
      ? `meets ${targetText}`
      : verdict === 'not-met'
        ? `does not meet ${targetText}`
        : verdict === 'inconclusive'
          ? `inconclusive against ${targetText}`
          : `insufficient data to judge ${targetText} (${gateText})`;

  return {
    share: roundShare(share),
    interval: reportedInterval(bounds, confidence, continuityCorrection),
    pointVerdict,
    verdict,
    ...(insufficient === undefined ? {} : { insufficientData: insufficient }),
    satisfied,
    responses,
    ...rateFields,
    target,
    // Joined into one flat string: results keep it, not the pieces it was built from.
    explanation: [body, ': ', verdictText].join(''),
  };
}
