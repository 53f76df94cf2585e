/**
 * The schemas of a figure and its provenance (at least one source URL, a status, the fields
 * each status needs), and of the kinds of figure values a rule pack holds: money, shares, counts
 * and money ranges.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CALL_YEARS } from '../_lib/callYear.js';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';
import { checkProvenance, checkReferenceInRange } from './packChecks.js';

const MONEY = /^\d+\.\d{2}$/;
const RATIO = /^(0\.\d+|1(\.0+)?)$/;

/** A non-empty string. */
export const nonEmpty = lazySchema(() => z.string().check(z.minLength(1)));
const SourceSchema = lazySchema(() =>
  z.string().check(z.regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL')),
);
const StatusSchema = lazySchema(() =>
  z.enum(['confirmed', 'single-source', 'conflicting', 'carried-forward', 'derived']),
);
/**
 * A supported call year in a pack: a union of literals, whose issues (`invalid_union`) differ
 * from those of the shared `callYearSchema()` of src/_lib/ and are kept as they were.
 */
export const PackCallYearSchema = lazySchema(() =>
  z.union(CALL_YEARS.map((year) => z.literal(year))),
);
/** A two-place decimal string. */
export const MoneySchema = lazySchema(() =>
  z.string().check(z.regex(MONEY, 'Expected a two-place decimal string')),
);
const RatioSchema = lazySchema(() =>
  z.string().check(z.regex(RATIO, 'Expected a share between 0 and 1')),
);

/** The fields of a figure's provenance (the schemas below, and a rate sheet's values, share them). */
export const provenanceShape = () => ({
  sources: z.array(unwrapLazy(SourceSchema)).check(z.minLength(1)),
  status: unwrapLazy(StatusSchema),
  carriedFrom: z.optional(unwrapLazy(PackCallYearSchema)),
  alternative: z.optional(unwrapLazy(nonEmpty)),
  derivation: z.optional(unwrapLazy(nonEmpty)),
  note: z.optional(unwrapLazy(nonEmpty)),
});

/** Where a figure comes from, and how far it can be trusted (without the value). */
export const ProvenanceSchema = lazySchema(() =>
  z.strictObject(provenanceShape()).check(checkProvenance),
);

/** A figure whose value matches `value`, with its provenance. */
export function FigureSchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, ...provenanceShape() }).check(checkProvenance);
}

/** A money figure (`"50.00"`). */
export const Money = lazySchema(() => FigureSchema(unwrapLazy(MoneySchema)));
/** A share figure between 0 and 1 (`"0.70"`). */
export const Ratio = lazySchema(() => FigureSchema(unwrapLazy(RatioSchema)));
/** A whole-number figure ≥ 0. */
export const Count = lazySchema(() => FigureSchema(z.int().check(z.minimum(0))));
/** A money-range figure: optional bounds and the reference value inside them. */
export const Range = lazySchema(() =>
  FigureSchema(
    z
      .strictObject({
        min: z.optional(unwrapLazy(MoneySchema)),
        max: z.optional(unwrapLazy(MoneySchema)),
        reference: unwrapLazy(MoneySchema),
      })
      .check(checkReferenceInRange),
  ),
);
