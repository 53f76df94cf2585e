/**
 * zod schemas shared by the satisfaction entry points (internal: the public functions validate
 * with them and name every bad field by its path).
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazySchema, unwrapLazy } from '../_lib/zod.js';
import type { InputIssueCode } from '../inputIssueCodes.js';

const PERCENT = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$/;

/** A percentage string such as `"85%"` turned into a share: `"85.5%"` is read as `85.5e-2`, the double nearest 0.855. */
function percentToShare(text: string): number {
  const match = PERCENT.exec(text);
  return match?.[1] === undefined ? Number.NaN : Number(`${match[1]}e-2`);
}

const SHARE_MESSAGE =
  'Expected a share between 0 and 1 such as 0.85 (or a percentage string such as "85%")';

/** A share in [0, 1] given as a number (`0.85`) or a percentage string (`"85%"`). */
export const ShareLikeSchema = lazySchema(() =>
  z.pipe(
    z.union(
      [
        z.number().check(z.minimum(0, SHARE_MESSAGE), z.maximum(1, SHARE_MESSAGE)),
        z.pipe(
          z.string().check(z.regex(PERCENT, SHARE_MESSAGE)),
          z.transform((text: string) => percentToShare(text)),
        ),
      ],
      { error: SHARE_MESSAGE },
    ),
    z.number().check(z.minimum(0, SHARE_MESSAGE), z.maximum(1, SHARE_MESSAGE)),
  ),
);

const CONFIDENCE_MESSAGE =
  'Expected a confidence level strictly between 0 and 1 such as 0.95 (or "95%")';

/** A confidence level strictly between 0 and 1: `0.95` or `"95%"`. */
export const ConfidenceSchema = lazySchema(() =>
  z.pipe(
    z.union(
      [
        z.number(),
        z.pipe(
          z.string(),
          z.transform((text: string) => percentToShare(text)),
        ),
      ],
      {
        error: CONFIDENCE_MESSAGE,
      },
    ),
    z.number(CONFIDENCE_MESSAGE).check(z.gt(0, CONFIDENCE_MESSAGE), z.lt(1, CONFIDENCE_MESSAGE)),
  ),
);

const THRESHOLD_MESSAGE =
  'Expected a threshold: a share such as 0.85, a percentage such as "85%", { atLeast: 0.85 } or { atMost: 0.1 }';

/** A satisfaction threshold, normalised to a direction and a share. */
export interface ParsedThreshold {
  /** Whether the share must reach the value or stay below it. */
  readonly direction: 'at-least' | 'at-most';
  /** The threshold as a share in [0, 1]. */
  readonly value: number;
}

/** `0.85`, `"85%"`, `{ atLeast: 0.85 }` or `{ atMost: 0.1 }` → `{ direction, value }`. */
export const ThresholdSchema = lazySchema(
  () =>
    z.pipe(
      z.union(
        [
          unwrapLazy(ShareLikeSchema),
          z.strictObject({ atLeast: ShareLikeSchema }),
          z.strictObject({ atMost: ShareLikeSchema }),
        ],
        { error: THRESHOLD_MESSAGE },
      ),
      z.transform(
        (value): ParsedThreshold =>
          typeof value === 'number'
            ? { direction: 'at-least', value }
            : 'atLeast' in value
              ? { direction: 'at-least', value: value.atLeast }
              : { direction: 'at-most', value: value.atMost },
      ),
    ),
  {
    description: THRESHOLD_MESSAGE,
    examples: [0.85, '85%', { atLeast: 0.85 }, { atMost: 0.1 }],
  },
);

const count = () => z.int().check(z.minimum(0, 'Expected a whole number ≥ 0'));
const positive = () => z.int().check(z.minimum(1, 'Expected a whole number ≥ 1'));

/** Raw survey input in any of its three forms (checked together by {@link checkSurvey}). */
export const SurveySchema = lazySchema(
  () =>
    z.strictObject({
      satisfied: z.optional(count()),
      responses: z.optional(count()),
      answers: z.optional(z.array(z.int().check(z.minimum(1, 'Scores start at 1')))),
      likert: z.optional(
        z.union([
          z
            .array(count())
            .check(
              z.minLength(2, 'A scale has at least 2 points'),
              z.maxLength(100, 'A scale has at most 100 points'),
            ),
          z.record(
            z
              .string()
              .check(z.regex(/^[1-9]\d*$/, 'Likert keys are the points of the scale: 1, 2, …')),
            count(),
          ),
        ]),
      ),
      scale: z.optional(
        z
          .int()
          .check(
            z.minimum(2, 'A scale has at least 2 points'),
            z.maximum(100, 'A scale has at most 100 points'),
          ),
      ),
      invited: z.optional(positive()),
    }),
  {
    description:
      'Survey results: counts { satisfied, responses, invited? }, raw answers { answers, scale?, invited? } or Likert counts { likert, scale?, invited? }',
    examples: [
      { satisfied: 18, responses: 20 },
      { answers: [5, 4, 4, 3, 5], scale: 5 },
      { likert: [0, 1, 2, 7, 10] },
    ],
  },
);

/** The parsed (not yet cross-checked) survey object. */
export type ParsedSurvey = z.output<typeof SurveySchema>;

/** Options of `evaluateSatisfaction` as parsed. */
export const EvaluateOptionsSchema = lazySchema(() =>
  z.strictObject({
    confidence: z.optional(unwrapLazy(ConfidenceSchema)),
    continuityCorrection: z.optional(z.boolean()),
    minResponses: z.optional(positive()),
    minResponseRate: z.optional(unwrapLazy(ShareLikeSchema)),
    satisfiedFrom: z.optional(positive()),
    label: z.optional(
      z.string().check(z.minLength(1), z.maxLength(60, 'A label has at most 60 characters')),
    ),
  }),
);

/** The parsed options. */
export type ParsedOptions = z.output<typeof EvaluateOptionsSchema>;

/** A survey reduced to counts. */
export interface Tally {
  /** Respondents counted as satisfied. */
  readonly satisfied: number;
  /** Respondents. */
  readonly responses: number;
  /** People invited to answer, when known. */
  readonly invited?: number;
}

/** The default "satisfied" rule: the top two points of the scale (the top point of a 2-point scale). */
export function defaultSatisfiedFrom(scale: number): number {
  return Math.max(2, scale - 1);
}

/** The scale of a survey given as answers or Likert counts. */
function scaleOf(survey: ParsedSurvey): number {
  if (Array.isArray(survey.likert)) return survey.likert.length;
  return survey.scale ?? 5;
}

type Issue = { message: string; path: PropertyKey[]; params: { code: InputIssueCode } };

/**
 * Cross-checks one survey and the options that apply to it, returning every problem with a path
 * relative to the survey (`satisfied`, `answers.3`, ...) or to the options (`options.*`, given as
 * `optionsPath`).
 */
export function checkSurvey(
  survey: ParsedSurvey,
  options: ParsedOptions | undefined,
  surveyPath: readonly PropertyKey[],
  optionsPath: readonly PropertyKey[],
): Issue[] {
  const issues: Issue[] = [];
  const at = (path: PropertyKey[], message: string, code: InputIssueCode) =>
    issues.push({ message, path: [...surveyPath, ...path], params: { code } });
  const forms = (['satisfied', 'answers', 'likert'] as const).filter(
    (key) => survey[key] !== undefined || (key === 'satisfied' && survey.responses !== undefined),
  );
  if (forms.length !== 1) {
    at(
      [],
      forms.length === 0
        ? 'Expected survey results: { satisfied, responses }, { answers } or { likert }'
        : `Give only one form of survey results, not ${forms.join(' and ')}`,
      forms.length === 0 ? 'missing-field' : 'conflicting-fields',
    );
    return issues;
  }
  const { satisfied, responses, invited } = survey;
  if (forms[0] === 'satisfied') {
    if (satisfied === undefined)
      at(['satisfied'], 'Expected the number of satisfied respondents', 'missing-field');
    if (responses === undefined)
      at(['responses'], 'Expected the number of responses', 'missing-field');
    if (survey.scale !== undefined)
      at(['scale'], 'A scale applies to answers or likert counts only', 'conflicting-fields');
    if (satisfied !== undefined && responses !== undefined && satisfied > responses) {
      at(
        ['satisfied'],
        `More satisfied (${satisfied}) than responses (${responses})`,
        'exceeds-total',
      );
    }
    if (responses !== undefined && invited !== undefined && responses > invited) {
      at(['invited'], `Fewer invited (${invited}) than responses (${responses})`, 'exceeds-total');
    }
  } else {
    const scale = scaleOf(survey);
    if (Array.isArray(survey.likert) && survey.scale !== undefined && survey.scale !== scale) {
      at(
        ['scale'],
        `The scale (${survey.scale}) differs from the number of Likert counts (${scale})`,
        'conflicting-fields',
      );
    }
    if (survey.answers !== undefined) {
      survey.answers.forEach((score, index) => {
        if (score > scale)
          at(['answers', index], `Score ${score} is above the scale 1–${scale}`, 'out-of-range');
      });
    } else if (survey.likert !== undefined && !Array.isArray(survey.likert)) {
      for (const key of Object.keys(survey.likert)) {
        if (Number(key) > scale)
          at(['likert', key], `Point ${key} is above the scale 1–${scale}`, 'out-of-range');
      }
    }
    const from = options?.satisfiedFrom;
    if (from !== undefined && from > scale) {
      issues.push({
        message: `satisfiedFrom (${from}) is above the scale 1–${scale}`,
        path: [...optionsPath, 'satisfiedFrom'],
        params: { code: 'out-of-range' },
      });
    }
    const count = countResponses(survey);
    if (invited !== undefined && count > invited) {
      at(['invited'], `Fewer invited (${invited}) than responses (${count})`, 'exceeds-total');
    }
  }
  if (options?.minResponseRate !== undefined && invited === undefined) {
    at(
      ['invited'],
      'The number invited is needed when options.minResponseRate is set',
      'missing-field',
    );
  }
  return issues;
}

/** The (point, count) pairs of Likert counts given as an array or as an object. */
function likertEntries(likert: NonNullable<ParsedSurvey['likert']>): [number, number][] {
  return Array.isArray(likert)
    ? likert.map((count, index): [number, number] => [index + 1, count])
    : Object.entries(likert).map(([point, count]): [number, number] => [Number(point), count]);
}

function countResponses(survey: ParsedSurvey): number {
  if (survey.answers !== undefined) return survey.answers.length;
  let total = 0;
  if (survey.likert !== undefined)
    for (const [, count] of likertEntries(survey.likert)) total += count;
  return total;
}

/** Reduces a cross-checked survey to counts, applying the "satisfied" rule for answers and Likert counts. */
export function tally(survey: ParsedSurvey, satisfiedFrom: number | undefined): Tally {
  const invited = survey.invited === undefined ? {} : { invited: survey.invited };
  const from = satisfiedFrom ?? defaultSatisfiedFrom(scaleOf(survey));
  if (survey.answers !== undefined) {
    const satisfied = survey.answers.filter((score) => score >= from).length;
    return { satisfied, responses: survey.answers.length, ...invited };
  }
  if (survey.likert !== undefined) {
    let satisfied = 0;
    for (const [point, count] of likertEntries(survey.likert))
      if (point >= from) satisfied += count;
    return { satisfied, responses: countResponses(survey), ...invited };
  }
  // counts: checkSurvey has made sure both are present
  return { satisfied: Number(survey.satisfied), responses: Number(survey.responses), ...invited };
}
