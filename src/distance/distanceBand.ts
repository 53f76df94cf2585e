import * as z from 'zod/mini';
import type { CallYear } from '../_lib/callYear.js';
import { callYearSchema } from '../_lib/callYearSchema.js';
import type { MoneyString } from '../_lib/money.js';
import type { FigureUsed } from '../_lib/provenance.js';
import { lazySchema, makeParser, type SafeResult, toSafe, unwrapLazy } from '../_lib/zod.js';
import { getRules } from '../rules/getRules.js';
import { figureRecordAt } from '../rules/packIndex.js';
import type { RulePack, TravelBand } from '../rules/types.js';
import { MOBILITY_ACTIONS, type MobilityAction } from '../rules/vocabulary.js';

/**
 * Options of {@link distanceBand}.
 *
 * @example
 * ```ts
 * import type { DistanceBandOptions } from 'erasmus-kit';
 * const options: DistanceBandOptions = { green: true, action: 'KA122-SCH' };
 * ```
 */
export interface DistanceBandOptions {
  /** Green (sustainable) travel for the main part of the trip. Default `false`. */
  readonly green?: boolean;
  /** The action whose bands apply (KA171 differs in 2021–2023). Default `'KA131-HED'`. */
  readonly action?: MobilityAction;
}

/**
 * The travel band a one-way distance falls in, and what it pays for the return trip.
 *
 * Below the first band (10 km) there is no travel grant: `band` is `null` and `amount` `"0.00"`.
 * When green travel is asked for but the band has no green amount (calls 2021–2023: under 100 km
 * and from 4 000 km), the standard amount is paid and `greenUnavailable` is `true`.
 *
 * @example
 * ```ts
 * import { type DistanceBandResult, distanceBand } from 'erasmus-kit';
 * const result: DistanceBandResult = distanceBand(1050, 2023);
 * result.amount; // '275.00'
 * ```
 */
export interface DistanceBandResult {
  /** The one-way distance given, km. */
  readonly km: number;
  /** The band, or `null` below the first band (no travel grant). */
  readonly band: {
    /** Position of the band in the call year's table (0 = 10–99 km). */
    readonly index: number;
    /** Lower bound, km, inclusive. */
    readonly fromKm: number;
    /** Upper bound, km, exclusive; `null` for the last band. */
    readonly belowKm: number | null;
  } | null;
  /** Whether the green amount is paid. */
  readonly green: boolean;
  /** Green travel was asked for, but the band has no green amount: the standard one is paid. */
  readonly greenUnavailable: boolean;
  /** EUR per participant for the return trip. */
  readonly amount: MoneyString;
  /** The rule-pack figure of the amount (absent below the first band). */
  readonly figure?: FigureUsed;
}

const OptionsSchema = lazySchema(() =>
  z.optional(
    z.strictObject({
      green: z.optional(z.boolean()),
      action: z.optional(z.enum(MOBILITY_ACTIONS)),
    }),
  ),
);

const argsParser = makeParser(
  lazySchema(() =>
    z.tuple([
      z.number().check(z.minimum(0), z.maximum(40_100)),
      callYearSchema(),
      unwrapLazy(OptionsSchema),
    ]),
  ),
  { root: { args: ['km', 'callYear', 'options'] } },
);

/** Describes a band as the Programme Guide prints it: `"500–1999 km"`, `"8000 km or more"`. */
export function describeBand(band: { readonly fromKm: number; readonly belowKm: number | null }) {
  return band.belowKm === null
    ? `${band.fromKm} km or more`
    : `${band.fromKm}–${band.belowKm - 1} km`;
}

/**
 * Finds the band of an already validated distance in a pack. Private to the distance and grants
 * modules (no validation).
 */
export function bandOf(
  pack: RulePack,
  km: number,
  action: MobilityAction,
  green: boolean,
): DistanceBandResult {
  const bands: readonly TravelBand[] = pack.travelBands[action];
  for (let index = 0; index < bands.length; index++) {
    const band = bands[index] as TravelBand;
    if (km < band.fromKm) break;
    if (band.belowKm !== null && km >= band.belowKm) continue;
    const useGreen = green && band.green !== undefined;
    const figure = useGreen && band.green ? band.green : band.standard;
    return {
      km,
      band: { index, fromKm: band.fromKm, belowKm: band.belowKm },
      green: useGreen,
      greenUnavailable: green && !useGreen,
      amount: figure.value,
      figure: figureRecordAt(
        pack,
        'travelBands',
        action,
        `${index}`,
        useGreen ? 'green' : 'standard',
      ),
    };
  }
  return { km, band: null, green: false, greenUnavailable: false, amount: '0.00' };
}

/**
 * The travel unit cost for a one-way distance: the **one-way** distance (as the European
 * Commission's distance calculator prints it, or {@link greatCircleDistanceKm}) chooses the band,
 * and the band's amount pays the **return** trip — do not double the distance. Under 10 km there
 * is no travel grant. Green and standard amounts are alternatives, never added.
 *
 * Amounts come from the call year's rule pack (`travelBands`), with their provenance in `figure`.
 *
 * @param km - one-way distance in km (a finite number, 0–40 100)
 * @param callYear - the call year (2021–2026)
 * @param options - `green` travel, and the `action` (default `'KA131-HED'`)
 * @returns the band and its amount
 * @throws InputError for a negative or non-finite distance, an unsupported call year, or unknown options
 *
 * @example
 * ```ts
 * import { distanceBand } from 'erasmus-kit';
 * // Warsaw–Oslo, 1050 km one way: the 500–1999 km band pays the return trip.
 * distanceBand(1050, 2023).amount; // '275.00'
 * distanceBand(1050, 2024, { green: true }).amount; // '417.00'
 * // Under 10 km there is no travel grant.
 * distanceBand(8, 2024).amount; // '0.00'
 * distanceBand(50, 2022, { action: 'KA171-HED' }).amount; // '20.00'
 * ```
 */
export function distanceBand(
  km: number,
  callYear: CallYear,
  options?: DistanceBandOptions,
): DistanceBandResult {
  const [distance, year, opts] = argsParser.parse([km, callYear, options]);
  return bandOf(getRules(year), distance, opts?.action ?? 'KA131-HED', opts?.green ?? false);
}

const trySafeDistanceBand = toSafe(distanceBand);

/**
 * The non-throwing twin of {@link distanceBand}: `{ success: false, error }` with the
 * {@link InputError} where `distanceBand` throws.
 *
 * @param km - the one-way distance in kilometres
 * @param callYear - the call year (2021–2026)
 * @param options - as for {@link distanceBand}
 * @returns `{ success: true, data }` with the band and its amount, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeDistanceBand } from 'erasmus-kit';
 * const band = safeDistanceBand(1050, 2023);
 * if (band.success) console.log(band.data.amount); // '275.00'
 * const result = safeDistanceBand(-5, 2023);
 * // a negative distance:
 * result.success; // false
 * ```
 */
export function safeDistanceBand(
  km: number,
  callYear: CallYear,
  options?: DistanceBandOptions,
): SafeResult<DistanceBandResult> {
  return trySafeDistanceBand(km, callYear, options);
}
