/**
 * Private: zod's ahead-of-time compiled parser for the inputs read in bulk, apart from
 * `./zod.js` so that only the modules that compile a schema load zod's compiler.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parseOptions, type SchemaRunner } from './zod.js';

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
