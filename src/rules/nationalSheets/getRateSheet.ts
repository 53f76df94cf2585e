/**
 * `getRateSheet`: a National Agency's shipped rate sheet for a call year, every value with its
 * sources, status and call-year confidence.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  issuesToInputError,
  lazySchema,
  makeParser,
  type SafeResult,
  toSafe,
} from '../../_lib/zod.js';
import type { InputError, InputIssue } from '../../errors.js';
import type { InputIssueCode } from '../../inputIssueCodes.js';
import { defineRateSheet, type RateSheet } from '../defineRateSheet.js';
import { GROUPS } from '../rateSheet/tables.js';
import { agencies } from './data/agencies.js';
import { NO_NATIONAL_SHEET } from './data/noNationalSheet.js';
import { findAgency, findUniversityRange, toRateSheetInput } from './lookup.js';
import type { UniversityRangeData } from './types.js';

const argsParser = makeParser(
  lazySchema(() => z.tuple([z.string().check(z.minLength(2), z.maxLength(20)), z.int()])),
  { root: { args: ['agency', 'callYear'] } },
);

function fail(path: 'agency' | 'callYear', code: InputIssueCode, message: string, input: unknown) {
  const issue = { code: 'custom', path: [path], message, input, params: { code } } as InputIssue;
  return issuesToInputError([issue]);
}

/** `'DE01 (Nationale Agentur …)'`. */
const label = (a: { readonly agency?: string; readonly name: string }) =>
  a.agency === undefined ? a.name : `${a.agency} (${a.name})`;

/** The ranges of a university-choice agency, in words. */
function rangesText(r: UniversityRangeData): string {
  return Object.entries(r.ka131)
    .map(([table, groups]) => {
      const each = GROUPS.map((g) => `group ${g} ${groups[g].min ?? '…'}–${groups[g].max ?? '…'}`);
      return `ka131.${table}: ${each.join(', ')}`;
    })
    .join('; ');
}

/**
 * A National Agency's rate sheet for a call year, as shipped with the package: the agency's own
 * published rates (KA131 student monthly rates, and staff daily rates where a source gives them),
 * validated by `defineRateSheet` against the call year's ranges, each value with its sources, its
 * status and how sure its call year is (`provenance`). Pass it as `options.rateSheet`; every result
 * that uses one of its values repeats its warnings (national minima, national money, a value
 * beyond a range bound that is not confirmed, a call year not certain, a status that is not
 * `confirmed`). `docs/rate-sheets.md` lists every sheet with its sources; `listRateSheets` lists
 * them for a program.
 *
 * Only call years a source gives are shipped: nothing is carried into a later call. For an
 * agency whose universities set their own rates (France, Belgium, Latvia, Bulgaria, Ireland) or
 * whose rates depend on distance (the Netherlands), there is no national sheet: type your
 * university's rates with `defineRateSheet`.
 *
 * @param agency - the agency's code (`'DE01'`), or its country's ISO code (`'DE'`; `'EL'` and
 *   `'UK'` are accepted as aliases)
 * @param callYear - the call year of the project
 * @returns the frozen rate sheet
 * @throws InputError at `agency` (`unknown-rate-sheet`) for an agency or country without shipped
 *   data, listing those that have; at `agency` (`no-national-sheet`) for an agency without a
 *   national sheet, saying why; at `callYear` (`unknown-rate-sheet`) for a call year without a
 *   sheet, listing the agency's call years
 *
 * @example
 * ```ts
 * import { calculateGrant, getRateSheet } from 'erasmus-kit';
 * const sheet = getRateSheet('DE01', 2024);
 * sheet.ka131?.studentMonthly; // { 1: '600.00', 2: '540.00', 3: '540.00' }
 * sheet.provenance?.['ka131.staffDaily.1']?.status; // 'single-source'
 * getRateSheet('DE', 2024).agency; // 'DE01'
 * // Five months of studies in Spain (group 2 from call 2024): 5 × 540.00.
 * const grant = calculateGrant(
 *   {
 *     action: 'KA131-HED',
 *     callYear: 2024,
 *     activity: 'student-studies',
 *     format: 'long-term',
 *     sendingCountry: 'DE',
 *     receivingCountry: 'ES',
 *     startDate: '2024-09-01',
 *     endDate: '2025-01-30',
 *   },
 *   { rateSheet: sheet },
 * );
 * grant.lines[0]?.amount; // '2700.00'
 * // getRateSheet('DE01', 2025) throws InputError: sheets exist for calls 2021, 2022, 2023, 2024
 * // getRateSheet('FR01', 2024) throws InputError: French rates are set per university
 * ```
 */
export function getRateSheet(agency: string, callYear: number): RateSheet;
export function getRateSheet(agency: unknown, callYear: unknown): RateSheet;
export function getRateSheet(agency: unknown, callYear: unknown): RateSheet {
  const [name, year] = argsParser.parse([agency, callYear]);
  const found = findAgency(name);
  const range = findUniversityRange(name, year);
  if (range !== undefined) {
    throw fail(
      'agency',
      'no-national-sheet',
      `${label(range)} lets each university choose its call-${year} rates within its ranges (${rangesText(range)}): there is no national sheet to compute with. Type your university's own rates with defineRateSheet, giving agency '${range.agency}': they are checked against these ranges.`,
      agency,
    );
  }
  if (found === undefined) {
    const known = agencies()
      .map((a) => a.agency)
      .join(', ');
    const none = NO_NATIONAL_SHEET.map((a) => a.agency ?? a.country).join(', ');
    throw fail(
      'agency',
      'unknown-rate-sheet',
      `No rate sheet is shipped for "${name}": sheets exist for ${known}; there is no national sheet for ${none}. Type your National Agency's rates with defineRateSheet.`,
      agency,
    );
  }
  if (found.kind === 'no-national-sheet') {
    const { data } = found;
    throw fail(
      'agency',
      'no-national-sheet',
      `${label(data)} publishes no national rate sheet. ${data.reason} Source: ${data.sources.join(', ')}. Type your university's rates with defineRateSheet.`,
      agency,
    );
  }
  const { data } = found;
  const sheet = data.sheets.find((s) => s.callYear === year);
  if (sheet === undefined) {
    const years = data.sheets.map((s) => s.callYear).join(', ');
    throw fail(
      'callYear',
      'unknown-rate-sheet',
      `No ${data.agency} rate sheet for call ${year}: sheets exist for calls ${years} (a call without a source has no sheet; none is carried forward). Type the agency's call-${year} rates with defineRateSheet.`,
      callYear,
    );
  }
  return defineRateSheet(toRateSheetInput(data, sheet));
}

const trySafeGetRateSheet = toSafe(getRateSheet);

/**
 * The non-throwing twin of {@link getRateSheet}.
 *
 * @param agency - as for {@link getRateSheet}
 * @param callYear - as for {@link getRateSheet}
 * @returns `{ success: true, data }` with the sheet, or `{ success: false, error }` with the
 *   InputError `getRateSheet` would throw
 *
 * @example
 * ```ts
 * import { safeGetRateSheet } from 'erasmus-kit';
 * const result = safeGetRateSheet('TR01', 2026);
 * result.success; // false
 * const issue = result.success ? undefined : result.error.issues[0];
 * issue?.path; // ['callYear']
 * issue?.message.includes('sheets exist for calls 2021, 2022, 2023, 2024'); // true
 * ```
 */
export function safeGetRateSheet(
  agency: string,
  callYear: number,
): SafeResult<RateSheet, InputError>;
export function safeGetRateSheet(
  agency: unknown,
  callYear: unknown,
): SafeResult<RateSheet, InputError>;
export function safeGetRateSheet(
  agency: unknown,
  callYear: unknown,
): SafeResult<RateSheet, InputError> {
  return trySafeGetRateSheet(agency, callYear);
}
