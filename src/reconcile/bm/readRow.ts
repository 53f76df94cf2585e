/**
 * Private: turns one row of a Beneficiary Module export into a reconciliation record, or into
 * the problems that keep it out (each with its column and value).
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import type { MobilityInput } from '../../mobility/MobilityInputSchema.js';
import type { CountryCode } from '../../programme/countryCodes.js';
import type { MobilityAction } from '../../rules/vocabulary.js';
import type { ReconcileRecord, ReportedValues } from '../types.js';
import { activityOf } from './activities.js';
import {
  cellText,
  type Read,
  readAmount,
  readCountry,
  readDate,
  readDays,
  readFlag,
  readKm,
} from './cells.js';
import { type BeneficiaryModuleColumn, COLUMN_ALIASES } from './columns.js';
import { projectOf } from './project.js';
import { bandDistance, greenMeans } from './travel.js';
import type { BeneficiaryModuleDateFormat, ImportProblem } from './types.js';

/** What every row is read with. */
export interface RowSettings {
  readonly mapped: Partial<Record<BeneficiaryModuleColumn, string>>;
  readonly dateFormat: BeneficiaryModuleDateFormat | undefined;
  readonly action: MobilityAction | undefined;
  readonly callYear: CallYear | undefined;
  readonly sendingCountry: CountryCode | undefined;
}

/** `{ key: value }` when the value is given, `{}` otherwise (no `undefined` keys). */
const given = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
/** `{ key: true }` when the flag is set, `{}` otherwise. */
const flag = <K extends string>(key: K, value: boolean | undefined) =>
  (value === true ? { [key]: true } : {}) as Partial<Record<K, true>>;

/** Reads one row: the record, or `undefined` and the problems that keep it out. */
export function readRow(
  row: Readonly<Record<string, unknown>>,
  rowNumber: number,
  settings: RowSettings,
): { readonly record: ReconcileRecord | undefined; readonly problems: ImportProblem[] } {
  const { mapped } = settings;
  const problems: ImportProblem[] = [];
  const header = (column: BeneficiaryModuleColumn) =>
    mapped[column] ?? (COLUMN_ALIASES[column][0] as string);
  const text = (column: BeneficiaryModuleColumn) => {
    const h = mapped[column];
    return h === undefined ? '' : cellText(row[h]);
  };
  const problem = (column: BeneficiaryModuleColumn, message: string) =>
    problems.push({
      severity: 'error',
      row: rowNumber,
      column: header(column),
      value: text(column),
      message: `${header(column)}${text(column) === '' ? '' : ` "${text(column)}"`}: ${message}.`,
    });
  const read = <T>(column: BeneficiaryModuleColumn, reader: (cell: unknown) => Read<T>) => {
    const h = mapped[column];
    if (h === undefined) return undefined;
    const result = reader(row[h]);
    if ('error' in result) {
      problem(column, result.error);
      return undefined;
    }
    return result.value;
  };
  const required = <T>(column: BeneficiaryModuleColumn, value: T | undefined): T | undefined => {
    if (value === undefined && text(column) === '') problem(column, 'empty, but required');
    return value;
  };

  const id = required('id', text('id') || undefined);
  const project = text('project');
  let action = settings.action;
  let callYear = settings.callYear;
  if (project !== '') {
    const read = projectOf(project);
    if ('error' in read) problem('project', read.error);
    else ({ action, callYear } = read);
  } else if (action === undefined || callYear === undefined) {
    problem('project', 'empty, and options.action and options.callYear are not given');
  }
  const sendingCountry =
    read('sendingCountry', readCountry) ??
    settings.sendingCountry ??
    required('sendingCountry', undefined);
  const receivingCountry = required('receivingCountry', read('receivingCountry', readCountry));
  const startDate = required(
    'startDate',
    read('startDate', (c) => readDate(c, settings.dateFormat)),
  );
  const endDate = required(
    'endDate',
    read('endDate', (c) => readDate(c, settings.dateFormat)),
  );
  const activityText = required('activity', text('activity') || undefined);
  const activity =
    activityText !== undefined && action !== undefined
      ? activityOf(activityText, action)
      : undefined;
  if (activity !== undefined && 'error' in activity) problem('activity', activity.error);

  let format: 'long-term' | 'short-term' | undefined;
  if (
    activity !== undefined &&
    'activity' in activity &&
    activity.activity.startsWith('student-')
  ) {
    if (mapped.longTerm === undefined) {
      problem(
        'longTerm',
        `no column found (looked for ${COLUMN_ALIASES.longTerm.map((a) => `"${a}"`).join(', ')}), and student mobility needs it`,
      );
    }
    format = read('longTerm', readFlag) ? 'long-term' : 'short-term';
  }

  let distanceKm = read('distanceKm', readKm);
  if (
    distanceKm === undefined &&
    text('distanceBand') !== '' &&
    action !== undefined &&
    callYear !== undefined
  ) {
    const band = bandDistance(text('distanceBand'), action, callYear);
    if ('error' in band) problem('distanceBand', band.error);
    else distanceKm = band.km;
  }
  let green = read('green', readFlag);
  if (green === undefined && text('meansOfTransport') !== '') {
    const means = greenMeans(text('meansOfTransport'));
    if ('error' in means) problem('meansOfTransport', means.error);
    else green = means.green;
  }
  const fewerOpportunities =
    mapped.fewerOpportunitiesTopUp !== undefined
      ? read('fewerOpportunitiesTopUp', readFlag)
      : read('fewerOpportunities', readFlag);
  const recentGraduate = read('recentGraduate', readFlag);
  const days = {
    ...given('interruptionDays', read('interruptionDays', readDays)),
    ...given('nonFundedDays', read('nonFundedDays', readDays)),
    ...given('travelDays', read('travelDays', readDays)),
  };
  const flags = {
    ...flag('zeroGrant', read('zeroGrant', readFlag)),
    ...flag('forceMajeure', read('forceMajeure', readFlag)),
    ...flag('blended', read('blended', readFlag)),
    ...flag('doctoral', read('doctoral', readFlag)),
    ...flag('bip', read('bip', readFlag)),
  };
  const reported: ReportedValues = {
    ...given('calculatedDays', read('calculatedDays', readDays)),
    ...given('fundedDays', read('fundedDays', readDays)),
    ...given('individualSupport', read('individualSupport', readAmount)),
    ...given('travel', read('travel', readAmount)),
    ...given('topUps', read('topUps', readAmount)),
    ...given('total', read('total', readAmount)),
  };

  if (
    problems.length > 0 ||
    id === undefined ||
    action === undefined ||
    callYear === undefined ||
    activity === undefined ||
    'error' in activity ||
    sendingCountry === undefined
  ) {
    return { record: undefined, problems };
  }
  const travel = { ...given('distanceKm', distanceKm), ...given('green', green) };
  const participant = {
    ...flag('fewerOpportunities', fewerOpportunities),
    ...flag('recentGraduate', recentGraduate),
  };
  const mobility = {
    action,
    callYear,
    activity: activity.activity,
    ...given('format', format),
    sendingCountry,
    receivingCountry,
    startDate,
    endDate,
    ...days,
    ...(Object.keys(travel).length > 0 ? { travel } : {}),
    ...(Object.keys(participant).length > 0 ? { participant } : {}),
    ...flags,
  } as MobilityInput;
  return {
    record: { id, ...given('project', project || undefined), mobility, reported },
    problems,
  };
}
