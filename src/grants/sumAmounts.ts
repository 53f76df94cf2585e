import * as z from 'zod/mini';
import { dec } from '../_lib/decimal.js';
import { centsText, type MoneyString, sumMoney } from '../_lib/money.js';
import { showInput } from '../_lib/showInput.js';
import { lazySchema, makeParser, type SafeResult, toSafe } from '../_lib/zod.js';

/** At most 15 digits before the point and two after it; a minus sign is allowed. */
const AMOUNT = /^-?\d{1,15}(\.\d{1,2})?$/;

const amountError = (issue: { readonly input?: unknown }) =>
  `Expected an amount with at most two decimals, such as "1925.00" or 12.5; got ${showInput(issue.input)}`;

const AmountsSchema = lazySchema(() =>
  z.array(
    z.union(
      [
        z.string().check(z.regex(AMOUNT, { error: amountError })),
        z.number().check(
          z.refine((n) => AMOUNT.test(String(n)), {
            error: amountError,
            params: { code: 'too-precise' },
          }),
        ),
      ],
      { error: amountError },
    ),
    { error: 'Expected a list of amounts' },
  ),
);

const amountsParser = makeParser(AmountsSchema, { root: 'amounts' });

/**
 * Adds amounts of euros exactly, as the library adds them: `0.1 + 0.2` is `"0.30"`, never
 * `0.30000000000000004`. Each amount is a two-place string as results give them (`"1925.00"`)
 * or a number or string with at most two decimals (`12.5`, `"-3"`); the sum is a two-place
 * string. Use it to add the totals of several grants or budgets without `Number()`.
 *
 * @param amounts - the amounts (at most 15 digits before the point)
 * @returns the exact sum, two places (`"0.00"` for an empty list)
 * @throws InputError when `amounts` is not a list, or an amount is not an amount with at most two
 * decimals (its index is the issue's path: `[2]`)
 *
 * @example
 * ```ts
 * import { calculateGrants, sumAmounts } from 'erasmus-kit';
 * sumAmounts(['1925.00', '309.00', 12.5]); // '2246.50'
 * sumAmounts([0.1, 0.2]); // '0.30'
 * sumAmounts([]); // '0.00'
 * // The grants of a batch, added up:
 * const staff = {
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-training',
 *   sendingCountry: 'RS',
 *   receivingCountry: 'HR',
 *   startDate: '2024-10-07',
 *   endDate: '2024-10-11',
 *   travel: { distanceKm: 370 },
 * } as const;
 * const grants = calculateGrants([staff, { ...staff, receivingCountry: 'SI' }]);
 * sumAmounts(grants.map((r) => (r.success ? r.data.total : '0.00'))); // '2012.00'
 * // sumAmounts(['12.345']) throws InputError
 * ```
 */
export function sumAmounts(amounts: readonly (string | number)[]): MoneyString {
  const list = amountsParser.parse(amounts);
  return centsText(sumMoney(list.map((amount) => dec(amount))));
}

const safeSum = toSafe(sumAmounts);

/**
 * The non-throwing twin of {@link sumAmounts}: a bad list or amount gives
 * `{ success: false, error }`.
 *
 * @param amounts - as for {@link sumAmounts}
 * @returns `{ success: true, data }` with the sum, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeSumAmounts } from 'erasmus-kit';
 * safeSumAmounts(['10.00', '2.50']); // { success: true, data: '12.50' }
 * const bad = safeSumAmounts(['10.00', '2.505']);
 * bad.success; // false
 * bad.success ? undefined : bad.error.issues[0]?.path; // ['amounts', 1]
 * ```
 */
export function safeSumAmounts(amounts: readonly (string | number)[]): SafeResult<MoneyString> {
  return safeSum(amounts);
}
