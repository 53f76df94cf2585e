import { describe, expect, it } from 'vitest';
import { ErasmusKitError, InputError } from '../../src/errors.js';
import { getRules } from '../../src/rules/getRules.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2026 } from '../../src/rules/rules2026.js';

describe('getRules', () => {
  it('returns the named packs', () => {
    expect(getRules(2021)).toBe(rules2021);
    expect(getRules(2026)).toBe(rules2026);
  });

  it.each([2019, 2020, 2027, -1, 0])('throws unsupported-call-year for %i', (year) => {
    try {
      getRules(year);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ErasmusKitError);
      expect(error).not.toBeInstanceOf(InputError);
      expect((error as ErasmusKitError).code).toBe('unsupported-call-year');
      expect((error as Error).message).toContain(String(year));
      expect((error as Error).message).toContain('2021–2026');
    }
  });

  it.each(['2024', 2024.5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}])(
    'throws InputError for %s',
    (value) => {
      expect(() => getRules(value)).toThrow(InputError);
    },
  );
});
