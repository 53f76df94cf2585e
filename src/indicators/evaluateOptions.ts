import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema } from '../_lib/dates.js';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * The default RAG cut-offs: ≥85% of target on track, 50–85% at risk, below off track (the
 * published scorecard cut-offs of https://www.tr.qld.gov.au/ar2017/our-goals/built-environment;
 * see docs/indicators.md).
 */
export const DEFAULT_RAG = { onTrack: 0.85, atRisk: 0.5 } as const;

/** The last day of a reporting year, `MM-DD` (any real day but 02-29). */
export const YearEndSchema = lazySchema(() =>
  z.string().check(
    z.refine(
      (value) => {
        const match = MONTH_DAY.exec(value);
        if (!match) return false;
        const month = Number(match[1]);
        const day = Number(match[2]);
        // Feb 29 is refused: a reporting year must end on a day every year has.
        const last = month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
        return month >= 1 && month <= 12 && day >= 1 && day <= last;
      },
      {
        error: 'Expected the last day of a reporting year as MM-DD, such as "12-31" or "08-31"',
        params: { code: 'not-a-date' },
      },
    ),
  ),
);

/** The options schema shared by `evaluateIndicator` and `evaluatePlan`. */
export const EvaluateOptionsSchema = lazySchema(() =>
  z.strictObject({
    asOf: unwrapLazy(IsoDateSchema),
    yearEnd: z.optional(unwrapLazy(YearEndSchema)),
    yearLabel: z.optional(z.enum(['end', 'start'])),
    rag: z.optional(
      z
        .strictObject({
          onTrack: z.optional(z.number().check(z.gt(0), z.maximum(1))),
          atRisk: z.optional(z.number().check(z.minimum(0), z.lt(1))),
        })
        .check(
          z.refine((r) => (r.atRisk ?? DEFAULT_RAG.atRisk) < (r.onTrack ?? DEFAULT_RAG.onTrack), {
            error: 'atRisk must be below onTrack',
            path: ['atRisk'],
            params: { code: 'out-of-order' },
          }),
        ),
    ),
  }),
);

/** Parsed options. */
export type ParsedEvaluateOptions = z.output<typeof EvaluateOptionsSchema>;

/** The resolved settings the evaluation uses. */
export interface Settings {
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The due date of a plan year. */
  readonly dueDate: (year: number) => IsoDate;
  /** RAG cut-offs. */
  readonly onTrack: number;
  /** RAG cut-offs. */
  readonly atRisk: number;
}

/** Resolves parsed options into settings. */
export function settingsOf(options: ParsedEvaluateOptions): Settings {
  const monthDay = options.yearEnd ?? '12-31';
  const offset = options.yearLabel === 'start' ? 1 : 0;
  const dueDates = new Map<number, IsoDate>();
  return {
    asOf: options.asOf,
    dueDate: (year) => {
      let date = dueDates.get(year);
      if (date === undefined) {
        // 02-29 is refused by the schema, so every due date is a real day.
        date = `${year + offset}-${monthDay}` as IsoDate;
        dueDates.set(year, date);
      }
      return date;
    },
    onTrack: options.rag?.onTrack ?? DEFAULT_RAG.onTrack,
    atRisk: options.rag?.atRisk ?? DEFAULT_RAG.atRisk,
  };
}
