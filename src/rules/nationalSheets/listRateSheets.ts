/**
 * `listRateSheets`: every National Agency rate sheet shipped with the package, and every agency
 * for which none can be, with why.
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import { deepFreeze } from '../../_lib/freeze.js';
import type { FigureStatus } from '../../_lib/provenance.js';
import type { CountryCode } from '../../programme/countryCodes.js';
import { sheetWarnings } from '../rateSheet/sheetWarnings.js';
import type { CallYearConfidence, RateSheetPath, RateSheetTable } from '../rateSheet/types.js';
import { agencies } from './data/agencies.js';
import { NO_NATIONAL_SHEET } from './data/noNationalSheet.js';
import { UNIVERSITY_RANGES } from './data/universityRanges.js';
import { toRateSheetInput } from './lookup.js';

/**
 * A shipped National Agency rate sheet (`getRateSheet(agency, callYear)` returns it).
 *
 * @example
 * ```ts
 * import { listRateSheets, type NationalRateSheetInfo } from 'erasmus-kit';
 * const es = listRateSheets().find(
 *   (entry): entry is NationalRateSheetInfo =>
 *     entry.kind === 'national-sheet' && entry.agency === 'ES01' && entry.callYear === 2023,
 * );
 * es?.minima; // true
 * es?.covers; // ['ka131.studentMonthly']
 * ```
 */
export interface NationalRateSheetInfo {
  /** A sheet of fixed national rates. */
  readonly kind: 'national-sheet';
  /** The agency's code (`'DE01'`). */
  readonly agency: string;
  /** The agency's name. */
  readonly agencyName: string;
  /** Its country. */
  readonly country: CountryCode;
  /**
   * A public page showing the agency's code in a project number; absent when the code only
   * follows the programme's naming (`DE01`, …) and was not seen in a source.
   */
  readonly agencyCodeSource?: string;
  /** The call year. */
  readonly callYear: CallYear;
  /** The tables the sheet holds. */
  readonly covers: readonly RateSheetTable[];
  /** `true` when the amounts are national minima that a university may exceed. */
  readonly minima: boolean;
  /** `true` when the amounts include national money (not the EU unit costs alone). */
  readonly nationalMoney: boolean;
  /** How sure the call year is: the lowest of its values'. */
  readonly callYearConfidence: CallYearConfidence;
  /** The statuses of its values, each once, in order of first appearance. */
  readonly statuses: readonly FigureStatus[];
  /** Its values beyond a range bound that is not confirmed (results using them warn). */
  readonly outsideRange: readonly RateSheetPath[];
}

/**
 * A National Agency without a national rate sheet: its universities set their own rates, or its
 * rates depend on what a sheet cannot express.
 *
 * @example
 * ```ts
 * import { listRateSheets } from 'erasmus-kit';
 * const fr = listRateSheets().find((entry) => entry.country === 'FR');
 * fr?.kind; // 'no-national-sheet'
 * ```
 */
export interface NoNationalSheetInfo {
  /** No national sheet exists. */
  readonly kind: 'no-national-sheet';
  /** The agency's code, when known. */
  readonly agency?: string;
  /** The agency's name. */
  readonly agencyName: string;
  /** Its country. */
  readonly country: CountryCode;
  /** Why there is no national sheet. */
  readonly reason: string;
  /** Where that is said. */
  readonly sources: readonly string[];
}

/**
 * A National Agency that lets each university choose its rates within its ranges for a call
 * year: `getRateSheet` refuses it and asks for the university's own values.
 *
 * @example
 * ```ts
 * import type { UniversityRangeInfo } from 'erasmus-kit';
 * const info: UniversityRangeInfo = {
 *   kind: 'university-range',
 *   agency: 'XX01',
 *   agencyName: 'An agency',
 *   country: 'DE',
 *   callYear: 2025,
 *   covers: ['ka131.studentMonthly'],
 * };
 * ```
 */
export interface UniversityRangeInfo {
  /** Each university chooses within the agency's ranges. */
  readonly kind: 'university-range';
  /** The agency's code. */
  readonly agency: string;
  /** The agency's name. */
  readonly agencyName: string;
  /** Its country. */
  readonly country: CountryCode;
  /** The call year. */
  readonly callYear: CallYear;
  /** The tables it sets ranges for. */
  readonly covers: readonly RateSheetTable[];
}

/**
 * One entry of {@link listRateSheets}.
 *
 * @example
 * ```ts
 * import { listRateSheets, type RateSheetListing } from 'erasmus-kit';
 * const entries: readonly RateSheetListing[] = listRateSheets();
 * ```
 */
export type RateSheetListing = NationalRateSheetInfo | NoNationalSheetInfo | UniversityRangeInfo;

const CONFIDENCE: readonly CallYearConfidence[] = ['low', 'medium', 'high'];

function nationalSheets(): NationalRateSheetInfo[] {
  return agencies().flatMap((agency) =>
    agency.sheets.map((data): NationalRateSheetInfo => {
      // The shipped input as defineRateSheet reads it (getRateSheet validates it; tests check
      // every shipped sheet passes): its warnings without building the sheet.
      const input = toRateSheetInput(agency, data);
      const provenance = Object.values(input.provenance ?? {});
      const lowest = Math.min(
        ...provenance.map((p) => CONFIDENCE.indexOf(p.callYearConfidence ?? 'high')),
      );
      const statuses = provenance.map((p) => p.status);
      return {
        kind: 'national-sheet',
        agency: agency.agency,
        agencyName: agency.name,
        country: agency.country,
        ...(agency.codeSeenIn === undefined ? {} : { agencyCodeSource: agency.codeSeenIn }),
        callYear: data.callYear,
        covers: Object.keys(data.ka131).map((table) => `ka131.${table}` as RateSheetTable),
        minima: input.minima === true,
        nationalMoney: input.nationalMoney === true,
        callYearConfidence: CONFIDENCE[lowest] ?? 'high',
        statuses: statuses.filter((s, i) => statuses.indexOf(s) === i),
        outsideRange: sheetWarnings(input)
          .filter((w) => w.code === 'rate-outside-range')
          .flatMap((w) => w.paths),
      };
    }),
  );
}

/**
 * Every National Agency rate sheet shipped with the package (one entry per agency and call
 * year, with what it covers and its flags), every agency that lets its universities choose
 * within its ranges, and every agency for which there is no national sheet, with why (France,
 * Belgium, Latvia, Bulgaria, Ireland, the Netherlands). Built anew at each call: the shipped
 * sheets' values are checked against their call years' ranges as the list is made.
 * `docs/rate-sheets.md` shows the same list with every value and source.
 *
 * @returns the entries: national sheets by agency code and call year, then the others
 *
 * @example
 * ```ts
 * import { listRateSheets } from 'erasmus-kit';
 * const entries = listRateSheets();
 * const sheets = entries.filter((entry) => entry.kind === 'national-sheet');
 * sheets.length >= 20; // true
 * const de = sheets.filter((entry) => entry.agency === 'DE01').map((entry) => entry.callYear);
 * de; // [2021, 2022, 2023, 2024]
 * entries
 *   .filter((entry) => entry.kind === 'no-national-sheet')
 *   .map((entry) => entry.country);
 * // ['FR', 'BE', 'LV', 'BG', 'IE', 'NL']
 * ```
 */
export function listRateSheets(): readonly RateSheetListing[] {
  const ranges = UNIVERSITY_RANGES.map(
    (r): UniversityRangeInfo => ({
      kind: 'university-range',
      agency: r.agency,
      agencyName: r.name,
      country: r.country,
      callYear: r.callYear,
      covers: Object.keys(r.ka131).map((table) => `ka131.${table}` as RateSheetTable),
    }),
  );
  const none = NO_NATIONAL_SHEET.map(
    (n): NoNationalSheetInfo => ({
      kind: 'no-national-sheet',
      ...(n.agency === undefined ? {} : { agency: n.agency }),
      agencyName: n.name,
      country: n.country,
      reason: n.reason,
      sources: [...n.sources],
    }),
  );
  return deepFreeze([...nationalSheets(), ...ranges, ...none]);
}
