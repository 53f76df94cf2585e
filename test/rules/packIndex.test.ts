/**
 * Issue 15 §2, "No result caches": "build at most one index per pack … holding … the frozen
 * figure records". The records are made once per pack and results report them as they are.
 */
import { describe, expect, it } from 'vitest';
import { usedFigure } from '../../src/_lib/provenance.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { collectFigures } from '../../src/rules/collectFigures.js';
import { getRules } from '../../src/rules/getRules.js';
import { figureRecord, figureRecordAt, figureRecords } from '../../src/rules/packIndex.js';

describe('the pack index (issue 15 §2)', () => {
  const pack = getRules(2024);

  it('holds one frozen record per figure, as usedFigure makes it (a range at its reference)', () => {
    const entries = collectFigures(pack);
    expect(figureRecords(pack).size).toBe(entries.length);
    for (const { path, figure } of entries) {
      const value = figure.value as { reference?: unknown };
      const expected =
        typeof value === 'object' && value !== null && 'reference' in value
          ? usedFigure(path, figure, value.reference)
          : usedFigure(path, figure);
      expect(figureRecord(pack, path)).toEqual(expected);
      expect(Object.isFrozen(figureRecord(pack, path))).toBe(true);
    }
    expect(figureRecords(pack)).toBe(figureRecords(getRules(2024)));
    expect(figureRecords(getRules(2023))).not.toBe(figureRecords(pack));
  });

  it('finds a record by the keys of its path, and refuses a path that is not a figure', () => {
    const path = 'durations.KA131-HED.student-studies.standard';
    expect(figureRecordAt(pack, ...path.split('.'))).toBe(figureRecord(pack, path));
    expect(() => figureRecordAt(pack, 'durations', 'KA131-HED')).toThrow(/No figure/);
    expect(() => figureRecord(pack, 'durations.nowhere')).toThrow(/No figure/);
  });

  it('is what results report: two results share the records and the provisional-rule warning', () => {
    const mobility = {
      action: 'KA131-HED',
      callYear: 2025,
      activity: 'staff-training',
      sendingCountry: 'PL',
      receivingCountry: 'DE',
      startDate: '2025-05-05',
      endDate: '2025-05-09',
      travel: { distanceKm: 520 },
    } as const;
    const a = calculateGrant(mobility);
    const b = calculateGrant({ ...mobility, endDate: '2025-05-10' });
    const warning = a.eligibility.issues.find((i) => i.code === 'provisional-rule');
    expect(warning?.rule?.figure).toBe(
      figureRecord(getRules(2025), 'durations.KA131-HED.staff-training.standard'),
    );
    expect(b.eligibility.issues).toContain(warning);
    expect(a.lines.at(-1)?.figures[0]).toBe(b.lines.at(-1)?.figures[0]);
  });
});
