import type { CallYear } from '../_lib/callYear.js';
import { assertCallYear } from '../_lib/callYearSchema.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { ErasmusKitError, InputError } from '../errors.js';
import { countryGroupTables } from './countryGroupTables.js';
import type { CountryGroupTable } from './countryGroupTypes.js';

export { assertCallYear } from '../_lib/callYearSchema.js';
export type { CountryGroupTable, LivingCostGroup } from './countryGroupTypes.js';

/** The first call year of the table in force for `callYear`. */
function tableYear(callYear: CallYear): 2021 | 2024 | 2025 {
  if (callYear >= 2025) return 2025;
  return callYear >= 2024 ? 2024 : 2021;
}

/**
 * The higher-education (KA131) country groups for individual support in force for a call year:
 * calls 2021–2023 use the original groups, call 2024 the new groups (AT, BE, DE, FR, IT, NL in
 * group 1; CZ, EE, LV, SK, SI in group 2), calls 2025 and 2026 the 2024 groups carried forward
 * (status `carried-forward`). Region 14 (`CH`, `GB`, `FO`) is paid like group 1 and the
 * micro-states (`AD`, `MC`, `SM`, `VA`) like group 2. The table is deeply frozen.
 *
 * @param callYear - a supported call year (2021–2026)
 * @returns the frozen table, with its provenance and per-country exceptions
 * @throws ErasmusKitError `unsupported-call-year` for another whole number; InputError (at
 * `callYear`) for anything that is not a whole number
 *
 * @example
 * ```ts
 * import { heCountryGroups } from 'erasmus-kit';
 * heCountryGroups(2023).groups['DE']; // 2
 * heCountryGroups(2024).groups['DE']; // 1
 * heCountryGroups(2025).provenance.status; // 'carried-forward'
 * heCountryGroups(2024).exceptions?.['FR']?.status; // 'conflicting'
 * ```
 */
export function heCountryGroups(callYear: CallYear): CountryGroupTable {
  assertCallYear(callYear);
  return countryGroupTables.he[tableYear(callYear)];
}

const trySafeHeCountryGroups = toSafe(heCountryGroups, ['unsupported-call-year']);

/**
 * The non-throwing twin of {@link heCountryGroups}: `{ success: false, error }` (code
 * `unsupported-call-year`) for a whole number that is not a supported call year, an `InputError`
 * at `callYear` for anything else.
 *
 * @param callYear - a supported call year (2021–2026)
 * @returns `{ success: true, data }` with the table, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeHeCountryGroups } from 'erasmus-kit';
 * const table = safeHeCountryGroups(2024);
 * if (table.success) console.log(table.data.groups['DE']); // 1
 * const result = safeHeCountryGroups(2020 as never);
 * if (!result.success) console.log(result.error.code); // 'unsupported-call-year'
 * ```
 */
export function safeHeCountryGroups(
  callYear: CallYear,
): SafeResult<CountryGroupTable, InputError | ErasmusKitError<'unsupported-call-year'>> {
  return trySafeHeCountryGroups(callYear);
}

/**
 * The VET, school and adult-education (KA121/KA122) country groups for individual support in
 * force for a call year. They hold the 33 EU Member States and associated third countries only;
 * 2021–2023 match the HE groups (confirmed), 2024 follows the HE regrouping (single source),
 * 2025 and 2026 carry 2024 forward. Staff and learners use the same grouping. Deeply frozen.
 *
 * @param callYear - a supported call year (2021–2026)
 * @returns the frozen table, with its provenance
 * @throws ErasmusKitError `unsupported-call-year` for another whole number; InputError (at
 * `callYear`) for anything that is not a whole number
 *
 * @example
 * ```ts
 * import { vetSchAduCountryGroups } from 'erasmus-kit';
 * vetSchAduCountryGroups(2022).groups['ES']; // 2
 * vetSchAduCountryGroups(2024).groups['CZ']; // 2
 * vetSchAduCountryGroups(2024).provenance.status; // 'single-source'
 * ```
 */
export function vetSchAduCountryGroups(callYear: CallYear): CountryGroupTable {
  assertCallYear(callYear);
  return countryGroupTables.vetSchAdu[tableYear(callYear)];
}

const trySafeVetSchAduCountryGroups = toSafe(vetSchAduCountryGroups, ['unsupported-call-year']);

/**
 * The non-throwing twin of {@link vetSchAduCountryGroups}: `{ success: false, error }` (code
 * `unsupported-call-year`) for a whole number that is not a supported call year, an
 * `InputError` at `callYear` for anything else.
 *
 * @param callYear - a supported call year (2021–2026)
 * @returns `{ success: true, data }` with the table, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeVetSchAduCountryGroups } from 'erasmus-kit';
 * const table = safeVetSchAduCountryGroups(2022);
 * if (table.success) console.log(table.data.groups['ES']); // 2
 * const result = safeVetSchAduCountryGroups(2020 as never);
 * if (!result.success) console.log(result.error.code); // 'unsupported-call-year'
 * const notANumber = safeVetSchAduCountryGroups('2024' as never);
 * if (!notANumber.success) console.log(notANumber.error.code); // 'invalid-input'
 * ```
 */
export function safeVetSchAduCountryGroups(
  callYear: CallYear,
): SafeResult<CountryGroupTable, InputError | ErasmusKitError<'unsupported-call-year'>> {
  return trySafeVetSchAduCountryGroups(callYear);
}
