import { describe, expect, it } from 'vitest';
import { CALL_YEARS, isCallYear } from '../../src/_lib/callYear.js';
import { type Figure, isProvisional, usedFigure } from '../../src/_lib/provenance.js';
import { rules2024 } from '../../src/rules/rules2024.js';

describe('provenance and call years', () => {
  it('treats every status but confirmed as provisional', () => {
    expect(isProvisional('confirmed')).toBe(false);
    expect(isProvisional('single-source')).toBe(true);
    expect(isProvisional('conflicting')).toBe(true);
    expect(isProvisional('carried-forward')).toBe(true);
  });

  it('knows the supported call years', () => {
    expect(CALL_YEARS).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(isCallYear(2024)).toBe(true);
    expect(isCallYear(2020)).toBe(false);
    expect(isCallYear('2024')).toBe(false);
  });
});

describe('usedFigure, the one "figure → FigureUsed" conversion (issue 15, "What to build" §3)', () => {
  const figure = rules2024.ka131.traineeshipTopUpMonthly;

  it('reports a pack figure at its path: value, status and the pack’s own sources, frozen', () => {
    const used = usedFigure('ka131.traineeshipTopUpMonthly', figure);
    expect(used).toEqual({
      path: 'ka131.traineeshipTopUpMonthly',
      value: figure.value,
      status: figure.status,
      sources: figure.sources,
    });
    expect(used.sources).toBe(figure.sources);
    expect(Object.isFrozen(used)).toBe(true);
  });

  it('keeps only the fields of a FigureUsed (no note, alternative or derivation)', () => {
    const conflicting: Figure<string> = {
      value: '10.00',
      sources: ['https://erasmus-plus.ec.europa.eu/programme-guide'],
      status: 'conflicting',
      alternative: '12.00',
      note: 'A note.',
    };
    expect(Object.keys(usedFigure('x', conflicting)).sort()).toEqual([
      'path',
      'sources',
      'status',
      'value',
    ]);
  });

  it('reports the value used instead of the figure’s own when given (a range at its reference)', () => {
    const range = rules2024.ka131.studentMonthly[1];
    const used = usedFigure('ka131.studentMonthly.1', range, range.value.reference);
    expect(used.value).toBe(range.value.reference);
    expect(usedFigure('ka131.studentMonthly.1', range).value).toBe(range.value);
  });

  it('computes a new record each time (no cache): equal, not shared', () => {
    const a = usedFigure('ka131.traineeshipTopUpMonthly', figure);
    const b = usedFigure('ka131.traineeshipTopUpMonthly', figure);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
