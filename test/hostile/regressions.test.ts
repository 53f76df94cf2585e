/**
 * The bugs the hostile-input suite found, one test each (fixed in src/messages.ts,
 * src/_lib/showInput.ts, src/rules/vocabulary.ts, src/rules/listFigures.ts and
 * src/rules/RulePackSchema.ts).
 */
import { describe, expect, it } from 'vitest';
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { showInput } from '../../src/_lib/showInput.js';
import { InputError } from '../../src/errors.js';
import * as kit from '../../src/index.js';
import { round4 } from '../../src/indicators/compareToTarget.js';
import { evaluateIndicator } from '../../src/indicators/evaluateIndicator.js';
import type { Indicator } from '../../src/indicators/indicatorTypes.js';
import { getAction } from '../../src/programme/actions.js';
import { normalizeCountryCode } from '../../src/programme/CountryCodeSchema.js';
import { heCountryGroups } from '../../src/programme/countryGroups.js';
import { listFigures } from '../../src/rules/listFigures.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { isActivityOf } from '../../src/rules/vocabulary.js';

const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('showInput', () => {
  it('shows JSON values as JSON', () => {
    expect(showInput('XX')).toBe('"XX"');
    expect(showInput(2019)).toBe('2019');
    expect(showInput({ a: [1, null] })).toBe('{"a":[1,null]}');
  });

  it('shows what JSON cannot: BigInt, undefined, functions, symbols, cycles, bad proxies', () => {
    expect(showInput(12n)).toBe('12n');
    expect(showInput({ year: 12n })).toBe('{"year":"12n"}');
    expect(showInput(undefined)).toBe('undefined');
    expect(showInput(Symbol('s'))).toBe('Symbol(s)');
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(showInput(cycle)).toBe('[object that is not JSON]');
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(showInput(hostile)).toBe('[object that is not JSON]');
    expect(showInput(Object.create(null))).toBe('{}');
  });

  it('cuts long inputs to 80 characters', () => {
    const shown = showInput('x'.repeat(1_000_000));
    expect(shown).toHaveLength(80);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('messages with hostile details', () => {
  // Issue 15 item 7: a call year that is not a number is an InputError saying what was received.
  it('builds an InputError for a call year that is an object without a prototype (was a TypeError)', () => {
    const error = caught(() => heCountryGroups(Object.create(null) as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.message).toBe(
      'callYear must be a number; got an object',
    );
  });

  it('builds unknown-country and unknown-action for a BigInt (was a TypeError)', () => {
    const country = caught(() => normalizeCountryCode(7n as never));
    expect(country).toBeInstanceOf(InputError);
    expect((country as Error).message).toContain('Unknown country code 7n');
    const action = caught(() => getAction(7n as never));
    expect(action).toBeInstanceOf(InputError);
    expect((action as Error).message).toContain('Unknown action code 7n');
  });
});

describe('isActivityOf with an unknown action', () => {
  it('answers false for prototype keys and non-strings (was a TypeError)', () => {
    for (const action of ['__proto__', 'constructor', 'toString', 'KA999', 42, null, {}]) {
      expect(isActivityOf(action as never, 'student-studies')).toBe(false);
    }
    expect(isActivityOf('KA131-HED', 'student-studies')).toBe(true);
  });
});

describe('listFigures validates its pack', () => {
  it('throws InputError for something that is not a pack (was a TypeError)', () => {
    expect(caught(() => listFigures({} as never))).toBeInstanceOf(InputError);
    expect(caught(() => listFigures(null as never))).toBeInstanceOf(InputError);
  });

  it('throws InputError, not a DecimalError, for a range whose bound is not an amount', () => {
    const ka131 = rules2024.ka131 as unknown as { studentMonthly: Record<string, object> };
    const studentMonthly = ka131.studentMonthly;
    const first = studentMonthly['1'] as { value: object };
    const broken = {
      ...rules2024,
      ka131: {
        ...ka131,
        studentMonthly: { ...studentMonthly, 1: { ...first, value: { ...first.value, min: 'x' } } },
      },
    };
    const error = caught(() => listFigures(broken as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.path).toEqual([
      'pack', // issue 15 item 7: paths start at the argument's name
      'ka131',
      'studentMonthly',
      '1',
      'value',
      'min',
    ]);
  });

  it('still lists the figures of a real pack', () => {
    expect(listFigures(rules2024).length).toBeGreaterThan(100);
  });
});

describe('indicator results with huge actuals', () => {
  it('round4 keeps huge finite values finite (was Infinity above 1.8e304)', () => {
    expect(round4(1.0786158809173896e306)).toBe(1.0786158809173896e306);
    expect(round4(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
    expect(round4(1.23456)).toBe(1.2346);
  });

  it('evaluates a per-unit actual of 1e306 without an Infinity in the result', () => {
    const indicator = seed001Plan.goals
      .flatMap((goal) => goal.objectives ?? [])
      .flatMap((objective) => objective.actions ?? [])
      .flatMap((action) => action.indicators ?? [])
      .find((i) => i.id === '2.3.5');
    expect(indicator?.kind).toBe('per-unit');
    const actuals = seed001Actuals.map((actual) =>
      actual.indicatorId === '2.3.5' && actual.year === 2019
        ? { ...actual, perUnit: { amount: 1.0786158809173896e306, units: 60, unitsShort: 0 } }
        : actual,
    );
    const evaluation = evaluateIndicator(indicator as Indicator, actuals, { asOf: seed001AsOf });
    const year = evaluation.years.find((y) => y.year === 2019);
    expect(Number.isFinite(year?.variance)).toBe(true);
    expect(Number.isFinite(year?.achievementRatio)).toBe(true);
  });
});

describe('messages show any input without throwing (BigInt, cycles)', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  it.each([
    ['parseMobility', () => kit.parseMobility({ action: 1n })],
    [
      'parseMobility (activity)',
      () => kit.parseMobility({ action: 'KA131-HED', activity: cyclic }),
    ],
    ['distanceBand', () => kit.distanceBand(1, 1n as never)],
    ['estimateProjectBudget', () => kit.estimateProjectBudget({ callYear: 1n } as never)],
  ])('%s throws InputError', (_name, call) => {
    expect(call).toThrow(kit.InputError);
  });
});
