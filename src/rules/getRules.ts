import type { CallYear } from '../_lib/callYear.js';
import { assertCallYear } from '../_lib/callYearSchema.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { ErasmusKitError, InputError } from '../errors.js';
import { rules2021 } from './rules2021.js';
import { rules2022 } from './rules2022.js';
import { rules2023 } from './rules2023.js';
import { rules2024 } from './rules2024.js';
import { rules2025 } from './rules2025.js';
import { rules2026 } from './rules2026.js';
import type { RulePack } from './types.js';

const PACKS: { readonly [Y in CallYear]: RulePack } = {
  2021: rules2021,
  2022: rules2022,
  2023: rules2023,
  2024: rules2024,
  2025: rules2025,
  2026: rules2026,
};

/**
 * The rule pack of a call year (the year of the call under which the project was awarded).
 *
 * @param callYear - 2021 … 2026
 * @returns the deeply frozen pack
 * @throws InputError when `callYear` is not an integer number
 * @throws ErasmusKitError `unsupported-call-year` for an integer without a pack
 *
 * @example
 * ```ts
 * import { getRules } from 'erasmus-kit';
 * getRules(2024).travelBands['KA131-HED'][0]?.standard.value; // '28.00'
 * // getRules(2019) throws ErasmusKitError 'unsupported-call-year'
 * // getRules('2024') throws InputError
 * ```
 */
export function getRules(callYear: CallYear): RulePack;
export function getRules(callYear: unknown): RulePack;
export function getRules(callYear: unknown): RulePack {
  // Not a supported year: an InputError if it is not even an integer, else unsupported-call-year.
  assertCallYear(callYear);
  return PACKS[callYear];
}

const trySafeGetRules = toSafe(getRules, ['unsupported-call-year']);

/**
 * The non-throwing twin of {@link getRules}: `{ success: false, error }` where `getRules` throws,
 * with the error it would have thrown (`error.code` is `invalid-input` for a value that is not an
 * integer, `unsupported-call-year` for an integer without a pack).
 *
 * @param callYear - 2021 … 2026
 * @returns `{ success: true, data }` with the pack, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetRules } from 'erasmus-kit';
 * const rules = safeGetRules(2024);
 * if (rules.success) console.log(rules.data.callYear); // 2024
 * const result = safeGetRules(2019);
 * if (!result.success) console.log(result.error.code); // 'unsupported-call-year'
 * ```
 */
export function safeGetRules(
  callYear: unknown,
): SafeResult<RulePack, InputError | ErasmusKitError<'unsupported-call-year'>> {
  return trySafeGetRules(callYear);
}
