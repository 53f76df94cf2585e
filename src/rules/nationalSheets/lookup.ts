/**
 * Finding a National Agency's shipped data by its code or its country, and turning a shipped
 * sheet into the input `defineRateSheet` validates (internal).
 *
 * @module
 */
import { COUNTRY_CODE_ALIASES } from '../../programme/countryCodes.js';
import type { RateSheetInput } from '../defineRateSheet.js';
import { GROUPS } from '../rateSheet/tables.js';
import type { RateProvenance, RateSheetPath, RateSheetProvenance } from '../rateSheet/types.js';
import { agencies } from './data/agencies.js';
import { NO_NATIONAL_SHEET } from './data/noNationalSheet.js';
import { UNIVERSITY_RANGES } from './data/universityRanges.js';
import type {
  AgencyData,
  Ka131Data,
  NoSheetData,
  SheetData,
  TableData,
  UniversityRangeData,
} from './types.js';

/** What is known of an agency, found by its code or its country. */
export type AgencyEntry =
  | { readonly kind: 'sheets'; readonly data: AgencyData }
  | { readonly kind: 'no-national-sheet'; readonly data: NoSheetData };

/** Whether an agency is the one named by its code (`'DE01'`) or its country (`'DE'`, `'EL'`). */
function named(agencyOrCountry: string) {
  const key = agencyOrCountry.trim().toUpperCase();
  const country = COUNTRY_CODE_ALIASES[key as keyof typeof COUNTRY_CODE_ALIASES] ?? key;
  return (a: { readonly agency?: string; readonly country: string }) =>
    a.agency === key || a.country === country;
}

/** The agency of a code (`'DE01'`), or of a country (`'DE'`, or an alias such as `'EL'`). */
export function findAgency(agencyOrCountry: string): AgencyEntry | undefined {
  const matches = named(agencyOrCountry);
  const data = agencies().find(matches);
  if (data !== undefined) return { kind: 'sheets', data };
  const none = NO_NATIONAL_SHEET.find(matches);
  return none === undefined ? undefined : { kind: 'no-national-sheet', data: none };
}

/** The ranges an agency (by code or country) sets for a call year, if its universities choose. */
export function findUniversityRange(
  agencyOrCountry: string,
  callYear: number,
): UniversityRangeData | undefined {
  const matches = named(agencyOrCountry);
  return UNIVERSITY_RANGES.find((r) => matches(r) && r.callYear === callYear);
}

/** The provenance of one group of a table: the group's own, else the table's. */
function provenanceOf(table: TableData, group: 1 | 2 | 3): RateProvenance {
  const own = table.groups?.[group];
  if (own !== undefined) return own;
  const { values: _values, groups: _groups, ...provenance } = table;
  return provenance;
}

/** A shipped sheet as the input of `defineRateSheet`: values, their provenance, the flags. */
export function toRateSheetInput(agency: AgencyData, sheet: SheetData): RateSheetInput {
  const ka131: Record<string, Record<1 | 2 | 3, string>> = {};
  const provenance: { [P in RateSheetPath]?: RateProvenance } = {};
  for (const name of Object.keys(sheet.ka131) as (keyof Ka131Data)[]) {
    const table = sheet.ka131[name];
    if (table === undefined) continue;
    const [g1, g2, g3] = table.values;
    ka131[name] = { 1: g1, 2: g2, 3: g3 };
    for (const group of GROUPS) provenance[`ka131.${name}.${group}`] = provenanceOf(table, group);
  }
  return {
    callYear: sheet.callYear,
    agency: agency.agency,
    ka131,
    provenance: provenance as RateSheetProvenance,
    ...(agency.minima === undefined ? {} : { minima: true }),
    ...(agency.nationalMoney === undefined ? {} : { nationalMoney: true }),
  };
}
