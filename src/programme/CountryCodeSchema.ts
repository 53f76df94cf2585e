import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult } from '../_lib/zod.js';
import { errorMessages } from '../messages.js';
import {
  ASSOCIATED_COUNTRIES,
  COUNTRY_CODE_ALIASES,
  type CountryCode,
  EU_MEMBER_STATES,
  REGION_MEMBERS,
  TERRITORIES,
} from './countryCodes.js';

/** Every canonical code, for membership tests. */
const knownCodes: ReadonlySet<string> = new Set<string>([
  ...EU_MEMBER_STATES,
  ...ASSOCIATED_COUNTRIES,
  ...Object.values(REGION_MEMBERS).flat(),
  ...Object.keys(TERRITORIES),
]);

/** The shape of a country code: two letters, in any case (whether it is known is another check). */
export const COUNTRY_CODE_SHAPE = /^[A-Za-z]{2}$/;

/** The canonical code for an input string, or `undefined` if it is not one erasmus-kit knows. */
export function canonicalCountryCode(input: string): CountryCode | undefined {
  if (!COUNTRY_CODE_SHAPE.test(input)) return undefined;
  const upper = input.toUpperCase();
  const code = COUNTRY_CODE_ALIASES[upper as keyof typeof COUNTRY_CODE_ALIASES] ?? upper;
  return knownCodes.has(code) ? (code as CountryCode) : undefined;
}

/** The issue message for a code that is unknown or malformed: it names the code. */
const unknownCountry = (issue: { readonly input?: unknown }): string =>
  errorMessages['unknown-country']({ code: issue.input });

/**
 * The zod schema of a country code: a two-letter ISO 3166-1 alpha-2 code erasmus-kit knows, in
 * upper or lower case, or one of the aliases `EL` (Greece) and `UK` (United Kingdom). It outputs
 * the canonical upper-case ISO code (`'el'` → `'GR'`, `'uk'` → `'GB'`). Anything else fails with
 * an issue whose message names the code (an unknown two-letter string's issue also carries
 * `params: { code: 'unknown-country' }`). Use it inside other schemas (mobility input).
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from 'erasmus-kit';
 * CountryCodeSchema.parse('de'); // 'DE'
 * CountryCodeSchema.safeParse('XX').success; // false
 * ```
 */
export const CountryCodeSchema: z.ZodMiniLazy<
  z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<CountryCode, string>>
> = lazySchema(
  () =>
    z.pipe(
      z.string({ error: unknownCountry }),
      // One transform both checks and canonicalises. Its issue is the one a refinement would
      // give, and like a refinement's it lets the checks of an enclosing object run (`continue`).
      z.transform((input: string, ctx): CountryCode => {
        const code = canonicalCountryCode(input);
        if (code !== undefined) return code;
        const message = unknownCountry({ input });
        ctx.issues.push({
          code: 'custom',
          path: [],
          params: { code: 'unknown-country' },
          message,
          input,
          continue: true,
        });
        return z.NEVER;
      }),
    ),
  {
    description:
      'An ISO 3166-1 alpha-2 country code used by Erasmus+ (any case); EL and UK are accepted as aliases of GR and GB.',
    examples: ['DE', 'RS', 'EL', 'UK', 'XK', 'RE'],
  },
);

const parser = makeParser(CountryCodeSchema, { root: 'code' });

/**
 * Validates a country code and returns its canonical form: upper case, `EL` → `GR`,
 * `UK` → `GB`.
 *
 * @param code - a country code (untrusted input)
 * @returns the canonical ISO 3166-1 alpha-2 code
 * @throws InputError naming the code when it is malformed or not one Erasmus+ uses
 *
 * @example
 * ```ts
 * import { normalizeCountryCode } from 'erasmus-kit';
 * normalizeCountryCode('el'); // 'GR'
 * normalizeCountryCode('UK'); // 'GB'
 * normalizeCountryCode('XK'); // 'XK' (Kosovo)
 * ```
 */
export function normalizeCountryCode(code: unknown): CountryCode {
  return parser.parse(code);
}

/**
 * The non-throwing twin of {@link normalizeCountryCode}: `{ success: false, error }` with the
 * {@link InputError} (its issue carries `params: { code: 'unknown-country' }`) instead of
 * throwing.
 *
 * @param code - a country code (untrusted input)
 * @returns `{ success: true, data }` with the canonical code, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeNormalizeCountryCode } from 'erasmus-kit';
 * const code = safeNormalizeCountryCode('el');
 * if (code.success) console.log(code.data); // 'GR'
 * safeNormalizeCountryCode('XX').success; // false
 * ```
 */
export function safeNormalizeCountryCode(code: unknown): SafeResult<CountryCode> {
  return parser.safeParse(code);
}
