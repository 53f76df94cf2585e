import { round4 } from './compareToTarget.js';
import type { Settings } from './evaluateOptions.js';
import type { Forecast, OverallStatus, YearEvaluation } from './evaluationTypes.js';
import { partialYearText } from './forecastFinalYear.js';
import type { Aggregation } from './indicatorTypes.js';

/** The RAG band of a performance figure (0–1). */
export function ragBand(performance: number, settings: Settings): OverallStatus {
  if (performance >= settings.onTrack) return 'on-track';
  return performance >= settings.atRisk ? 'at-risk' : 'off-track';
}

/** The overall verdict on an indicator. */
export interface Overall {
  /** The status. */
  readonly status: OverallStatus;
  /** Mean year score over the years counted, rounded; `null` when none. */
  readonly score: number | null;
  /** Years counted (due, or decided early). */
  readonly dueYears: number;
  /** Years met. */
  readonly metYears: number;
  /** metYears / dueYears, rounded; `null` when none counted. */
  readonly shareMet: number | null;
  /** How the status was reached. */
  readonly explanation: string;
}

/**
 * Derives the overall status:
 * 1. `achieved` when every year is met — for `cumulative` and `latest` indicators, when the
 *    final year is met (its value is what the plan aims at);
 * 2. performance = the mean year score of the years counted (due, or decided early: met 1, no
 *    data 0, else the achievement ratio clamped to [0, 1]); while the final year is not yet
 *    judged, a forecast that rests on a trend line (2+ ended years, possibly raised to a floor)
 *    or on the final year's own value so far (`estimate`) lowers it to the forecast's ratio if
 *    that is smaller (a floor alone, or one year carried flat, is no forecast of the outcome);
 * 3. nothing counted and no such forecast: `on-track`;
 * 4. otherwise the RAG cut-offs give the band, and a plan whose final year is judged but not
 *    achieved is never better than `at-risk`.
 */
export function overallStatus(
  years: readonly YearEvaluation[],
  aggregation: Aggregation,
  forecast: Forecast,
  settings: Settings,
): Overall {
  // One pass: the years counted (due, or decided early), those met, and their scores.
  let dueYears = 0;
  let metYears = 0;
  let scores = 0;
  for (const year of years) {
    if (year.status === 'not-due') continue;
    dueYears += 1;
    if (year.status === 'met') metYears += 1;
    scores += year.score ?? 0;
  }
  const final = years[years.length - 1];
  const finalJudged = final !== undefined && final.status !== 'not-due';
  const score = dueYears === 0 ? null : round4(scores / dueYears);
  const shareMet = dueYears === 0 ? null : round4(metYears / dueYears);
  const tally = `${metYears} of ${dueYears} ${dueYears === 1 ? 'year' : 'years'} counted met`;
  const overall = (status: OverallStatus, explanation: string): Overall => ({
    status,
    score,
    dueYears,
    metYears,
    shareMet,
    explanation,
  });

  const achieved = aggregation === 'annual' ? metYears === years.length : final?.status === 'met';
  if (achieved) {
    return overall(
      'achieved',
      aggregation === 'annual'
        ? `Achieved: every year met (${tally}).`
        : `Achieved: the final year ${final?.year} met (${tally}).`,
    );
  }
  const partial =
    forecast.partialYear === null ? '' : partialYearText(forecast.partialYear, forecast.year);
  let performance = score;
  let forecastText = partial === '' ? '' : `; ${partial}`;
  // A floor alone, or one year carried flat, says nothing new about the outcome.
  const counts = forecast.slope !== null || forecast.partialYear?.use === 'estimate';
  if (!finalJudged && counts && forecast.achievementRatio !== null) {
    const ratio = Math.min(1, Math.max(0, forecast.achievementRatio));
    forecastText = `; forecast for ${forecast.year}: ${forecast.value} (ratio ${forecast.achievementRatio})${partial === '' ? '' : ` — ${partial}`}`;
    performance = Math.min(performance ?? 1, ratio);
  }
  if (performance === null) {
    return overall('on-track', `On track: nothing is due yet${forecastText}.`);
  }
  let status = ragBand(performance, settings);
  let endText = '';
  if (finalJudged && status === 'on-track') {
    status = 'at-risk';
    endText = ' The final year is judged and the target was not achieved.';
  }
  return overall(
    status,
    // Joined into one flat string: results keep it, not the pieces it was built from.
    [
      `${status}: ${score === null ? 'nothing is due yet' : `${tally}, score ${score}`}${forecastText}; `,
      `performance ${round4(performance)} against cut-offs ${settings.onTrack} (on track) `,
      `and ${settings.atRisk} (at risk).${endText}`,
    ].join(''),
  );
}
