/**
 * Private: the zod schemas of a reconciliation record (its id and stored values; the mobility is
 * validated by `parseMobility`) and of the options.
 *
 * @module
 */
import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal.js';
import { formatMoney, type MoneyString } from '../_lib/money.js';
import { issuesToInputError, lazySchema, makeParser, rooted, unwrapLazy } from '../_lib/zod.js';
import { safeDefineRateSheet } from '../rules/defineRateSheet.js';
import type { ReconcileOptions } from './types.js';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** An amount of euros ≥ 0 with at most two places, as a string or a number → a two-place string. */
export const AmountSchema = lazySchema(() =>
  z.pipe(
    z.union(
      [
        z.string().check(z.regex(AMOUNT)),
        z.number().check(
          z.minimum(0),
          z.maximum(1e12),
          z.refine((value) => new Decimal(value).decimalPlaces() <= 2),
        ),
      ],
      {
        error:
          'Expected an amount of euros ≥ 0 with at most 2 decimals, as a string such as "1925.00" or a number',
      },
    ),
    z.transform((value): MoneyString => formatMoney(new Decimal(value))),
  ),
);

const days = lazySchema(() =>
  z
    .int({ error: 'Expected a whole number of days' })
    .check(z.minimum(0, { error: 'Expected 0 or more days' })),
);

const ReportedSchema = lazySchema(() =>
  z.strictObject({
    calculatedDays: z.optional(unwrapLazy(days)),
    fundedDays: z.optional(unwrapLazy(days)),
    individualSupport: z.optional(unwrapLazy(AmountSchema)),
    travel: z.optional(unwrapLazy(AmountSchema)),
    topUps: z.optional(unwrapLazy(AmountSchema)),
    total: z.optional(unwrapLazy(AmountSchema)),
  }),
);

/** Stored values after validation: day counts, and amounts as two-place strings. */
export type ParsedReported = z.output<typeof ReportedSchema>;

/** A record without its mobility (validated apart, so that both kinds of problem are reported). */
export const RecordSchema = lazySchema(() =>
  z.strictObject({
    id: z
      .string({ error: 'Expected the record id as a string' })
      .check(z.minLength(1, { error: 'Expected a non-empty record id' })),
    project: z.optional(z.string()),
    mobility: z.unknown(),
    reported: unwrapLazy(ReportedSchema),
  }),
);

const optionsParser = makeParser(
  lazySchema(() =>
    z.optional(
      z.strictObject({
        // A sheet is checked by defineRateSheet below; a function's sheets by the grant engine.
        rateSheet: z.optional(z.unknown()),
        rounding: z.optional(
          z.enum(['per-line', 'total-only'], {
            error: "Expected rounding 'per-line' or 'total-only'",
          }),
        ),
        tolerance: z.optional(unwrapLazy(AmountSchema)),
        largest: z.optional(
          z
            .int({ error: 'Expected largest as a whole number' })
            .check(z.minimum(0), z.maximum(10_000)),
        ),
      }),
    ),
  ),
  { root: 'options' },
);

/** Validated options, with their defaults. */
export interface ResolvedOptions {
  /** The rate sheet(s), as given (the grant engine validates each sheet again). */
  readonly rateSheet: ReconcileOptions['rateSheet'];
  /** The rounding policy, if given. */
  readonly rounding: ReconcileOptions['rounding'];
  /** The tolerance in euros. */
  readonly tolerance: Decimal;
  /** How many records the summary lists as differing most. */
  readonly largest: number;
}

/** Validates the options (throws InputError) and applies the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  const parsed = optionsParser.parse(options);
  const given = options as ReconcileOptions | undefined;
  const sheet = given?.rateSheet;
  if (sheet !== undefined && typeof sheet !== 'function') {
    const checked = safeDefineRateSheet(sheet);
    if (!checked.success) {
      // defineRateSheet's paths start at `rateSheet`: here it is `options.rateSheet`.
      throw issuesToInputError(rooted(checked.error.issues, 'options'));
    }
  }
  return {
    rateSheet: given?.rateSheet,
    rounding: parsed?.rounding,
    tolerance: new Decimal(parsed?.tolerance ?? 0),
    largest: parsed?.largest ?? 10,
  };
}
