import type * as z from 'zod/mini';
import { type ErrorCode, type ErrorDetails, errorMessages } from './messages.js';

/**
 * The brand that marks every erasmus-kit error. `Symbol.for` makes it the same symbol in every
 * copy of the library, so {@link isErasmusKitError} works across duplicated installs.
 */
const BRAND: unique symbol = Symbol.for('erasmus-kit.error') as never;

/**
 * One problem found while validating input: a zod issue (`code`, `path`, `message`, ...).
 *
 * @example
 * ```ts
 * import { type InputIssue, safeParseIsoDate } from 'erasmus-kit';
 * const result = safeParseIsoDate('2023-02-30');
 * const issues: readonly InputIssue[] = result.success ? [] : result.error.issues;
 * ```
 */
export type InputIssue = z.core.$ZodIssue;

/**
 * The base class of every error this library throws on purpose. Its `code` is a literal from
 * {@link ErrorCode}; its message comes from the one table in {@link errorMessages}.
 *
 * @example
 * ```ts
 * import { ErasmusKitError } from 'erasmus-kit';
 * const error = new ErasmusKitError('unsupported-call-year', { callYear: 2019 });
 * error.code; // 'unsupported-call-year'
 * error.message; // 'Call year 2019 is not supported: rule packs exist for 2021–2026.'
 * ```
 */
export class ErasmusKitError<C extends ErrorCode = ErrorCode> extends Error {
  /** A stable, machine-readable code. */
  readonly code: C;
  /** The values the message was built from. */
  readonly details: Readonly<ErrorDetails<C>>;
  /** Brand read by {@link isErasmusKitError}. */
  readonly [BRAND] = true;

  /**
   * @param code - the error's literal code
   * @param details - the values the message template needs
   */
  constructor(code: C, details: ErrorDetails<C>) {
    const template = errorMessages[code] as (d: ErrorDetails<C>) => string;
    super(template(details));
    this.name = 'ErasmusKitError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/**
 * Thrown when input fails validation. `issues` holds every problem found (never empty), each with
 * the `path` of the offending field; the message lists them all, one per line.
 *
 * @example
 * ```ts
 * import { InputError, parseIsoDate } from 'erasmus-kit';
 * try {
 *   parseIsoDate('2023-02-30');
 * } catch (error) {
 *   if (error instanceof InputError) console.log(error.issues[0]?.message);
 * }
 * ```
 */
export class InputError extends ErasmusKitError<'invalid-input'> {
  /** Every validation problem, machine-readable. Never empty. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];

  /**
   * @param issues - the validation problems (at least one)
   * @param summary - a human-readable list of the problems, one per line
   */
  constructor(issues: readonly [InputIssue, ...InputIssue[]], summary: string) {
    super('invalid-input', { summary });
    this.name = 'InputError';
    this.issues = Object.freeze([...issues]) as unknown as readonly [InputIssue, ...InputIssue[]];
  }
}

/**
 * Tells whether a value is an error thrown by erasmus-kit — any copy of it. Unlike `instanceof`,
 * this works when two versions of the library are installed side by side.
 *
 * @param value - anything caught
 * @returns `true` for an {@link ErasmusKitError} (including {@link InputError})
 *
 * @example
 * ```ts
 * import { isErasmusKitError, parseIsoDate } from 'erasmus-kit';
 * try {
 *   parseIsoDate('yesterday');
 * } catch (error) {
 *   if (isErasmusKitError(error)) console.log(error.code); // 'invalid-input'
 * }
 * ```
 */
export function isErasmusKitError(value: unknown): value is ErasmusKitError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
