import { describe, expect, it } from 'vitest';
import { carry, carryForward, fig, isFigure } from '../../src/rules/figureHelpers.js';

const SOURCE = 'https://example.org/source';

describe('figure helpers', () => {
  it('fig builds a figure, isFigure recognises one', () => {
    const f = fig('50.00', [SOURCE], 'confirmed', { note: 'n' });
    expect(f).toEqual({ value: '50.00', sources: [SOURCE], status: 'confirmed', note: 'n' });
    expect(isFigure(f)).toBe(true);
    expect(isFigure({ value: 1, status: 'confirmed', sources: 'x' })).toBe(false);
    expect(isFigure(null)).toBe(false);
    expect(isFigure({ min: 1 })).toBe(false);
  });

  it('carry marks the figure carried-forward from the year it was last sourced', () => {
    const sourced = fig(12, [SOURCE], 'single-source', { note: 'a' });
    const once = carry(sourced, 2024);
    expect(once).toEqual({ ...sourced, status: 'carried-forward', carriedFrom: 2024 });
    const twice = carry(once, 2025);
    expect(twice.carriedFrom).toBe(2024);
    expect(carry(once, 2025, 'b').note).toBe('a b');
    expect(carry(fig(1, [SOURCE], 'confirmed'), 2023, 'only').note).toBe('only');
    expect(sourced.status).toBe('single-source');
    // A derived figure keeps its derivation (corrections §2).
    const derived = fig(170, [SOURCE], 'derived', { derivation: '160 × 1.059' });
    expect(carry(derived, 2024)).toMatchObject({
      status: 'carried-forward',
      derivation: '160 × 1.059',
    });
  });

  it('carryForward carries every figure of a section, keeps the structure', () => {
    const section = {
      bands: [{ fromKm: 10, belowKm: null, standard: fig('28.00', [SOURCE], 'confirmed') }],
      limit: fig({ min: 2, max: 12 }, [SOURCE], 'conflicting', { alternative: 'x' }),
      label: 'kept',
    };
    const carried = carryForward(section, 2024);
    expect(carried.bands[0]?.fromKm).toBe(10);
    expect(carried.bands[0]?.standard.status).toBe('carried-forward');
    expect(carried.limit).toMatchObject({
      status: 'carried-forward',
      carriedFrom: 2024,
      alternative: 'x',
    });
    expect(carried.limit.value).toEqual({ min: 2, max: 12 });
    expect(carried.label).toBe('kept');
  });

  it('carryForward keeps, not copies, what carrying again leaves unchanged', () => {
    const section = {
      bands: [{ fromKm: 10, belowKm: null, standard: fig('28.00', [SOURCE], 'confirmed') }],
      limit: fig(6, [SOURCE], 'single-source'),
    };
    const once = carryForward(section, 2024);
    expect(once).not.toBe(section);
    expect(once.bands).not.toBe(section.bands);
    // Carried again (a later call year), every figure is already carried: the same objects.
    const twice = carryForward(once, 2025);
    expect(twice).toBe(once);
    expect(carry(once.limit, 2025)).toBe(once.limit);
    expect(twice.limit.carriedFrom).toBe(2024);
    // A note to add, or a figure sourced anew, makes a new object along its path only.
    const noted = carryForward(once, 2025, 'still');
    expect(noted.limit.note).toBe('still');
    const mixed = carryForward({ ...once, limit: fig(7, [SOURCE], 'confirmed') }, 2025);
    expect(mixed.bands).toBe(once.bands);
    expect(mixed.limit).toMatchObject({ value: 7, status: 'carried-forward', carriedFrom: 2025 });
  });
});
