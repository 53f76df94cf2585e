/**
 * Light validation of what `renderReconciliationReport` reads of a reconciliation result, so
 * that a wrong argument is an `InputError` instead of a `TypeError` from deep inside.
 */
import * as z from 'zod/mini';
import { lazySchema, makeParser } from '../_lib/zod.js';
import { ReportLocaleSchema } from './reportSchemas.js';

const money = () => z.string().check(z.regex(/^-?\d+\.\d{2}$/, 'Expected a two-place amount'));
const field = () =>
  z.enum(['calculatedDays', 'fundedDays', 'individualSupport', 'topUps', 'travel', 'total']);
const reasonCode = () =>
  z.enum([
    'day-count',
    'interruptions',
    'non-funded-days',
    'travel-days',
    'rates',
    'top-ups',
    'travel-band',
    'zero-grant',
    'force-majeure',
    'stale-value',
    'rounding',
  ]);

const DifferenceShape = () =>
  z.union([
    z.looseObject({
      field: field(),
      unit: z.literal('day'),
      reported: z.int(),
      recomputed: z.int(),
      difference: z.int(),
      reasons: z.array(z.looseObject({ code: reasonCode(), message: z.string() })),
    }),
    z.looseObject({
      field: field(),
      unit: z.literal('EUR'),
      reported: money(),
      recomputed: money(),
      difference: money(),
      reasons: z.array(z.looseObject({ code: reasonCode(), message: z.string() })),
    }),
  ]);

const RecordShape = () =>
  z.union([
    z.looseObject({
      index: z.int(),
      id: z.string(),
      status: z.enum(['match', 'differs', 'ineligible', 'incomplete']),
      grant: z.looseObject({ total: money(), complete: z.boolean() }),
      notCompared: z.array(field()),
      differences: z.array(DifferenceShape()),
    }),
    z.looseObject({
      index: z.int(),
      id: z.string(),
      status: z.literal('invalid'),
      error: z.looseObject({
        issues: z.array(
          z.looseObject({
            path: z.array(z.union([z.string(), z.number(), z.symbol()])),
            message: z.string(),
          }),
        ),
      }),
    }),
  ]);

const count = () => z.int().check(z.minimum(0));

/** Arguments of `renderReconciliationReport`. */
export const reconciliationArgs = makeParser(
  lazySchema(() =>
    z.strictObject({
      result: z.looseObject({
        records: z.array(RecordShape()),
        summary: z.looseObject({
          byStatus: z.looseObject({
            match: count(),
            differs: count(),
            ineligible: count(),
            incomplete: count(),
            invalid: count(),
          }),
          totalsCompared: count(),
          stored: money(),
          recomputed: money(),
          net: money(),
          largest: z.array(
            z.looseObject({ index: z.int(), id: z.string(), field: field(), difference: money() }),
          ),
        }),
      }),
      options: z.strictObject({
        format: z.enum(['markdown', 'html']),
        locale: ReportLocaleSchema(),
      }),
    }),
  ),
);
