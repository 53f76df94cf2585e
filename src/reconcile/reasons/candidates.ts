/**
 * Private: the families of reasons in the order they are tried and reported, most likely first:
 * day-count convention; interruptions, non-funded days, travel days; rates; top-ups; travel band;
 * zero grant and force majeure; a stale stored value; rounding.
 *
 * @module
 */
import { dayCount } from './dayCount.js';
import { rates } from './rates.js';
import { rounding } from './rounding.js';
import { staleValue } from './staleValue.js';
import { interruptions, nonFundedDays, travelDays } from './stayDays.js';
import { topUps } from './topUps.js';
import { travelBand } from './travelBand.js';
import type { Candidate } from './types.js';
import { forceMajeure, zeroGrant } from './zeroGrant.js';

/** Every family, in order. */
export const CANDIDATES: readonly Candidate[] = [
  dayCount,
  interruptions,
  nonFundedDays,
  travelDays,
  rates,
  topUps,
  travelBand,
  zeroGrant,
  forceMajeure,
  staleValue,
  rounding,
];
