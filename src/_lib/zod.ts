import * as z from 'zod/mini';
import { $ZodError } from 'zod/v4/core';
import { en } from 'zod/v4/locales';
import { ErasmusKitError, InputError, type InputIssue } from '../errors.js';
import type { ErrorCode } from '../messages.js';

/**
 * The result of a `safeParseX` / `safeX` function: the value, or the error that the throwing
 * twin would have thrown. `E` is that error: an {@link InputError} (the default), or for the
 * lookups of call years and codes (`safeGetRules`, `safeGetCountry`, …) also an
 * {@link ErasmusKitError} of the listed codes; its `code` tells them apart.
 *
 * @example
 * ```ts
 * import { type SafeResult, safeParseIsoDate } from 'erasmus-kit';
 * const result: SafeResult<string> = safeParseIsoDate('2024-02-29');
 * if (result.success) console.log(result.data);
 * ```
 */
export type SafeResult<T, E extends ErasmusKitError = InputError> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed value or the computed result. */
      readonly data: T;
    }
  | {
      /** The input was invalid. */
      readonly success: false;
      /** What the throwing twin would have thrown, with every problem (and its path) it found. */
      readonly error: E;
    };

/** The codes, besides `invalid-input`, that a `safeX` twin may return instead of throwing. */
export type SafeErrorCode = Exclude<ErrorCode, 'invalid-input' | 'internal-error'>;

let englishErrors: z.core.$ZodErrorMap | undefined;

/**
 * Parse options that give zod's English messages without touching the host's global zod config
 * (zod/mini loads no locale by itself).
 */
export function parseOptions(): z.core.ParseContext<z.core.$ZodIssue> {
  englishErrors ??= en().localeError;
  return { error: englishErrors };
}

/**
 * Where the paths of an entry point's issues start: a `root` put before every path (the
 * argument's name, `'mobility'`, or a longer prefix, `['mobilities', 3]`), or the names of the
 * `args` of a tuple schema (`['km', 'callYear', 'options']`), which replace the position that
 * starts each path. `[]` leaves the paths as zod gives them.
 */
export type IssueRoot = PropertyKey | readonly PropertyKey[] | { readonly args: readonly string[] };

/** The issues with their paths started at `root` (see {@link IssueRoot}); nothing else changes. */
export function rooted(issues: readonly InputIssue[], root: IssueRoot): InputIssue[] {
  if (typeof root === 'object' && root !== null && 'args' in root) {
    const names = root.args;
    return issues.map((issue) => {
      const [first, ...rest] = issue.path;
      const name = typeof first === 'number' ? names[first] : undefined;
      return name === undefined ? issue : ({ ...issue, path: [name, ...rest] } as InputIssue);
    });
  }
  const prefix: readonly PropertyKey[] = Array.isArray(root) ? root : [root as PropertyKey];
  if (prefix.length === 0) return [...issues];
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }) as InputIssue);
}

/** Builds an {@link InputError} from a zod error, its paths started at `root` (none by default). */
export function toInputError(error: z.core.$ZodError, root: IssueRoot = []): InputError {
  const issues = rooted(error.issues as InputIssue[], root);
  if (issues.length === 0) {
    const fallback: InputIssue = {
      code: 'custom',
      path: [],
      message: 'Invalid input',
      input: undefined,
    };
    return new InputError([fallback], `✖ ${fallback.message}`);
  }
  // The message lists the rooted paths too.
  const summary = z.prettifyError(new $ZodError(issues));
  return new InputError(issues as [InputIssue, ...InputIssue[]], summary);
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
 * How a parser runs its schema: given the schema, a function that parses one input. The default
 * is zod's plain parser; {@link compiled} builds zod's ahead-of-time compiled parser (a bundler
 * keeps zod's compiler only where a parser uses it).
 */
export type SchemaRunner = <S extends z.ZodMiniType>(
  schema: S,
) => (input: unknown) => z.core.util.SafeParseResult<z.output<S>>;

/** zod's plain parser, with English messages: the default {@link SchemaRunner}. */
const plain: SchemaRunner = (schema) => (input) => schema.safeParse(input, parseOptions());

/**
 * A schema built on first use, not at import (issue 16): a stand-in, `z.lazy(build)`, whose
 * `build` runs once, when the schema is first used (a parse, the first call of a parser made by
 * {@link makeParser}, `toJSONSchema`); zod keeps what it built. A module writes its schema, and
 * the sub-schemas only it uses, inside `build`; another schema's builder nests it as
 * `unwrapLazy(X)` (see {@link unwrapLazy}). `meta` (a description, examples) is registered in
 * zod's global registry for the stand-in at once and for the built schema when it is built, so
 * that it reaches the JSON Schemas wherever the built schema is nested.
 */
export function lazySchema<S extends z.ZodMiniType>(
  build: () => S,
  meta?: z.core.GlobalMeta,
): z.ZodMiniLazy<S> {
  if (meta === undefined) return z.lazy(build);
  const registry: z.core.$ZodRegistry<z.core.GlobalMeta> = z.globalRegistry;
  const standIn = z.lazy(() => {
    const schema = build();
    registry.add(schema, meta);
    return schema;
  });
  registry.add(standIn, meta);
  return standIn;
}

/**
 * The schema a {@link lazySchema} stands for, built now if it was not yet (any other schema as it
 * is): what a builder nests in another schema, and what {@link makeParser} runs. zod's compiled
 * parser does not compile through a stand-in (it hands it to the plain parser), and zod's JSON
 * Schema would put the stand-in's metadata elsewhere in the output.
 */
export function unwrapLazy<S extends z.core.$ZodType>(schema: S | z.ZodMiniLazy<S>): S {
  // A stand-in given checks of its own (`.check(…)`) is kept whole, so that they still run.
  const { type, checks } = schema._zod.def;
  return type === 'lazy' && !checks?.length
    ? (schema as z.ZodMiniLazy<S>)._zod.innerType
    : (schema as S);
}

/**
 * Makes the `parse` / `safeParse` pair of a public entry point from a zod schema: `parse` throws
 * {@link InputError}, `safeParse` returns a {@link SafeResult}. Neither lets anything else escape.
 * `root` starts every issue's path at the argument's name (see {@link IssueRoot}); both functions
 * take another root as a second argument (`[]` for none, as a schema that holds the value under
 * its own key needs). The schema (of a {@link lazySchema}: the one it stands for) is taken at the
 * first parse, so making a parser at import builds nothing. With `{ runner: compiled }` the schema
 * is compiled at first use (see {@link compiled}): worth it for the inputs read in
 * bulk (mobilities, strategies, actuals), not for a schema as large as a rule pack's, whose
 * generated code alone takes a second to build.
 */
export function makeParser<S extends z.ZodMiniType>(
  schema: S,
  options?: { readonly runner?: SchemaRunner; readonly root?: IssueRoot },
): {
  parse: (input: unknown, root?: IssueRoot) => z.output<S>;
  safeParse: (input: unknown, root?: IssueRoot) => SafeResult<z.output<S>>;
} {
  const runner: SchemaRunner = options?.runner ?? plain;
  let run: ((input: unknown) => z.core.util.SafeParseResult<z.output<S>>) | undefined;
  const defaultRoot = options?.root ?? [];
  const safeParse = (input: unknown, root: IssueRoot = defaultRoot): SafeResult<z.output<S>> => {
    // The built schema has the same input and output types as its stand-in.
    run ??= runner(unwrapLazy(schema) as S);
    const result = run(input);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, error: toInputError(result.error, root) };
  };
  const parse = (input: unknown, root?: IssueRoot): z.output<S> => {
    const result = safeParse(input, root);
    if (!result.success) throw result.error;
    return result.data;
  };
  return { parse, safeParse };
}

/**
 * Runs `fn` and turns an {@link InputError} it throws, or an {@link ErasmusKitError} of one of
 * `codes` (`unsupported-call-year`, `unknown-country`, …), into `{ success: false, error }`: the
 * `safeX` twin of a throwing entry point. Other errors (an `internal-error` is a bug) propagate.
 */
export function toSafe<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => SafeResult<R>;
export function toSafe<A extends unknown[], R, C extends SafeErrorCode>(
  fn: (...args: A) => R,
  codes: readonly C[],
): (...args: A) => SafeResult<R, InputError | ErasmusKitError<C>>;
export function toSafe<A extends unknown[], R>(
  fn: (...args: A) => R,
  codes: readonly SafeErrorCode[] = [],
): (...args: A) => SafeResult<R, ErasmusKitError> {
  return (...args: A): SafeResult<R, ErasmusKitError> => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (
        error instanceof InputError ||
        (error instanceof ErasmusKitError && (codes as readonly string[]).includes(error.code))
      ) {
        return { success: false, error };
      }
      throw error;
    }
  };
}

/**
 * The parse function of a schema, for speed: zod's ahead-of-time compiled parser (`z.compile`),
 * built at the first parse. zod's `jitless` setting (`z.config({ jitless: true })`, as under a
 * strict Content-Security-Policy) is read at every call: while it is on, the plain parser runs and
 * nothing is compiled (`z.compile` itself would ignore the setting and call `new Function`). Both
 * parsers give the same result and the same issues: the compiled one only answers for valid
 * input and hands anything else to the plain one, which writes the issues.
 */
export const compiled: SchemaRunner = <S extends z.ZodMiniType>(schema: S) => {
  let fast: S | undefined;
  return (input: unknown): z.core.util.SafeParseResult<z.output<S>> => {
    if (z.config().jitless) return schema.safeParse(input, parseOptions());
    fast ??= z.compile(schema);
    return fast.safeParse(input, parseOptions());
  };
};
