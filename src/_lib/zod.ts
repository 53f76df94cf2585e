import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { $ZodError } from 'zod/v4/core';
import { InputError, type InputIssue } from '../errors.js';

/**
 * The result of a `safeParseX` / `safeX` function: the value, or the {@link InputError} that
 * `parseX` would have thrown.
 *
 * @example
 * ```ts
 * import { type SafeResult, safeParseIsoDate } from 'erasmus-kit';
 * const result: SafeResult<string> = safeParseIsoDate('2024-02-29');
 * if (result.success) console.log(result.data);
 * ```
 */
export type SafeResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed value or the computed result. */
      readonly data: T;
    }
  | {
      /** The input was invalid. */
      readonly success: false;
      /** What `parseX` would have thrown, with every problem and its path. */
      readonly error: InputError;
    };

let englishErrors: z.core.$ZodErrorMap | undefined;

/**
 * Parse options that give zod's English messages without touching the host's global zod config
 * (zod/mini loads no locale by itself).
 */
export function parseOptions(): z.core.ParseContext<z.core.$ZodIssue> {
  englishErrors ??= en().localeError;
  return { error: englishErrors };
}

/** Builds an {@link InputError} from a zod error. */
export function toInputError(error: z.core.$ZodError): InputError {
  const issues = error.issues as InputIssue[];
  if (issues.length === 0) {
    const fallback = {
      code: 'custom',
      path: [],
      message: 'Invalid input',
      input: undefined,
    } as unknown as InputIssue;
    return new InputError([fallback], `✖ ${fallback.message}`);
  }
  return new InputError(issues as [InputIssue, ...InputIssue[]], z.prettifyError(error));
}

/**
 * Builds an {@link InputError} from issues collected by hand (say, per item of a batch, with the
 * item's index in each path). Importing `$ZodError` by name keeps zod's locale tables out of
 * bundles, which `z.core.$ZodError` would pull in whole.
 */
export function issuesToInputError(issues: readonly InputIssue[]): InputError {
  return toInputError(new $ZodError([...issues]));
}

/**
 * Makes the `parse` / `safeParse` pair of a public entry point from a zod schema: `parse` throws
 * {@link InputError}, `safeParse` returns a {@link SafeResult}. Neither lets anything else escape.
 */
export function makeParser<S extends z.ZodMiniType>(
  schema: S,
): {
  parse: (input: unknown) => z.output<S>;
  safeParse: (input: unknown) => SafeResult<z.output<S>>;
} {
  const safeParse = (input: unknown): SafeResult<z.output<S>> => {
    const result = schema.safeParse(input, parseOptions());
    return result.success
      ? { success: true, data: result.data }
      : { success: false, error: toInputError(result.error) };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (!result.success) throw result.error;
    return result.data;
  };
  return { parse, safeParse };
}

/**
 * Runs `fn` and turns an {@link InputError} it throws into `{ success: false }`: the `safeX` twin
 * of a throwing entry point. Other errors propagate.
 */
export function toSafe<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => SafeResult<R> {
  return (...args: A): SafeResult<R> => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (error instanceof InputError) return { success: false, error };
      throw error;
    }
  };
}
