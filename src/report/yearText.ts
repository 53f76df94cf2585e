/**
 * A year's target and actual in words of the report's locale. Private to the report module.
 */
import type { IndicatorEvaluation, YearEvaluation } from '../indicators/evaluationTypes.js';
import { fill, formatNumber, formatNumbers, formatShare, formatShares } from './format.js';
import type { ReportLabels } from './labels/types.js';

/** The target of a year in words: `najmanje 46`, `at least 85%`, `od 4 do 6`, a milestone. */
export function targetText(
  locale: string,
  labels: ReportLabels,
  indicator: Pick<IndicatorEvaluation, 'kind' | 'direction'>,
  year: YearEvaluation,
): string {
  const t = labels.text;
  const target = year.target;
  if (year.judgedAs === 'milestone') return fill(t.milestone, { text: String(target) });
  if (typeof target === 'object') {
    const ends = [target.min, target.max];
    const [min = '', max = ''] =
      indicator.kind === 'percentage' ? formatShares(locale, ends) : formatNumbers(locale, ends);
    return fill(t.between, { min, max });
  }
  const required = year.required ?? (typeof target === 'number' ? target : 0);
  const value =
    indicator.kind === 'percentage'
      ? formatShare(locale, required)
      : formatNumber(locale, required);
  const template =
    indicator.direction === 'at-most'
      ? t.atMost
      : indicator.direction === 'exactly'
        ? t.exactly
        : t.atLeast;
  const text = fill(template, { value });
  return indicator.kind === 'per-unit' ? `${text} ${t.perUnit}` : text;
}

/** The actual of a year in words: a number, a share, done / not done, or a dash. */
export function actualText(
  locale: string,
  labels: ReportLabels,
  indicator: Pick<IndicatorEvaluation, 'kind'>,
  year: YearEvaluation,
): string {
  if (year.judgedAs === 'milestone') {
    if (year.milestone) return year.milestone.done ? labels.text.done : labels.text.notDone;
    return labels.text.none;
  }
  if (year.actual === null) return labels.text.none;
  return indicator.kind === 'percentage'
    ? formatShare(locale, year.actual)
    : formatNumber(locale, year.actual);
}

/** An achievement ratio as a percentage (`104,3 %`), or a dash. */
export function ratioText(locale: string, labels: ReportLabels, ratio: number | null): string {
  return ratio === null ? labels.text.none : formatShare(locale, ratio);
}
