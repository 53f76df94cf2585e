/**
 * The evaluation of one validated indicator against its own validated actuals, shared by
 * `evaluateIndicator` and `evaluatePlan` (internal).
 *
 * @module
 */
import type { Actual } from './actualTypes.js';
import { byWarningOrder } from './compareToTarget.js';
import type { Settings } from './evaluateOptions.js';
import type { EvaluationWarning, IndicatorEvaluation, YearEvaluation } from './evaluationTypes.js';
import { forecastFinalYear } from './forecastFinalYear.js';
import { combineReadings, type Reading } from './gatherActuals.js';
import type { Indicator } from './indicatorTypes.js';
import { type IndicatorYear, slotOf } from './indicatorYears.js';
import { directionOf, growsWithinYear, judgeYear } from './judgeYear.js';
import { overallStatus } from './overallStatus.js';

/**
 * Evaluates one indicator: `years` are its years (from `indicatorYears`), `actuals` its own
 * actuals, already checked against them.
 */
export function evaluateIndicatorCore(
  indicator: Indicator,
  years: readonly IndicatorYear[],
  actuals: readonly Actual[],
  settings: Settings,
): IndicatorEvaluation {
  const warnings: EvaluationWarning[] = [];
  // The actuals of each year, by the year's position.
  const byYear: Actual[][] = [];
  for (const actual of actuals) {
    const slot = slotOf(years, actual.year);
    if (slot < 0) {
      warnings.push({
        code: 'year-without-target',
        indicatorId: indicator.id,
        year: actual.year,
        message: `Actual for "${indicator.id}" in ${actual.year} ignored: the indicator has no target for that year.`,
      });
      continue;
    }
    const list = byYear[slot];
    if (list === undefined) byYear[slot] = [actual];
    else list.push(actual);
  }
  const aggregation = indicator.kind === 'numeric' ? indicator.aggregation : 'annual';
  const latest = aggregation === 'latest';
  const evaluations: YearEvaluation[] = [];
  let running = 0;
  const gaps: number[] = [];
  for (let i = 0; i < years.length; i++) {
    const slot = years[i] as IndicatorYear;
    const dueDate = settings.dueDate(slot.year);
    const due = settings.asOf >= dueDate;
    const list = byYear[i];
    let reading: Reading | undefined =
      list === undefined ? undefined : combineReadings(list, latest, dueDate);
    if (aggregation === 'cumulative' && slot.kind === 'numeric') {
      if (reading?.type === 'number') {
        running += reading.value;
        reading = { type: 'number', value: running };
        for (const gap of gaps) {
          warnings.push({
            code: 'cumulative-gap',
            indicatorId: indicator.id,
            year: slot.year,
            message: `Running total of "${indicator.id}" for ${slot.key} lacks data for ${gap}.`,
          });
        }
        gaps.length = 0;
      } else if (due) {
        gaps.push(slot.year);
      }
    }
    evaluations.push(judgeYear(indicator, slot, reading, dueDate, due, warnings));
  }
  const direction = directionOf(indicator);
  const forecast = forecastFinalYear({
    years: evaluations,
    direction,
    share: indicator.kind === 'percentage',
    forecastable: indicator.kind !== 'event-driven',
    grows: growsWithinYear(indicator, indicator.kind),
    cumulative: aggregation === 'cumulative',
  });
  const overall = overallStatus(evaluations, aggregation, forecast, settings);
  return {
    indicatorId: indicator.id,
    label: indicator.label,
    kind: indicator.kind,
    direction,
    aggregation,
    weight: indicator.weight ?? 1,
    years: evaluations,
    dueYears: overall.dueYears,
    metYears: overall.metYears,
    shareMet: overall.shareMet,
    score: overall.score,
    status: overall.status,
    forecast,
    explanation: overall.explanation,
    warnings: warnings.sort(byWarningOrder),
  };
}
