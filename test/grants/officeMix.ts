/**
 * A mobility list like an office's real one, for the grants benchmark (issue 15, "Speed without
 * copies": at least 90 % of the mobilities eligible and paid). Mostly long-term students and
 * staff within Europe, some short-term and KA171 mobilities, some VET, school and adult ones; a
 * few rows that stop early (a stay too short for its activity, a zero-grant participant).
 */
import fc from 'fast-check';
import { addDays } from '../../src/_lib/calendar.js';
import type { IsoDate } from '../../src/_lib/dates.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';

const EUROPE = ['DE', 'FR', 'ES', 'PL', 'SE', 'IT', 'HR', 'RS', 'TR', 'NO', 'CZ', 'PT', 'FI', 'NL'];
const PARTNERS = ['UA', 'EG', 'MA', 'GE', 'AM', 'BA', 'JO'];

/** What one row of the list is. */
type Kind =
  | 'student-studies'
  | 'student-traineeship'
  | 'student-short'
  | 'staff-teaching'
  | 'staff-training'
  | 'ka171-student'
  | 'ka171-staff'
  | 'vet-learner'
  | 'sch-staff'
  | 'adu-course';

/** How often each kind appears, and the days of its stay (eligible for the kind). */
const KINDS: readonly {
  readonly kind: Kind;
  readonly weight: number;
  readonly days: [number, number];
}[] = [
  { kind: 'student-studies', weight: 30, days: [90, 300] },
  { kind: 'student-traineeship', weight: 10, days: [60, 180] },
  { kind: 'student-short', weight: 8, days: [5, 30] },
  { kind: 'staff-teaching', weight: 12, days: [2, 20] },
  { kind: 'staff-training', weight: 12, days: [2, 20] },
  { kind: 'ka171-student', weight: 4, days: [90, 300] },
  { kind: 'ka171-staff', weight: 4, days: [5, 20] },
  { kind: 'vet-learner', weight: 10, days: [10, 89] },
  { kind: 'sch-staff', weight: 5, days: [2, 20] },
  { kind: 'adu-course', weight: 5, days: [2, 12] },
];

/** The parts of one row. */
interface Row {
  readonly kind: Kind;
  readonly days: number;
  readonly callYear: 2021 | 2022 | 2023 | 2024 | 2025 | 2026;
  readonly sending: string;
  readonly receiving: string;
  readonly partner: string;
  readonly startOffset: number;
  readonly distanceKm: number;
  readonly green: boolean;
  readonly fewerOpportunities: boolean;
  readonly realCost: number | undefined;
  readonly coordinates: boolean;
  /** 0–97: 0 makes the stay one day (too short), 1 makes a zero-grant participant. */
  readonly oddity: number;
}

const rowArb: fc.Arbitrary<Row> = fc
  .oneof(
    ...KINDS.map(({ kind, weight, days }) => ({
      weight,
      arbitrary: fc.record({
        kind: fc.constant(kind),
        days: fc.integer({ min: days[0], max: days[1] }),
      }),
    })),
  )
  .chain(({ kind, days }) =>
    fc.record({
      kind: fc.constant(kind),
      days: fc.constant(days),
      callYear: fc.constantFrom(2021, 2022, 2023, 2024, 2025, 2026),
      sending: fc.constantFrom(...EUROPE),
      receiving: fc.constantFrom(...EUROPE),
      partner: fc.constantFrom(...PARTNERS),
      startOffset: fc.integer({ min: 150, max: 500 }),
      distanceKm: fc.integer({ min: 100, max: 4000 }),
      green: fc.boolean(),
      fewerOpportunities: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      // One mobility in twenty declares a real travel cost (exceptional costs are rare).
      realCost: fc.oneof(
        { weight: 19, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.integer({ min: 100, max: 2500 }) },
      ),
      coordinates: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
      oddity: fc.integer({ min: 0, max: 97 }),
    }),
  );

/** Another European country than `code` (the list has no mobility within one country). */
function other(code: string, instead: string): string {
  return code === instead ? (EUROPE.find((c) => c !== code) as string) : instead;
}

const COORDINATES = { from: { lat: 52.52, lon: 13.4 }, to: { lat: 41.39, lon: 2.17 } };

/** Builds the row's mobility. */
function mobilityOf(r: Row): MobilityInput {
  const start = addDays(`${r.callYear}-01-01` as IsoDate, r.startOffset);
  const days = r.oddity === 0 ? 1 : r.days;
  const endDate = addDays(start, days - 1);
  const travel = r.coordinates
    ? { ...COORDINATES, green: r.green }
    : {
        distanceKm: r.kind.startsWith('ka171') ? r.distanceKm + 1500 : r.distanceKm,
        green: r.green,
        ...(r.realCost === undefined ? {} : { realCostEur: r.realCost }),
      };
  const receiving = other(r.sending, r.receiving);
  const common = {
    callYear: r.callYear,
    startDate: start,
    endDate,
    ...(r.oddity === 1 ? { zeroGrant: true } : {}),
    ...(r.fewerOpportunities ? { participant: { fewerOpportunities: true } } : {}),
    travel,
    sendingCountry: r.sending,
    receivingCountry: receiving,
  };
  switch (r.kind) {
    case 'student-studies':
    case 'student-traineeship':
      return { ...common, action: 'KA131-HED', activity: r.kind, format: 'long-term' };
    case 'student-short':
      return {
        ...common,
        action: 'KA131-HED',
        activity: 'student-studies',
        format: 'short-term',
        blended: true,
        virtualDays: 3,
      };
    case 'staff-teaching':
    case 'staff-training':
      return { ...common, action: 'KA131-HED', activity: r.kind };
    case 'ka171-student':
      return {
        ...common,
        action: 'KA171-HED',
        activity: 'student-studies',
        format: 'long-term',
        sendingCountry: r.partner,
      };
    case 'ka171-staff':
      return {
        ...common,
        action: 'KA171-HED',
        activity: 'staff-teaching',
        sendingCountry: r.partner,
      };
    case 'vet-learner':
      return { ...common, action: 'KA121-VET', activity: 'learner-short-term' };
    case 'sch-staff':
      return { ...common, action: 'KA122-SCH', activity: 'staff-job-shadowing' };
    case 'adu-course':
      return { ...common, action: 'KA122-ADU', activity: 'staff-course' };
  }
}

/** `n` rows of an office's list, the same for the same seed. */
export function officeMix(n: number, seed: number): MobilityInput[] {
  return fc.sample(rowArb.map(mobilityOf), { numRuns: n, seed });
}
