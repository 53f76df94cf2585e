/**
 * The cross-field rules of a rule pack, each written once as a zod check: what a figure's
 * provenance must say for its status, and the consistency of ranges, duration limits, travel
 * days, organisational support tiers, travel bands and the pack's `provisional` flag. The
 * schemas of src/rules/ attach them; the zod checks are functions, called by those schemas'
 * builders, so that importing builds nothing.
 *
 * @module
 */
import * as z from 'zod/mini';
import { dec } from '../_lib/decimal.js';
import { collectFigures } from './collectFigures.js';
import type { RulePack, TravelBand } from './types.js';

type Payload<T> = z.core.ParsePayload<T>;

/** The `params` of every issue of a rule pack's own rules. */
const PACK = { code: 'inconsistent-rule-pack' } as const;

function fail<T>(ctx: Payload<T>, path: string, message: string): void {
  ctx.issues.push({
    code: 'custom',
    message,
    input: ctx.value,
    path: [path],
    params: { code: 'inconsistent-rule-pack' },
  });
}

/**
 * `carriedFrom` goes with, and only with, `carried-forward`; a `conflicting` figure names the
 * alternative; `derivation` goes with `derived` figures (and stays on a derived value carried
 * forward).
 */
export function checkProvenance(
  ctx: Payload<{
    status: string;
    carriedFrom?: unknown;
    alternative?: unknown;
    derivation?: unknown;
  }>,
): void {
  const { status, carriedFrom, alternative, derivation } = ctx.value;
  if ((status === 'carried-forward') !== (carriedFrom !== undefined)) {
    fail(ctx, 'carriedFrom', 'carriedFrom is required for, and only for, carried-forward figures');
  }
  if (status === 'conflicting' && alternative === undefined) {
    fail(ctx, 'alternative', 'A conflicting figure must name the alternative');
  }
  if (
    derivation === undefined
      ? status === 'derived'
      : status !== 'derived' && status !== 'carried-forward'
  ) {
    fail(
      ctx,
      'derivation',
      'derivation is required for derived figures, and allowed only on them (or on a derived value carried forward)',
    );
  }
}

/** A range's reference value lies inside the range (compared only when the amounts are valid). */
export function checkReferenceInRange(
  ctx: Payload<{ min?: string | undefined; max?: string | undefined; reference: string }>,
): void {
  // A raw check runs even when a field failed: compare only valid amounts.
  if (ctx.issues.length > 0) return;
  const { min, max, reference } = ctx.value;
  const ref = dec(reference);
  if ((min !== undefined && ref.lt(dec(min))) || (max !== undefined && ref.gt(dec(max)))) {
    fail(ctx, 'reference', 'The reference value must lie inside the range');
  }
}

/** Duration limits: `min` ≤ `max`. */
export const minNotAboveMax = () =>
  z.refine<{ min: number; max: number }>((limits) => limits.min <= limits.max, {
    message: 'min must not exceed max',
    path: ['max'],
    params: PACK,
  });

/** Green travel never funds fewer travel days than standard travel. */
export const greenNotBelowStandard = () =>
  z.refine<{
    standard: { value: number };
    green: { value: number };
  }>((rule) => rule.green.value >= rule.standard.value, {
    message: 'Green travel never funds fewer travel days than standard travel',
    path: ['green'],
    params: PACK,
  });

/** Organisational support: a tier threshold and the amount beyond it go together. */
export const tiersTogether = () =>
  z.refine<{ tierThreshold?: unknown; beyondThreshold?: unknown }>(
    (os) => (os.tierThreshold === undefined) === (os.beyondThreshold === undefined),
    {
      message: 'tierThreshold and beyondThreshold go together',
      path: ['beyondThreshold'],
      params: PACK,
    },
  );

/** Whether bands are contiguous and increasing, the last one open-ended. */
export function bandsAreContiguous(
  bands: readonly Pick<TravelBand, 'fromKm' | 'belowKm'>[],
): boolean {
  return bands.every((band, i) => {
    const isLast = i === bands.length - 1;
    const next = bands[i + 1];
    if (isLast) return band.belowKm === null;
    return band.belowKm !== null && band.belowKm > band.fromKm && next?.fromKm === band.belowKm;
  });
}

/** Travel bands: contiguous and increasing, the last one without upper bound. */
export const contiguousBands = () =>
  z.refine<readonly Pick<TravelBand, 'fromKm' | 'belowKm'>[]>(
    (bands) => bandsAreContiguous(bands),
    {
      message: 'Bands must be contiguous and increasing, the last one without upper bound',
      params: PACK,
    },
  );

/** The pack's `provisional` flag: true exactly when some figure is not confirmed. */
export const provisionalMatchesFigures = () =>
  z.refine<RulePack>(
    (pack) =>
      pack.provisional === collectFigures(pack).some((e) => e.figure.status !== 'confirmed'),
    {
      message: 'provisional must be true exactly when some figure is not confirmed',
      path: ['provisional'],
      params: PACK,
    },
  );
