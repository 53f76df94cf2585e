/**
 * The schemas of a figure and its provenance (at least one source URL, a status, the fields
 * each status needs), and of the kinds of figure values a rule pack holds: money, shares, counts
 * and money ranges.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CALL_YEARS } from '../_lib/callYear.js';
import { checkProvenance, checkReferenceInRange } from './packChecks.js';

const MONEY = /^\d+\.\d{2}$/;
const RATIO = /^(0\.\d+|1(\.0+)?)$/;

/** A non-empty string. */
export const nonEmpty = z.string().check(z.minLength(1));
const SourceSchema = z.string().check(z.regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL'));
const StatusSchema = z.enum([
  'confirmed',
  'single-source',
  'conflicting',
  'carried-forward',
  'derived',
]);
/**
 * A supported call year in a pack: a union of literals, whose issues (`invalid_union`) differ
 * from those of the shared `CallYearSchema` of src/_lib/ and are kept as they were.
 */
export const PackCallYearSchema = z.union(CALL_YEARS.map((year) => z.literal(year)));
/** A two-place decimal string. */
export const MoneySchema = z.string().check(z.regex(MONEY, 'Expected a two-place decimal string'));
const RatioSchema = z.string().check(z.regex(RATIO, 'Expected a share between 0 and 1'));

const provenanceShape = {
  sources: z.array(SourceSchema).check(z.minLength(1)),
  status: StatusSchema,
  carriedFrom: z.optional(PackCallYearSchema),
  alternative: z.optional(nonEmpty),
  derivation: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
};

/** Where a figure comes from, and how far it can be trusted (without the value). */
export const ProvenanceSchema = z.strictObject(provenanceShape).check(checkProvenance);

/** A figure whose value matches `value`, with its provenance. */
export function FigureSchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, ...provenanceShape }).check(checkProvenance);
}

/** A money figure (`"50.00"`). */
export const Money = FigureSchema(MoneySchema);
/** A share figure between 0 and 1 (`"0.70"`). */
export const Ratio = FigureSchema(RatioSchema);
/** A whole-number figure ≥ 0. */
export const Count = FigureSchema(z.int().check(z.minimum(0)));
/** A money-range figure: optional bounds and the reference value inside them. */
export const Range = FigureSchema(
  z
    .strictObject({
      min: z.optional(MoneySchema),
      max: z.optional(MoneySchema),
      reference: MoneySchema,
    })
    .check(checkReferenceInRange),
);
