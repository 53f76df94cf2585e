import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { fromDayNumber, toDayNumber } from '../../src/_lib/dates.js';
import { parseOptions } from '../../src/_lib/zod.js';
import { fastParseMobility } from '../../src/mobility/fastMobility.js';
import {
  MobilityInputSchema,
  parseMobility,
  safeParseMobility,
} from '../../src/mobility/MobilityInputSchema.js';
import { ACTIVITIES_BY_ACTION, MOBILITY_ACTIONS } from '../../src/rules/vocabulary.js';
import { mobilityArb as grantMobilityArb } from '../grants/arbitraries.js';
import { mobilityArb } from './arbitraries.js';

type Loose = Record<string, unknown> & { startDate?: unknown; endDate?: unknown };

const FIRST = toDayNumber('2021-01-01');
const LAST = toDayNumber('2027-12-31');

/** Valid values mostly, and now and then one the schema rejects or treats specially. */
function mostly<T>(valid: fc.Arbitrary<T>, ...odd: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
  );
}

const country = mostly(
  fc.constantFrom('DE', 'ES', 'FR', 'RS', 'TR', 'US', 'BA', 'RE', 'GB', 'de', 'el', 'EL', 'uk'),
  'XX',
  'D',
  'DEU',
  'ＤＥ',
  7,
);
const date = mostly(
  fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber),
  '2023-02-29',
  '2024-02-29',
  '2023-13-01',
  '2023-1-01',
  '2023-01-01T00:00',
  '0999-12-31',
  '２０２３-01-01',
  '',
  20230101,
);
const dayCount = mostly(fc.integer({ min: 0, max: 40 }), -1, 1.5, -0, 2 ** 53, Number.NaN, '3');
const bool = mostly(fc.boolean(), 'true', 0, null);
const point = mostly(
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  { lat: 91, lon: 0 },
  { lat: 0 },
  { lat: 0, lon: 0, alt: 1 },
  { lat: 0, lon: Number.POSITIVE_INFINITY },
  [0, 0],
);
const euros = mostly(
  fc.oneof(
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100),
    fc.integer({ min: 0, max: 500_000 }).map((cents) => (cents / 100).toString()),
  ),
  '12.345',
  '-1',
  '1e3',
  ' 12',
  12.345,
  1e12,
  1e12 + 1,
  -0,
  '0',
  '000000000001.5',
);

const travel = fc.record(
  {
    distanceKm: mostly(fc.integer({ min: 0, max: 40_100 }), -1, 40_101, 123.45, '100'),
    from: point,
    to: point,
    green: bool,
    realCostEur: euros,
  },
  { requiredKeys: [] },
);

const participant = fc.record(
  {
    fewerOpportunities: bool,
    recentGraduate: bool,
    graduationDate: date,
    residenceCountry: country,
    previousMonthsInCycle: mostly(fc.double({ min: 0, max: 100, noNaN: true }), 100.5, -1),
    previousShortTermDaysInCycle: dayCount,
    singleCycleProgramme: bool,
  },
  { requiredKeys: [] },
);

/** A mobility-like object: every field of the schema, mostly valid, often inconsistent. */
const candidate: fc.Arbitrary<Loose> = fc
  .constantFrom(...MOBILITY_ACTIONS)
  .chain((action) =>
    fc.record(
      {
        action: mostly(fc.constant(action), 'KA999', undefined),
        activity: mostly(
          fc.constantFrom(...(ACTIVITIES_BY_ACTION[action] as readonly string[])),
          'student-studies',
          'group-mobility',
          'nope',
        ),
        callYear: mostly(fc.constantFrom(...CALL_YEARS), 2020, 2027, '2023', 2023.5),
        format: mostly(fc.constantFrom('long-term', 'short-term'), 'medium'),
        blended: bool,
        sendingCountry: country,
        receivingCountry: country,
        startDate: date,
        endDate: date,
        travelDays: dayCount,
        interruptionDays: dayCount,
        nonFundedDays: dayCount,
        virtualDays: dayCount,
        travel: mostly(travel, null, 'by train', []),
        participant: mostly(participant, null, 5),
        zeroGrant: bool,
        forceMajeure: bool,
        bip: bool,
        doctoral: bool,
        ects: mostly(fc.integer({ min: 0, max: 120 }), 121, -1, 7.5),
      },
      { requiredKeys: [] },
    ),
  )
  .map((object) => {
    // Start and end close together, most of the time, so that durations are realistic.
    const out: Loose = { ...object };
    const start = out.startDate;
    const end = out.endDate;
    const startDay = typeof start === 'string' ? toDayNumberOrNull(start) : null;
    if (startDay !== null && typeof end === 'string' && toDayNumberOrNull(end) !== null) {
      out.endDate = fromDayNumber(startDay + Number.parseInt(end.slice(8), 10) * 3);
    }
    return out;
  });

function toDayNumberOrNull(date: string): number | null {
  try {
    return toDayNumber(date as never);
  } catch {
    return null;
  }
}

const MUTABLE_KEYS = [
  'action',
  'activity',
  'callYear',
  'format',
  'blended',
  'sendingCountry',
  'receivingCountry',
  'startDate',
  'endDate',
  'travelDays',
  'interruptionDays',
  'nonFundedDays',
  'virtualDays',
  'zeroGrant',
  'forceMajeure',
  'bip',
  'doctoral',
  'ects',
  'travel',
  'participant',
  'extra',
  'travel.distanceKm',
  'travel.from',
  'travel.to',
  'travel.green',
  'travel.realCostEur',
  'travel.extra',
  'participant.fewerOpportunities',
  'participant.recentGraduate',
  'participant.graduationDate',
  'participant.residenceCountry',
  'participant.previousMonthsInCycle',
  'participant.previousShortTermDaysInCycle',
  'participant.singleCycleProgramme',
  'participant.extra',
] as const;

/** Values on both sides of the schema's limits, of the right and the wrong types. */
const MUTATION_VALUES: readonly unknown[] = [
  undefined,
  null,
  0,
  -0,
  -1,
  1.5,
  0.005,
  12.34,
  100,
  100.5,
  120,
  121,
  365,
  10_000,
  40_100,
  40_101,
  1e12,
  1e12 + 1,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2021,
  2026,
  2027,
  '',
  'x',
  '12.345',
  '120.5',
  '1e3',
  'short-term',
  'long-term',
  'KA122-SCH',
  'staff-teaching',
  'learner-long-term',
  '2023-02-30',
  '2024-02-29',
  '2021-01-01',
  '2027-12-31',
  'de',
  'XX',
  true,
  false,
  {},
  [],
  { lat: 90, lon: 180 },
  { lat: 90.5, lon: 0 },
  { lat: 0, lon: -181 },
  { lat: -90.5, lon: 0 },
  { lat: 0, lon: 180.5 },
  { lat: -90, lon: -180 },
  { lat: 0, lon: 0, alt: 0 },
  { lat: 0 },
  { green: true, distanceKm: 10, from: { lat: 1, lon: 1 } },
  { from: { lat: 1, lon: 1 } },
  { fewerOpportunities: 'yes' },
];

/** Valid mobilities, then one to three changes that may or may not break them. */
const mutated: fc.Arbitrary<Loose> = fc
  .tuple(
    fc.oneof(mobilityArb, grantMobilityArb),
    fc.array(
      fc.tuple(fc.constantFrom(...MUTABLE_KEYS), fc.constantFrom(...MUTATION_VALUES), fc.boolean()),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([mobility, changes]) => {
    const out: Loose = { ...(mobility as Loose) };
    for (const [path, value, remove] of changes) {
      const [head, key] = path.split('.') as [string, string | undefined];
      let target = out;
      if (key !== undefined) {
        const inner = out[head];
        target = typeof inner === 'object' && inner !== null ? { ...(inner as Loose) } : {};
        out[head] = target;
      }
      const name = key ?? head;
      if (remove) delete target[name];
      else target[name] = value;
    }
    return out;
  });

/** The fast path's verdict checked against the schema's. */
function agrees(input: unknown): { accepted: boolean; valid: boolean } {
  const fast = fastParseMobility(input);
  const parsed = MobilityInputSchema.safeParse(input, parseOptions());
  if (fast !== undefined) {
    // Whatever the fast path accepts, the schema accepts, with the same object (keys in the same
    // order, as JSON shows).
    expect(parsed.success).toBe(true);
    expect(fast).toStrictEqual(parsed.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
  }
  return { accepted: fast !== undefined, valid: parsed.success };
}

describe('fast path for mobilities', () => {
  it('accepts nothing the schema rejects, and returns what the schema returns', () => {
    let accepted = 0;
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(candidate, mutated, mutated, grantMobilityArb), (input) => {
        const verdict = agrees(input);
        runs += 1;
        if (verdict.accepted) accepted += 1;
        if (verdict.valid) valid += 1;
      }),
      { numRuns: 4000 },
    );
    // Both valid and invalid inputs were generated, and most valid ones took the fast path.
    expect(valid).toBeGreaterThan(runs * 0.2);
    expect(runs - valid).toBeGreaterThan(runs * 0.2);
    expect(accepted).toBeGreaterThan(valid * 0.8);
  }, 30_000);

  it('agrees with the schema on every single change of a few full mobilities', () => {
    const bases: Loose[] = [
      {
        action: 'KA131-HED',
        activity: 'student-studies',
        callYear: 2024,
        format: 'short-term',
        blended: true,
        sendingCountry: 'DE',
        receivingCountry: 'ES',
        startDate: '2024-03-04',
        endDate: '2024-03-15',
        travelDays: 2,
        interruptionDays: 1,
        nonFundedDays: 1,
        virtualDays: 3,
        travel: { from: { lat: 52.5, lon: 13.4 }, to: { lat: 40.4, lon: -3.7 }, green: true },
        participant: {
          fewerOpportunities: true,
          recentGraduate: false,
          graduationDate: '2023-07-01',
          residenceCountry: 'DE',
          previousMonthsInCycle: 2.5,
          previousShortTermDaysInCycle: 10,
          singleCycleProgramme: false,
        },
        zeroGrant: false,
        forceMajeure: false,
        bip: false,
        doctoral: true,
        ects: 3,
      },
      {
        action: 'KA122-VET',
        activity: 'learner-long-term',
        callYear: 2022,
        format: 'long-term',
        sendingCountry: 'PL',
        receivingCountry: 'PT',
        startDate: '2022-09-01',
        endDate: '2022-12-20',
        travel: { distanceKm: 2500, green: false, realCostEur: '410.5' },
      },
    ];
    let cases = 0;
    for (const base of bases) {
      for (const path of MUTABLE_KEYS) {
        for (const value of MUTATION_VALUES) {
          for (const remove of [false, true]) {
            const out: Loose = { ...base };
            const [head, key] = path.split('.') as [string, string | undefined];
            let target = out;
            if (key !== undefined) {
              const inner = out[head];
              target = typeof inner === 'object' && inner !== null ? { ...(inner as Loose) } : {};
              out[head] = target;
            }
            if (remove) delete target[key ?? head];
            else target[key ?? head] = value;
            agrees(out);
            cases += 1;
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(5000);
  });

  it('accepts every generated plain valid mobility', () => {
    fc.assert(
      fc.property(fc.oneof(mobilityArb, grantMobilityArb), (input) => {
        expect(agrees(input).accepted).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves unusual shapes to the schema', () => {
    const base = {
      action: 'KA131-HED',
      callYear: 2023,
      activity: 'staff-teaching',
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2023-05-08',
      endDate: '2023-05-12',
    };
    expect(fastParseMobility(base)).toEqual(base);
    class Box {
      constructor(readonly value: unknown) {}
    }
    for (const odd of [
      Object.assign(Object.create({ inherited: 1 }), base),
      { ...base, format: undefined },
      { ...base, travel: { distanceKm: 10, green: undefined } },
      { ...base, participant: { recentGraduate: undefined } },
      { ...base, travel: Object.assign(Object.create({ x: 1 }), { green: true }) },
      { ...base, travel: { from: new Box(1), to: { lat: 0, lon: 0 } } },
      [base],
      'KA131-HED',
      null,
    ]) {
      expect(fastParseMobility(odd)).toBeUndefined();
      agrees(odd);
    }
    // A null-prototype object is plain: taken by the fast path.
    const bare = Object.assign(Object.create(null), base);
    expect(fastParseMobility(bare)).toEqual(base);
    agrees(bare);
  });

  it('gives parseMobility and safeParseMobility the same frozen result on both paths', () => {
    const input = {
      action: 'KA131-HED',
      callYear: 2024,
      activity: 'student-traineeship',
      format: 'long-term',
      sendingCountry: 'rs',
      receivingCountry: 'el',
      startDate: '2024-09-15',
      endDate: '2024-12-14',
      travel: { from: { lat: 44.8, lon: 20.5 }, to: { lat: 37.98, lon: 23.73 }, realCostEur: 99.5 },
      participant: { fewerOpportunities: true, residenceCountry: 'uk' },
    };
    const fast = parseMobility(input);
    // An inherited prototype sends the same data through the schema.
    const slow = safeParseMobility(Object.assign(Object.create({}), input));
    expect(slow.success && slow.data).toStrictEqual(fast);
    for (const mobility of [fast, slow.success ? slow.data : fast]) {
      expect(Object.isFrozen(mobility)).toBe(true);
      expect(Object.isFrozen(mobility.travel)).toBe(true);
      expect(Object.isFrozen(mobility.travel?.from)).toBe(true);
      expect(Object.isFrozen(mobility.travel?.to)).toBe(true);
      expect(Object.isFrozen(mobility.participant)).toBe(true);
    }
    expect(fast.receivingCountry).toBe('GR');
    expect(fast.participant?.residenceCountry).toBe('GB');
    expect(fast.travel?.realCostEur).toBe('99.50');
  });
});
