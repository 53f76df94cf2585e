import * as z from 'zod/mini';
import type { CallYear } from '../_lib/callYear.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { Provenance } from '../_lib/provenance.js';
import { lazySchema, makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { ErasmusKitError, type InputError } from '../errors.js';
import {
  COUNTRY_CODE_SHAPE,
  canonicalCountryCode,
  normalizeCountryCode,
} from './CountryCodeSchema.js';
import {
  ASSOCIATED_COUNTRIES,
  type CountryCode,
  EU_MEMBER_STATES,
  REGION_MEMBERS,
  type RegionNumber,
  TERRITORIES,
} from './countryCodes.js';
import {
  assertCallYear,
  heCountryGroups,
  type LivingCostGroup,
  vetSchAduCountryGroups,
} from './countryGroups.js';
import { regionProvenance } from './regions.js';

/**
 * A country's status in Erasmus+: an EU Member State, a third country associated to the
 * Programme, or a third country not associated to the Programme.
 *
 * @example
 * ```ts
 * import { type CountryStatus, getCountry } from 'erasmus-kit';
 * const status: CountryStatus = getCountry('RS', 2021).status; // 'associated'
 * ```
 */
export type CountryStatus = 'eu-member' | 'associated' | 'non-associated';

/**
 * The kind of territory a code names when it is not a state: an outermost region (part of the
 * EU, TFEU art. 349) or an overseas country or territory (OCT, TFEU Annex II).
 *
 * @example
 * ```ts
 * import { getCountry, type Territory } from 'erasmus-kit';
 * const kind: Territory | undefined = getCountry('CW', 2024).territory; // 'oct'
 * ```
 */
export type Territory = 'outermost-region' | 'oct';

/**
 * What erasmus-kit knows of a country for a call year. Optional fields are absent (not
 * `undefined`) when they do not apply. Frozen.
 *
 * @example
 * ```ts
 * import { type CountryInfo, getCountry } from 'erasmus-kit';
 * const germany: CountryInfo = getCountry('DE', 2024);
 * // { code: 'DE', name: 'Germany', status: 'eu-member', livingCostGroup: 1, vetSchAduGroup: 1, provenance: {...} }
 * ```
 */
export interface CountryInfo {
  /** The canonical ISO 3166-1 alpha-2 code (`GR` for `EL`, `GB` for `UK`). */
  readonly code: CountryCode;
  /** The name in the requested locale, from `Intl.DisplayNames`. */
  readonly name: string;
  /**
   * The status. An outermost region or OCT has the status of its Member State
   * (`'eu-member'`): a mobility from Réunion or Curaçao is not one from a non-associated country.
   */
  readonly status: CountryStatus;
  /** For a non-associated third country: its region (1–14). */
  readonly region?: RegionNumber;
  /**
   * The higher-education (KA131) living-cost group in force for the call year, from
   * {@link heCountryGroups}: EU and associated countries, region 14 (`CH`, `GB`, `FO`, paid like
   * group 1) and the micro-states (`AD`, `MC`, `SM`, `VA`, paid like group 2). Absent for other
   * third countries and for outermost regions and OCTs.
   */
  readonly livingCostGroup?: LivingCostGroup;
  /**
   * The VET / school / adult-education (KA121/KA122) group in force for the call year, from
   * {@link vetSchAduCountryGroups}: EU and associated countries only.
   */
  readonly vetSchAduGroup?: LivingCostGroup;
  /** For an outermost region or OCT: the Member State whose status it takes. */
  readonly memberState?: CountryCode;
  /** For an outermost region or OCT: which of the two it is. */
  readonly territory?: Territory;
  /**
   * Sources and status of `status`, `region` and `territory` (the groups' own provenance is on
   * the group tables).
   */
  readonly provenance: Provenance;
}

/**
 * Options of {@link getCountry} and {@link listCountries}.
 *
 * @example
 * ```ts
 * import { type GetCountryOptions, getCountry } from 'erasmus-kit';
 * const options: GetCountryOptions = { locale: 'lt' };
 * getCountry('DE', 2024, options).name; // 'Vokietija'
 * ```
 */
export interface GetCountryOptions {
  /** A BCP 47 locale for `name` (`'en'`, `'lt'`, `'sr-Latn'`, ...). Default `'en'`. */
  readonly locale?: string;
}

// Sources: the Programme Guide, Part A, "Eligible countries", and the pages below.
const PG_ELIGIBLE = 'https://erasmus-plus.ec.europa.eu/programme-guide/part-a/eligible-countries';
const IBU =
  'https://www.ibu.edu.mk/pages/international/erasmus-office/details/erasmus-student-mobility';
const DAAD =
  'https://eu.daad.de/infos-fuer-hochschulen/programmlinien/infos-zu-programm-und-partnerlaendern/de/45672-erasmus-programmlaender';
const OCT_RULE =
  'https://docslib.org/doc/641966/definition-of-erasmus-programme-and-partner-countries';
const EWP_REPORT =
  'https://github.com/erasmus-without-paper/ewp-specs-api-bm-mobilities/blob/7af912686d0572e5b51097ecd280e9ce30f8bf2d/endpoints/report-request.xsd';

const euProvenance: Provenance = {
  sources: [PG_ELIGIBLE],
  status: 'confirmed',
  note: 'The 27 EU Member States (Programme Guide, Part A, "Eligible countries").',
};
const associatedProvenance: Provenance = {
  sources: [PG_ELIGIBLE, IBU, DAAD],
  status: 'confirmed',
  note: 'Iceland, Liechtenstein, Norway, North Macedonia, Serbia, Türkiye; no change found for calls 2021–2025 (Programme Guide, Part A, "Eligible countries").',
};
const associated2026Provenance: Provenance = {
  ...associatedProvenance,
  status: 'carried-forward',
  carriedFrom: 2025,
  note: 'No source for call 2026: the association status of calls 2021–2025 is carried forward.',
};
const territoryProvenance: Provenance = {
  sources: [OCT_RULE, EWP_REPORT],
  status: 'single-source',
  note: 'OCTs take part with the status of their Member State (2014–2020 guide; the 2021+ basis, Council Decision (EU) 2021/1764, was not fetched). The lists of outermost regions and OCTs follow TFEU art. 349 and Annex II; they are not sourced from the Programme Guide.',
};
deepFreeze([euProvenance, associatedProvenance, associated2026Provenance, territoryProvenance]);

/** Where a code sits in the programme, independent of call year. */
type Placement =
  | { readonly kind: 'eu-member' }
  | { readonly kind: 'associated' }
  | { readonly kind: 'non-associated'; readonly region: RegionNumber }
  | {
      readonly kind: 'territory';
      readonly memberState: CountryCode;
      readonly territory: Territory;
    };

/** Every canonical code's placement, and every canonical code sorted: built on first use. */
let placed:
  | {
      readonly byCode: Readonly<Record<CountryCode, Placement>>;
      readonly codes: readonly CountryCode[];
    }
  | undefined;

/** The placements of every canonical code (see {@link placed}). */
function placements(): NonNullable<typeof placed> {
  if (placed === undefined) {
    const entries: [CountryCode, Placement][] = [
      ...EU_MEMBER_STATES.map((code): [CountryCode, Placement] => [code, { kind: 'eu-member' }]),
      ...ASSOCIATED_COUNTRIES.map((code): [CountryCode, Placement] => [
        code,
        { kind: 'associated' },
      ]),
      ...Object.entries(REGION_MEMBERS).flatMap(([key, members]) =>
        members.map((code): [CountryCode, Placement] => [
          code,
          { kind: 'non-associated', region: Number(key) as RegionNumber },
        ]),
      ),
      ...Object.entries(TERRITORIES).map(([code, territory]): [CountryCode, Placement] => [
        code as CountryCode,
        { kind: 'territory', ...territory },
      ]),
    ];
    placed = {
      byCode: Object.fromEntries(entries) as Record<CountryCode, Placement>,
      codes: Object.freeze(entries.map(([code]) => code).sort()),
    };
  }
  return placed;
}

const OptionsSchema = lazySchema(() =>
  z.optional(
    z.strictObject({
      locale: z.optional(
        z.string().check(
          z.refine(isLocale, {
            error: (issue) =>
              `Invalid locale ${JSON.stringify(issue.input)}: expected a BCP 47 tag.`,
            params: { code: 'unknown-locale' },
          }),
        ),
      ),
    }),
  ),
);
const parseOptions = makeParser(OptionsSchema, { root: 'options' }).parse;

/** Whether `Intl` accepts a string as a locale tag. */
function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The display name of a code in a locale (falls back to the code if ICU lacks it). */
function nameOf(code: CountryCode, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/**
 * The English infos of every code, one frozen table per call year, built on the first request
 * for that year (six at most: English is the language of every result of the library).
 */
const englishTables = new Map<CallYear, ReadonlyMap<CountryCode, CountryInfo>>();

/**
 * The info of a canonical code for a call year (frozen). Internal and non-validating: for hot
 * paths that already hold a parsed `CountryCode` and a checked `CallYear` (the public entry
 * points are {@link getCountry} and {@link listCountries}).
 */
export function countryInfo(code: CountryCode, callYear: CallYear, locale = 'en'): CountryInfo {
  if (locale !== 'en') return buildInfo(code, callYear, locale);
  let table = englishTables.get(callYear);
  if (table === undefined) {
    table = new Map(placements().codes.map((each) => [each, buildInfo(each, callYear, 'en')]));
    englishTables.set(callYear, table);
  }
  return table.get(code) as CountryInfo;
}

/** Builds the info of a known canonical code for a validated call year and locale. */
function buildInfo(code: CountryCode, callYear: CallYear, locale: string): CountryInfo {
  const placement = placements().byCode[code];
  const name = nameOf(code, locale);
  const livingCostGroup = heCountryGroups(callYear).groups[code];
  const vetSchAduGroup = vetSchAduCountryGroups(callYear).groups[code];
  const groups = {
    ...(livingCostGroup === undefined ? {} : { livingCostGroup }),
    ...(vetSchAduGroup === undefined ? {} : { vetSchAduGroup }),
  };
  switch (placement.kind) {
    case 'eu-member':
      return Object.freeze({
        code,
        name,
        status: 'eu-member',
        ...groups,
        provenance: euProvenance,
      });
    case 'associated':
      return Object.freeze({
        code,
        name,
        status: 'associated',
        ...groups,
        provenance: callYear === 2026 ? associated2026Provenance : associatedProvenance,
      });
    case 'non-associated':
      return Object.freeze({
        code,
        name,
        status: 'non-associated',
        region: placement.region,
        ...groups,
        provenance: regionProvenance(placement.region, code),
      });
    case 'territory':
      return Object.freeze({
        code,
        name,
        status: 'eu-member',
        memberState: placement.memberState,
        territory: placement.territory,
        provenance: territoryProvenance,
      });
  }
}

/**
 * What erasmus-kit knows of a country for a call year: canonical code, name, status, region
 * (non-associated countries), HE living-cost group and VET/school/adult group in force that
 * year, and — for an outermost region or overseas country or territory — its Member State.
 *
 * Codes are ISO 3166-1 alpha-2, in upper or lower case; `EL` (Greece) and `UK` (United
 * Kingdom) are accepted and returned as `GR` and `GB`; Kosovo is `XK`. Outermost regions and
 * OCTs with their own code (`RE`, `GP`, `CW`, `AW`, `GL`, ...) take their Member State's status.
 *
 * @param code - the country code (untrusted input)
 * @param callYear - the call year (2021–2026): groups changed in call 2024
 * @param options - `locale` for the name (default `'en'`)
 * @returns a frozen {@link CountryInfo}
 * @throws InputError naming the code when it is not two letters, or for bad options
 * @throws ErasmusKitError `unknown-country` for two letters that name no country Erasmus+ uses
 *   (`'XX'`)
 * @throws ErasmusKitError `unsupported-call-year` for a call year outside 2021–2026
 *
 * @example
 * ```ts
 * import { getCountry } from 'erasmus-kit';
 * getCountry('DE', 2023).livingCostGroup; // 2
 * getCountry('DE', 2024).livingCostGroup; // 1
 * getCountry('BA', 2024); // { code: 'BA', status: 'non-associated', region: 1, ... }
 * getCountry('EL', 2024).code; // 'GR'
 * getCountry('RE', 2024); // { status: 'eu-member', memberState: 'FR', territory: 'outermost-region', ... }
 * getCountry('DE', 2024, { locale: 'lt' }).name; // 'Vokietija'
 * ```
 */
export function getCountry(
  code: string,
  callYear: CallYear,
  options?: GetCountryOptions,
): CountryInfo {
  const canonical = knownCountryCode(code);
  assertCallYear(callYear);
  const locale = parseOptions(options)?.locale ?? 'en';
  return countryInfo(canonical, callYear, locale);
}

/**
 * The canonical code of a code erasmus-kit knows. Two letters that name no such country throw
 * `unknown-country`; anything else that is not a known code throws an {@link InputError}.
 */
function knownCountryCode(code: unknown): CountryCode {
  if (typeof code === 'string' && COUNTRY_CODE_SHAPE.test(code)) {
    const canonical = canonicalCountryCode(code);
    if (canonical === undefined) throw new ErasmusKitError('unknown-country', { code });
    return canonical;
  }
  return normalizeCountryCode(code);
}

const trySafeGetCountry = toSafe(getCountry, ['unknown-country', 'unsupported-call-year']);

/**
 * The non-throwing twin of {@link getCountry}: `{ success: false, error }` where `getCountry`
 * throws, with the error it would have thrown (`error.code` is `invalid-input`,
 * `unknown-country` or `unsupported-call-year`).
 *
 * @param code - the country code (untrusted input)
 * @param callYear - the call year (2021–2026)
 * @param options - as for {@link getCountry}
 * @returns `{ success: true, data }` with the {@link CountryInfo}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetCountry } from 'erasmus-kit';
 * const known = safeGetCountry('el', 2024);
 * if (known.success) console.log(known.data.code); // 'GR'
 * const unknown = safeGetCountry('XX', 2024);
 * if (!unknown.success) console.log(unknown.error.code); // 'unknown-country'
 * ```
 */
export function safeGetCountry(
  code: string,
  callYear: CallYear,
  options?: GetCountryOptions,
): SafeResult<
  CountryInfo,
  InputError | ErasmusKitError<'unknown-country' | 'unsupported-call-year'>
> {
  return trySafeGetCountry(code, callYear, options);
}

/**
 * Every country and territory erasmus-kit knows, for a call year, sorted by code: the 27 EU
 * Member States, the 6 associated third countries, the non-associated third countries of
 * regions 1–14 (Kosovo as `XK`), and the outermost regions and OCTs that have their own code.
 *
 * @param callYear - the call year (2021–2026)
 * @param options - `locale` for the names (default `'en'`)
 * @returns a frozen array of frozen {@link CountryInfo}
 * @throws ErasmusKitError `unsupported-call-year` for a call year outside 2021–2026
 * @throws InputError for bad options or a call year that is not a whole number
 *
 * @example
 * ```ts
 * import { listCountries } from 'erasmus-kit';
 * const countries = listCountries(2024);
 * countries.filter((c) => c.status === 'associated').length; // 6
 * countries.filter((c) => c.status === 'eu-member' && c.territory === undefined).length; // 27
 * ```
 */
export function listCountries(
  callYear: CallYear,
  options?: GetCountryOptions,
): readonly CountryInfo[] {
  assertCallYear(callYear);
  const locale = parseOptions(options)?.locale ?? 'en';
  return Object.freeze(placements().codes.map((code) => countryInfo(code, callYear, locale)));
}

const trySafeListCountries = toSafe(listCountries, ['unsupported-call-year']);

/**
 * The non-throwing twin of {@link listCountries}: `{ success: false, error }` where
 * `listCountries` throws (`error.code` is `invalid-input` or `unsupported-call-year`).
 *
 * @param callYear - the call year (2021–2026)
 * @param options - as for {@link listCountries}
 * @returns `{ success: true, data }` with the countries, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeListCountries } from 'erasmus-kit';
 * const countries = safeListCountries(2024);
 * if (countries.success) console.log(countries.data.length > 100); // true
 * const result = safeListCountries(2019 as never);
 * if (!result.success) console.log(result.error.code); // 'unsupported-call-year'
 * ```
 */
export function safeListCountries(
  callYear: CallYear,
  options?: GetCountryOptions,
): SafeResult<readonly CountryInfo[], InputError | ErasmusKitError<'unsupported-call-year'>> {
  return trySafeListCountries(callYear, options);
}
