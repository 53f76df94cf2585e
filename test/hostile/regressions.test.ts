/**
 * The bugs the hostile-input suite found, one test each (fixed in src/messages.ts,
 * src/_lib/showInput.ts, src/rules/vocabulary.ts, src/rules/listFigures.ts and
 * src/rules/RulePackSchema.ts).
 */
import { describe, expect, it } from 'vitest';
import { showInput } from '../../src/_lib/showInput.js';
import { ErasmusKitError, InputError } from '../../src/errors.js';
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
    const cycle: Record<string, unknown> = {};
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
  it('builds unsupported-call-year for an object without a prototype (was a TypeError)', () => {
    const error = caught(() => heCountryGroups(Object.create(null) as never));
    expect(error).toBeInstanceOf(ErasmusKitError);
    expect((error as Error).message).toBe(
      'Call year {} is not supported: rule packs exist for 2021–2026.',
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
    const ka131 = rules2024.ka131 as unknown as Record<string, Record<string, { value: object }>>;
    const studentMonthly = ka131.studentMonthly as Record<string, { value: object }>;
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
