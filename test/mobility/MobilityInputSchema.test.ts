import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { IsoDateSchema } from '../../src/_lib/dates.js';
import { InputError } from '../../src/errors.js';
import {
  MobilityInputSchema,
  parseMobility,
  safeParseMobility,
} from '../../src/mobility/MobilityInputSchema.js';

const base = {
  action: 'KA131-HED',
  callYear: 2023,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2023-01-01',
  endDate: '2023-04-15',
} as const;

/**
 * The paths of the problems found in `input`, as dotted strings below the argument (`''` for the
 * mobility itself). Every path starts at `mobility`, the argument's name (issue 15, item 7).
 */
function problemPaths(input: unknown): string[] {
  const result = safeParseMobility(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    expect(issue.path[0]).toBe('mobility');
    return issue.path.slice(1).join('.');
  });
}

function messageOf(input: unknown): string {
  const result = safeParseMobility(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.message;
}

describe('parseMobility: valid input', () => {
  it('returns a new, deeply frozen object and leaves the input alone', () => {
    const input = { ...base, travel: { distanceKm: 1500, green: true, realCostEur: 99.5 } };
    const snapshot = structuredClone(input);
    const mobility = parseMobility(input);
    expect(mobility).not.toBe(input);
    expect(Object.isFrozen(mobility)).toBe(true);
    expect(Object.isFrozen(mobility.travel)).toBe(true);
    expect(input).toEqual(snapshot);
    expect(mobility.travel?.realCostEur).toBe('99.50');
  });

  it.each([
    ['120.5', '120.50'],
    ['0', '0.00'],
    [0, '0.00'],
    [1234.56, '1234.56'],
    ['1234', '1234.00'],
  ] as const)('stores realCostEur %j as the two-place string %s', (value, expected) => {
    expect(parseMobility({ ...base, travel: { realCostEur: value } }).travel?.realCostEur).toBe(
      expected,
    );
  });

  it('accepts coordinates on both ends', () => {
    const travel = { from: { lat: 52.52, lon: 13.4 }, to: { lat: -33.9, lon: 151.2 } };
    expect(parseMobility({ ...base, travel }).travel).toEqual(travel);
  });

  it('accepts every action with one of its own activities', () => {
    const cases = [
      ['KA171-HED', 'staff-teaching'],
      ['KA121-VET', 'learner-long-term'],
      ['KA122-VET', 'staff-job-shadowing'],
      ['KA121-SCH', 'group-mobility'],
      ['KA122-SCH', 'learner-short-term'],
      ['KA121-ADU', 'staff-course'],
      ['KA122-ADU', 'group-mobility'],
    ] as const;
    for (const [action, activity] of cases) {
      const { format: _format, ...rest } = base;
      expect(problemPaths({ ...rest, action, activity }), `${action} ${activity}`).toEqual([]);
    }
  });

  it('has JSON-Schema metadata and converts to a JSON Schema of its input', () => {
    expect(z.globalRegistry.get(MobilityInputSchema)?.description).toContain('Erasmus+');
    const schema = z.toJSONSchema(MobilityInputSchema, { io: 'input', unrepresentable: 'any' });
    const text = JSON.stringify(schema);
    expect(text).toContain('First day of the physical activity');
    expect(text).toContain('"additionalProperties":false');
    // the shared date schema keeps its own (absent) description
    expect(z.globalRegistry.get(IsoDateSchema)?.description).toBeUndefined();
  });
});

describe('parseMobility: bad input gives InputError with each path', () => {
  it('rejects an activity of another action', () => {
    const { format: _format, ...rest } = base;
    const input = { ...rest, action: 'KA122-SCH', activity: 'student-studies' };
    expect(problemPaths(input)).toEqual(['activity']);
    expect(messageOf(input)).toContain('"student-studies" does not exist in KA122-SCH');
    expect(() => parseMobility(input)).toThrow(InputError);
  });

  it('rejects an unknown action', () => {
    expect(problemPaths({ ...base, action: 'KA999' })).toEqual(['action']);
    expect(messageOf({ ...base, action: 'KA999' })).toContain('Unknown action "KA999"');
  });

  it('rejects an unknown activity', () => {
    expect(problemPaths({ ...base, activity: 'student-party' })).toEqual(['activity']);
  });

  it('lists every problem of a badly broken mobility', () => {
    const input = {
      ...base,
      callYear: 2019,
      sendingCountry: 'XX',
      receivingCountry: 3,
      startDate: '2023-02-30',
      endDate: '2023/04/15',
      travelDays: -1,
      interruptionDays: 1.5,
      nonFundedDays: '3',
      zeroGrant: 'no',
      travel: { from: { lat: 91, lon: 0 }, green: 1 },
      participant: { previousMonthsInCycle: -2, graduationDate: '2023-13-01' },
    };
    expect(problemPaths(input).sort()).toEqual(
      [
        'callYear',
        'sendingCountry',
        'receivingCountry',
        'startDate',
        'endDate',
        'travelDays',
        'interruptionDays',
        'nonFundedDays',
        'zeroGrant',
        'travel.from.lat',
        'travel.green',
        'participant.graduationDate',
        'participant.previousMonthsInCycle',
      ].sort(),
    );
    const message = messageOf(input);
    expect(message).toContain('Call year 2019 is not supported');
    expect(message).toContain('→ at mobility.travel.from.lat');
  });

  it.each([
    ['2023-02-29'],
    ['2023-04-31'],
    ['2024-13-01'],
    ['2023-01-01T00:00:00Z'],
    [''],
    [20230101],
  ])('rejects the impossible or malformed date %j', (date) => {
    expect(problemPaths({ ...base, startDate: date })).toEqual(['startDate']);
  });

  it('rejects an end date before the start date, naming both fields once', () => {
    const input = { ...base, startDate: '2023-05-01', endDate: '2023-04-30' };
    expect(problemPaths(input)).toEqual(['endDate']);
    const message = messageOf(input);
    expect(message).toContain('endDate 2023-04-30 is before startDate 2023-05-01');
  });

  it('accepts a one-day mobility (start = end)', () => {
    expect(problemPaths({ ...base, startDate: '2023-05-01', endDate: '2023-05-01' })).toEqual([]);
  });

  it.each([
    ['travelDays', -1],
    ['travelDays', 2.5],
    ['interruptionDays', -3],
    ['nonFundedDays', Number.NaN],
    ['virtualDays', Number.POSITIVE_INFINITY],
    ['travelDays', '2'],
  ])('rejects %s = %j', (key, value) => {
    expect(problemPaths({ ...base, [key]: value })).toEqual([key]);
  });

  it('rejects interruptions longer than the period, and non-funded days beyond what is left', () => {
    // 2023-01-01 → 2023-04-15 is 105 days (30/360)
    expect(problemPaths({ ...base, interruptionDays: 106 })).toEqual(['interruptionDays']);
    expect(problemPaths({ ...base, interruptionDays: 105 })).toEqual([]);
    expect(problemPaths({ ...base, interruptionDays: 100, nonFundedDays: 6 })).toEqual([
      'nonFundedDays',
    ]);
    expect(problemPaths({ ...base, interruptionDays: 100, nonFundedDays: 5 })).toEqual([]);
  });

  it('counts the period by the right method when checking interruptions', () => {
    // 2023-02-01 → 2023-03-31: 60 days long-term (30/360), 59 calendar days for staff
    const period = { startDate: '2023-02-01', endDate: '2023-03-31' };
    expect(problemPaths({ ...base, ...period, interruptionDays: 60 })).toEqual([]);
    const { format: _format, ...staff } = { ...base, activity: 'staff-training' };
    expect(problemPaths({ ...staff, ...period, interruptionDays: 60 })).toEqual([
      'interruptionDays',
    ]);
  });

  it.each([
    [{ sendingCountry: 'XX1' }, 'sendingCountry'],
    [{ sendingCountry: 'XX' }, 'sendingCountry'],
    [{ receivingCountry: 'QQ' }, 'receivingCountry'],
    [{ participant: { residenceCountry: 'ZZ' } }, 'participant.residenceCountry'],
    [{ receivingCountry: '' }, 'receivingCountry'],
    [{ receivingCountry: null }, 'receivingCountry'],
  ])('rejects the malformed country %j', (patch, path) => {
    expect(problemPaths({ ...base, ...patch })).toEqual([path]);
  });

  it('names an unknown country code and normalises aliases and case', () => {
    expect(messageOf({ ...base, receivingCountry: 'XX' })).toContain('Unknown country code "XX"');
    const mobility = parseMobility({ ...base, sendingCountry: 'el', receivingCountry: 'UK' });
    expect([mobility.sendingCountry, mobility.receivingCountry]).toEqual(['GR', 'GB']);
  });

  it('rejects unknown keys, so typos do not pass silently', () => {
    const input = { ...base, interuptionDays: 3 };
    expect(problemPaths(input)).toEqual(['']);
    expect(messageOf(input)).toContain('interuptionDays');
    expect(problemPaths({ ...base, travel: { distance: 10 } })).toEqual(['travel']);
    expect(problemPaths({ ...base, participant: { fewerOpportunity: true } })).toEqual([
      'participant',
    ]);
  });

  it('explains that bip, doctoral and ects belong to higher education', () => {
    const input = {
      action: 'KA121-VET',
      callYear: 2023,
      activity: 'staff-course',
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2023-01-01',
      endDate: '2023-01-05',
      bip: true,
    };
    expect(messageOf(input)).toContain('bip applies to KA131-HED and KA171-HED only');
    expect(messageOf({ ...input, doctoral: false, ects: 3 })).toContain('doctoral, ects apply');
  });

  it('requires a format for student mobility and rejects a format that contradicts the activity', () => {
    const { format: _format, ...noFormat } = base;
    expect(problemPaths(noFormat)).toEqual(['format']);
    expect(problemPaths({ ...base, activity: 'staff-teaching', format: 'long-term' })).toEqual([
      'format',
    ]);
    expect(problemPaths({ ...base, activity: 'staff-teaching', format: 'short-term' })).toEqual([]);
    const vet = { ...noFormat, action: 'KA121-VET', activity: 'learner-long-term' };
    expect(problemPaths({ ...vet, format: 'long-term' })).toEqual([]);
    expect(problemPaths({ ...vet, format: 'short-term' })).toEqual(['format']);
  });

  it('rejects doctoral on a staff mobility', () => {
    const { format: _format, ...rest } = base;
    expect(problemPaths({ ...rest, activity: 'staff-training', doctoral: true })).toEqual([
      'doctoral',
    ]);
  });

  it.each([
    [{ distanceKm: 10, from: { lat: 1, lon: 1 }, to: { lat: 2, lon: 2 } }, ['travel.distanceKm']],
    [{ from: { lat: 1, lon: 1 } }, ['travel.to']],
    [{ to: { lat: 1, lon: 1 } }, ['travel.from']],
    [{ from: { lat: 1, lon: 181 }, to: { lat: 1, lon: 1 } }, ['travel.from.lon']],
    [{ distanceKm: -5 }, ['travel.distanceKm']],
    [{ realCostEur: '12.345' }, ['travel.realCostEur']],
    [{ realCostEur: '-5' }, ['travel.realCostEur']],
    [{ realCostEur: '1e3' }, ['travel.realCostEur']],
    [{ realCostEur: 12.345 }, ['travel.realCostEur']],
    [{ realCostEur: -1 }, ['travel.realCostEur']],
    [{ realCostEur: Number.NaN }, ['travel.realCostEur']],
  ])('rejects the travel %j', (travel, paths) => {
    expect(problemPaths({ ...base, travel })).toEqual(paths);
  });

  it.each([null, undefined, 42, 'KA131', [], {}])(
    'rejects the non-mobility %j with InputError and nothing else',
    (input) => {
      expect(() => parseMobility(input)).toThrow(InputError);
      expect(safeParseMobility(input).success).toBe(false);
    },
  );
});

// Moved from the agreement suite of the deleted fast path (issue 15, item 1): what they said
// about the schema itself.
describe('parseMobility: one path, frozen results (issue 15, item 1)', () => {
  const full = {
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

  it('gives parseMobility and safeParseMobility the same deeply frozen, canonical result', () => {
    const parsed = parseMobility(full);
    // An inherited prototype changes nothing: the same data, the same result.
    const safe = safeParseMobility(Object.assign(Object.create({}), full));
    expect(safe.success && safe.data).toStrictEqual(parsed);
    for (const mobility of [parsed, safe.success ? safe.data : parsed]) {
      expect(Object.isFrozen(mobility)).toBe(true);
      expect(Object.isFrozen(mobility.travel)).toBe(true);
      expect(Object.isFrozen(mobility.travel?.from)).toBe(true);
      expect(Object.isFrozen(mobility.travel?.to)).toBe(true);
      expect(Object.isFrozen(mobility.participant)).toBe(true);
    }
    expect(parsed.receivingCountry).toBe('GR');
    expect(parsed.participant?.residenceCountry).toBe('GB');
    expect(parsed.travel?.realCostEur).toBe('99.50');
  });

  it('returns a mobility it returned before as it is, and a copy of anything else', () => {
    const parsed = parseMobility(full);
    expect(parseMobility(parsed)).toBe(parsed);
    const again = safeParseMobility(parsed);
    expect(again.success && again.data).toBe(parsed);
    // An equal plain copy is validated again and gives a new object.
    const copy = parseMobility(structuredClone(full));
    expect(copy).not.toBe(parsed);
    expect(copy).toStrictEqual(parsed);
  });

  it('reads unusual shapes as the schema says', () => {
    const staff = {
      action: 'KA131-HED',
      callYear: 2023,
      activity: 'staff-teaching',
      sendingCountry: 'DE',
      receivingCountry: 'ES',
      startDate: '2023-05-08',
      endDate: '2023-05-12',
    };
    // A null prototype is plain data; an optional field set to undefined is absent.
    expect(problemPaths(Object.assign(Object.create(null), staff))).toEqual([]);
    expect(problemPaths({ ...staff, format: undefined })).toEqual([]);
    expect(problemPaths({ ...staff, travel: { distanceKm: 10, green: undefined } })).toEqual([]);
    // An inherited enumerable key is a key like any other: unknown, so rejected.
    expect(problemPaths(Object.assign(Object.create({ inherited: 1 }), staff))).toEqual(['']);
    expect(problemPaths([staff])).toEqual(['']);
  });

  it.each([
    [0.1 + 0.2, ['travel.realCostEur']],
    [5e-7, ['travel.realCostEur']],
    [1e12, []],
    [1e12 + 1, ['travel.realCostEur']],
    [-0, []],
  ])('checks the decimals of realCostEur %j by its digits', (realCostEur, paths) => {
    expect(problemPaths({ ...base, travel: { realCostEur } })).toEqual(paths);
  });
});

describe('parseMobility: a malformed field does not hide the cross-field checks (issue 15, item 1)', () => {
  const vet = {
    action: 'KA121-VET',
    callYear: 2023,
    activity: 'learner-short-term',
    format: 'long-term',
    sendingCountry: 'DE',
    receivingCountry: 'ES',
    startDate: '2023-01-01',
    endDate: '2023-01-20',
  };

  it.each([
    [{ endDate: '2023-1-20' }, 'endDate'],
    [{ sendingCountry: 'XX' }, 'sendingCountry'],
    [{ participant: { residenceCountry: 'ZZ' } }, 'participant.residenceCountry'],
  ])('%j: both the field and the format are reported', (patch, path) => {
    expect(problemPaths({ ...vet, ...patch })).toEqual([path, 'format']);
  });

  it('reports the format alone when every field is well formed', () => {
    expect(problemPaths(vet)).toEqual(['format']);
    expect(problemPaths({ ...vet, format: 'short-term' })).toEqual([]);
  });
});
