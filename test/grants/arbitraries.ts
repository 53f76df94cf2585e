/**
 * fast-check generators of valid mobilities across actions, activities, call years and
 * destinations (eligible or not), for the grant property tests and the benchmark.
 */
import fc from 'fast-check';
import { addDays } from '../../src/_lib/calendar.js';
import type { IsoDate } from '../../src/_lib/dates.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';

const EUROPE = ['DE', 'FR', 'ES', 'PL', 'SE', 'IT', 'HR', 'RS', 'TR', 'NO', 'CZ', 'PT', 'FI'];
const THIRD = ['US', 'JP', 'BA', 'EG', 'UA', 'MA'];

type Kind =
  | 'he-long'
  | 'he-short'
  | 'he-staff'
  | 'ka171-student'
  | 'ka171-staff'
  | 'vet-learner'
  | 'sch-staff'
  | 'adu-course';

/** The parts of a mobility a property test varies. */
export interface MobilityParts {
  readonly kind: Kind;
  readonly callYear: 2021 | 2022 | 2023 | 2024 | 2025 | 2026;
  readonly sending: string;
  readonly receiving: string;
  readonly startOffset: number;
  readonly days: number;
  readonly travelDays: number;
  readonly distanceKm: number | undefined;
  readonly green: boolean;
  readonly fewerOpportunities: boolean;
  readonly traineeship: boolean;
  readonly zeroGrant: boolean;
  readonly realCost: number | undefined;
  /** Give the distance as coordinates (from/to) instead of `distanceKm`. */
  readonly coordinates: { readonly from: Point; readonly to: Point } | undefined;
}

interface Point {
  readonly lat: number;
  readonly lon: number;
}

const pointArb: fc.Arbitrary<Point> = fc.record({
  lat: fc.double({ min: 30, max: 70, noNaN: true }),
  lon: fc.double({ min: -20, max: 40, noNaN: true }),
});

export const partsArb: fc.Arbitrary<MobilityParts> = fc.record({
  kind: fc.constantFrom<Kind>(
    'he-long',
    'he-short',
    'he-staff',
    'ka171-student',
    'ka171-staff',
    'vet-learner',
    'sch-staff',
    'adu-course',
  ),
  callYear: fc.constantFrom(2021, 2022, 2023, 2024, 2025, 2026),
  sending: fc.constantFrom(...EUROPE),
  receiving: fc.constantFrom(...EUROPE, ...THIRD),
  startOffset: fc.integer({ min: 0, max: 400 }),
  days: fc.integer({ min: 1, max: 200 }),
  travelDays: fc.integer({ min: 0, max: 8 }),
  distanceKm: fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: undefined }),
  green: fc.boolean(),
  fewerOpportunities: fc.boolean(),
  traineeship: fc.boolean(),
  zeroGrant: fc.boolean(),
  realCost: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  // One mobility in ten gives coordinates instead of a distance.
  coordinates: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.record({ from: pointArb, to: pointArb }) },
  ),
});

/** Builds a valid mobility from its parts (ineligible combinations are allowed). */
export function mobilityOf(p: MobilityParts): MobilityInput {
  const start = addDays(`${p.callYear}-03-01` as IsoDate, p.startOffset);
  const endDate = addDays(start, p.days - 1);
  const travel =
    p.coordinates !== undefined
      ? { travel: { ...p.coordinates, green: p.green } }
      : p.distanceKm === undefined
        ? {}
        : {
            travel: {
              distanceKm: p.distanceKm,
              green: p.green,
              ...(p.realCost === undefined ? {} : { realCostEur: p.realCost }),
            },
          };
  const common = {
    callYear: p.callYear,
    startDate: start,
    endDate,
    travelDays: p.travelDays,
    zeroGrant: p.zeroGrant,
    participant: { fewerOpportunities: p.fewerOpportunities },
    ...travel,
  };
  const activity = p.traineeship ? 'student-traineeship' : 'student-studies';
  switch (p.kind) {
    case 'he-long':
      return {
        ...common,
        action: 'KA131-HED',
        activity,
        format: 'long-term',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'he-short':
      return {
        ...common,
        action: 'KA131-HED',
        activity: 'student-studies',
        format: 'short-term',
        blended: true,
        virtualDays: 2,
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'he-staff':
      return {
        ...common,
        action: 'KA131-HED',
        activity: 'staff-training',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'ka171-student':
      return {
        ...common,
        action: 'KA171-HED',
        activity,
        format: 'long-term',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'ka171-staff':
      return {
        ...common,
        action: 'KA171-HED',
        activity: 'staff-teaching',
        sendingCountry: p.receiving,
        receivingCountry: p.sending,
      };
    case 'vet-learner':
      return {
        ...common,
        action: 'KA121-VET',
        activity: 'learner-short-term',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'sch-staff':
      return {
        ...common,
        action: 'KA122-SCH',
        activity: 'staff-job-shadowing',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
    case 'adu-course':
      return {
        ...common,
        action: 'KA122-ADU',
        activity: 'staff-course',
        sendingCountry: p.sending,
        receivingCountry: p.receiving,
      };
  }
}

export const mobilityArb: fc.Arbitrary<MobilityInput> = partsArb.map(mobilityOf);
