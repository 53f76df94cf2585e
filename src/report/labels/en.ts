import { deepFreeze } from '../../_lib/freeze.js';
import type { PluralForms, ReportLabels } from './types.js';

/** English forms: `one` and `other` (the other categories repeat `other`). */
const two = (one: string, other: string): PluralForms => ({
  zero: other,
  one,
  two: other,
  few: other,
  many: other,
  other,
});

/**
 * The report labels in English.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels.en.overallStatus['on-track']; // 'on track'
 * ```
 */
export const en: ReportLabels = deepFreeze({
  yearStatus: {
    met: 'met',
    'not-met': 'not met',
    inconclusive: 'inconclusive',
    'no-data': 'no data',
    'not-due': 'not due',
  },
  overallStatus: {
    achieved: 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
  },
  verdict: {
    met: 'met',
    'not-met': 'not met',
    inconclusive: 'inconclusive',
    'insufficient-data': 'insufficient data',
  },
  indicatorKind: {
    numeric: 'count',
    percentage: 'percentage',
    frequency: 'frequency',
    limit: 'limit',
    'per-unit': 'per unit',
    'event-driven': 'per event',
    milestone: 'milestone',
  },
  grantLineKind: {
    'individual-support': 'Individual support',
    'fewer-opportunities-top-up': 'Top-up for participants with fewer opportunities',
    'traineeship-top-up': 'Traineeship top-up',
    'green-travel-top-up': 'Green travel top-up',
    travel: 'Travel',
    'exceptional-travel': 'Exceptional travel costs',
    'course-fees': 'Course fees',
  },
  missingReason: {
    'figure-missing': 'no figure was found in the published sources',
    'distance-missing': 'no travel distance was given',
  },
  units: {
    month: two('month', 'months'),
    day: two('day', 'days'),
    trip: two('trip', 'trips'),
    indicator: two('indicator', 'indicators'),
  },
  text: {
    planReportTitle: 'Action plan report',
    asOf: 'Evaluated as of {date}',
    period: 'Plan period {from}–{to}',
    summary: 'Summary',
    overallStatus: 'Overall status',
    indicators: 'Indicators',
    yearsMet: 'Years met',
    partOfWhole: '{part} of {whole}',
    score: 'Weighted score',
    goal: 'Goal',
    objective: 'Objective',
    action: 'Action',
    indicator: 'Indicator',
    goals: 'Goals',
    objectives: 'Objectives',
    year: 'Year',
    target: 'Target',
    actual: 'Actual',
    status: 'Status',
    achievement: 'Achievement',
    kind: 'Kind',
    forecast: 'Forecast for {year}: {value} against a target of {target} ({status}).',
    forecastMeets: 'reaches it',
    forecastMisses: 'falls short',
    forecastNone: 'No forecast for the final year.',
    forecastFloor: '{year} is still in progress: {value} so far, a floor for the forecast.',
    forecastEstimate: '{year} is still in progress: the forecast is its value so far, {value}.',
    forecastLeftOut: '{year} is still in progress ({value} so far) and is left out of the trend.',
    satisfaction:
      '{year}: {share} satisfied ({satisfied} of {responses}), {level} interval {lower}–{upper}; target {target}: {verdict}.',
    satisfactionHeading: 'Satisfaction surveys',
    yearStatusCounts: 'Indicator-years by status',
    indicatorStatusCounts: 'Indicators by status',
    count: 'Count',
    warnings: 'Warnings',
    untitled: '(untitled)',
    quotedNote: 'Titles and indicator names are quoted from the plan as written.',
    atLeast: 'at least {value}',
    atMost: 'at most {value}',
    between: '{min} to {max}',
    exactly: 'exactly {value}',
    perUnit: 'per unit',
    milestone: 'milestone: {text}',
    done: 'done',
    notDone: 'not done',
    chartTitle: '{id} {label}: targets and actuals',
    chartDesc:
      'Chart of the yearly targets and actuals of a {kind} indicator; overall status: {status}.',
    chartYear: '{year}: target {target}, actual {actual}, {status}.',
    axisValue: 'Value',
    axisShare: 'Share satisfied',
    legendInterval: '{level} confidence interval',
    none: '–',
    chart: 'Chart',
    grantTitle: 'Grant statement',
    grantCallYear: 'Erasmus+ call {callYear}',
    item: 'Item',
    calculation: 'Calculation',
    amount: 'Amount',
    total: 'Total',
    totalIncomplete: 'Total (incomplete)',
    incomplete: 'Incomplete: this is not the whole grant',
    incompleteParts:
      'The total leaves out: {parts}. It is only the sum of the lines that could be computed.',
    duration: 'Funded duration: {days} ({months} {and} {extra}).',
    travelIncluded: 'including {days} of travel',
    travelBasis: '{km} km one way: distance band {band}, return trip',
    greenTravelBasis: '{km} km one way: distance band {band}, green travel, return trip',
    and: 'and',
    oneOff: 'one-off',
    eligible: 'Eligible',
    notEligible: 'Not eligible',
    referenceRates:
      'Programme Guide reference rates were used (no National Agency rate sheet was given).',
    rateSheetRates: 'The National Agency’s rate sheet was used.',
    provisional: 'Provisional: some figures used are not yet confirmed.',
    rules: 'Rules applied',
    englishNote: 'The rules and warnings are quoted in English, as the library states them.',
  },
} satisfies ReportLabels);
