/**
 * The `params.code` of every `custom` issue erasmus-kit writes itself (a rule zod has no code
 * for: a cross-field rule, an unknown country, a date that does not exist…). An issue zod writes
 * keeps zod's own code (`invalid_type`, `too_small`, `invalid_value`, …) and has no
 * `params.code`. docs/errors.md explains each code in one line.
 *
 * @example
 * ```ts
 * import { INPUT_ISSUE_CODES, safeParseIsoDate } from 'erasmus-kit';
 * const result = safeParseIsoDate('2023-02-30');
 * const issue = result.success ? undefined : result.error.issues[0];
 * issue?.code; // 'custom'
 * issue?.code === 'custom' ? issue.params?.['code'] : undefined; // 'not-a-date'
 * INPUT_ISSUE_CODES.includes('not-a-date'); // true
 * ```
 */
export const INPUT_ISSUE_CODES = [
  'unknown-country',
  'unknown-action',
  'unknown-locale',
  'unknown-rate-sheet',
  'no-national-sheet',
  'not-a-date',
  'out-of-order',
  'exceeds-total',
  'missing-field',
  'conflicting-fields',
  'duplicate-id',
  'out-of-range',
  'too-precise',
  'not-finite',
  'inconsistent-rule-pack',
  'inconsistent-result',
] as const;

/**
 * One of {@link INPUT_ISSUE_CODES}: the `params.code` of a `custom` issue.
 *
 * @example
 * ```ts
 * import type { InputIssueCode } from 'erasmus-kit';
 * const code: InputIssueCode = 'out-of-order';
 * ```
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];
