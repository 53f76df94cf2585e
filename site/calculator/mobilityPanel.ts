/**
 * The mobility panel: a form for one mobility, and its eligibility and grant computed by the
 * library in the browser.
 */
import { safeCalculateGrant } from '../../src/entries/grants.js';
import { safeParseMobility } from '../../src/entries/mobility.js';
import {
  ACTIVITIES_BY_ACTION,
  CALL_YEARS,
  getAction,
  listCountries,
  MOBILITY_ACTIONS,
  safeDefineRateSheet,
} from '../../src/entries/rules.js';
import { h, show } from './dom.js';
import {
  type Choice,
  checkbox,
  field,
  group,
  input,
  select,
  setChoices,
  valuesOf,
} from './fields.js';
import {
  type FormValues,
  mobilityOf,
  RATE_TABLES,
  TYPED_SHEET,
  typedRateSheetOf,
} from './formValues.js';
import { shippedSheets } from './rateSheets.js';
import { grantView, inputErrorView, markInvalid } from './results.js';

const actionChoices: Choice[] = MOBILITY_ACTIONS.map((code) => ({
  value: code,
  label: `${code}: ${getAction(code).name}`,
}));

function activityChoices(action: string): Choice[] {
  const activities = ACTIVITIES_BY_ACTION[action as keyof typeof ACTIVITIES_BY_ACTION] ?? [];
  return activities.map((activity) => ({ value: activity, label: activity }));
}

function countryChoices(callYear: string): Choice[] {
  const year = CALL_YEARS.find((y) => String(y) === callYear) ?? CALL_YEARS[0];
  return [
    { value: '', label: 'Choose a country' },
    ...listCountries(year).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
  ];
}

function sheetChoices(callYear: string): Choice[] {
  return [
    { value: '', label: 'None: the Programme Guide reference values' },
    { value: TYPED_SHEET, label: 'The rates typed below' },
    ...shippedSheets(Number(callYear)).map((sheet) => ({ value: sheet.id, label: sheet.label })),
  ];
}

/** The rate sheet the form chooses: none, the one typed in, or a shipped one. */
function rateSheetOf(value: FormValues) {
  const typed = typedRateSheetOf(value);
  if (typed !== undefined) return safeDefineRateSheet(typed);
  return shippedSheets(Number(value('callYear')))
    .find((sheet) => sheet.id === value('rateSheet'))
    ?.load();
}

/** Builds the panel inside `container`. */
export function mountMobilityPanel(container: HTMLElement): void {
  const callYears = CALL_YEARS.map((y) => ({ value: String(y), label: String(y) }));
  const latest = String(CALL_YEARS[CALL_YEARS.length - 1]);
  const action = select('action', actionChoices);
  const callYear = select('callYear', callYears, latest);
  const activity = select('activity', activityChoices(action.value));
  const sending = select('sendingCountry', countryChoices(latest));
  const receiving = select('receivingCountry', countryChoices(latest));
  const rateSheet = select('rateSheet', sheetChoices(latest));
  const tables = RATE_TABLES.map((t) => ({ value: t.path, label: t.label }));
  const result = h('div', { class: 'ek-result', id: 'ek-mobility-result', 'aria-live': 'polite' });

  const form = h(
    'form',
    { id: 'ek-mobility', class: 'ek-form', novalidate: true },
    group(
      'Project and activity',
      field('Action', action),
      field('Call year', callYear, 'The call year of the project, not the year of the mobility.'),
      field('Activity', activity),
      field(
        'Format',
        select('format', [
          { value: '', label: 'Not given' },
          { value: 'long-term', label: 'long-term' },
          { value: 'short-term', label: 'short-term' },
        ]),
        'Student mobility in higher education is long-term or short-term.',
      ),
    ),
    group(
      'Countries and dates',
      field('Sending country', sending),
      field('Receiving country', receiving),
      field('Start date', input('startDate', 'date'), 'The first day of the activity itself.'),
      field('End date', input('endDate', 'date'), 'The last day of the activity, travel excluded.'),
    ),
    group(
      'Travel',
      field(
        'Distance in km, one way',
        input('distanceKm', 'number', { min: '0', step: '1' }),
        'As the European Commission distance calculator gives it; or give both places below.',
      ),
      field('From: latitude', input('fromLat', 'number', { step: 'any' })),
      field('From: longitude', input('fromLon', 'number', { step: 'any' })),
      field('To: latitude', input('toLat', 'number', { step: 'any' })),
      field('To: longitude', input('toLon', 'number', { step: 'any' })),
      checkbox('green', 'Green travel'),
      field(
        'Travel days',
        input('travelDays', 'number', { min: '0', step: '1' }),
        'Days of travel added to the activity, if any.',
      ),
    ),
    group('Participant', checkbox('fewerOpportunities', 'Participant with fewer opportunities')),
    group(
      'National Agency rates (optional)',
      field('Rate sheet', rateSheet),
      field('Rate table', select('rateTable', tables)),
      field('Group 1 rate in EUR', input('rateGroup1', 'text', { inputmode: 'decimal' })),
      field('Group 2 rate in EUR', input('rateGroup2', 'text', { inputmode: 'decimal' })),
      field('Group 3 rate in EUR', input('rateGroup3', 'text', { inputmode: 'decimal' })),
    ),
    h('button', { type: 'submit' }, 'Check and calculate'),
  );

  action.addEventListener('change', () => setChoices(activity, activityChoices(action.value)));
  callYear.addEventListener('change', () => {
    for (const country of [sending, receiving]) {
      setChoices(country, countryChoices(callYear.value));
    }
    setChoices(rateSheet, sheetChoices(callYear.value));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = valuesOf(form);
    const mobility = safeParseMobility(mobilityOf(value));
    const sheet = rateSheetOf(value);
    const errors = [mobility, sheet].flatMap((r) =>
      r === undefined || r.success ? [] : [r.error],
    );
    markInvalid(form, errors);
    if (!mobility.success || (sheet !== undefined && !sheet.success)) {
      show(result, inputErrorView(errors));
      return;
    }
    const grant = safeCalculateGrant(mobility.data, { rateSheet: sheet?.data });
    show(result, grant.success ? grantView(grant.data) : inputErrorView([grant.error]));
  });

  show(container, form, result);
}
