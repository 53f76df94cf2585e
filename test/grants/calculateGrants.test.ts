import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { calculateGrants, safeCalculateGrants } from '../../src/grants/calculateGrants.js';
import {
  estimateProjectBudget,
  safeEstimateProjectBudget,
} from '../../src/grants/estimateProjectBudget.js';
import { ProjectInputSchema } from '../../src/grants/ProjectInputSchema.js';
import { parseMobility } from '../../src/mobility/MobilityInputSchema.js';

const staff = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'staff-training',
  sendingCountry: 'RS',
  receivingCountry: 'HR',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
  travel: { distanceKm: 370 },
} as const;

describe('calculateGrants', () => {
  it('equals calculateGrant of each mobility, in order, for raw and pre-parsed input', () => {
    const parsed = parseMobility(staff);
    const inputs = [
      parsed,
      { ...staff, receivingCountry: 'SI' },
      { ...staff, callYear: 2022 },
    ] as const;
    const results = calculateGrants(inputs);
    expect(results.map((r) => r.total)).toEqual([
      (5 * 148 + 211).toFixed(2),
      (5 * 170 + 211).toFixed(2),
      (5 * 140 + 180).toFixed(2),
    ]);
    expect(results).toEqual(inputs.map((m) => calculateGrant(m)));
    expect(calculateGrants([], { rounding: 'total-only' })).toEqual([]);
  });

  it('reports every invalid mobility with its index', () => {
    const bad = [
      staff,
      { ...staff, endDate: '2024-10-01' },
      { ...staff, activity: 'group-mobility' },
    ];
    let error: unknown;
    try {
      calculateGrants(bad as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const paths = (error as InputError).issues.map((i) => i.path[0]);
    expect(paths).toContain(1);
    expect(paths).toContain(2);
    expect(paths).not.toContain(0);
    expect(() => calculateGrants('nope' as never)).toThrow(InputError);
    const safe = safeCalculateGrants(bad as never);
    expect(safe.success).toBe(false);
    expect(safeCalculateGrants([staff]).success).toBe(true);
  });
});

describe('estimateProjectBudget input', () => {
  it('validates each mobility with its full path', () => {
    const result = safeEstimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      counts: [
        {
          participants: 2,
          mobility: {
            ...staff,
            action: undefined,
            callYear: undefined,
            endDate: '2024-10-01',
          } as never,
        },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.path.join('.'))).toContain(
        'counts.0.mobility.endDate',
      );
    }
  });

  it('rejects a mobility of another action or call year, and BIPs outside KA131', () => {
    const mismatch = safeEstimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [{ ...staff, callYear: 2022 } as never],
    });
    expect(mismatch.success).toBe(false);
    if (!mismatch.success) {
      expect(mismatch.error.issues[0]?.path).toEqual(['mobilities', 0, 'callYear']);
      expect(mismatch.error.message).toContain("differs from the project's 2024");
    }
    expect(() =>
      estimateProjectBudget({ action: 'KA122-SCH', callYear: 2024, bips: [{ participants: 12 }] }),
    ).toThrow(/BIPs/);
    expect(() =>
      estimateProjectBudget({ action: 'KA131-HED', callYear: 2024, bips: 3 } as never),
    ).toThrow(InputError);
    expect(() =>
      estimateProjectBudget({
        action: 'KA131-HED',
        callYear: 2024,
        counts: [{ participants: 0, mobility: {} }],
      } as never),
    ).toThrow(InputError);
  });

  it('accepts the action and call year repeated in a template, and an empty project', () => {
    const budget = estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [staff],
    });
    expect(budget.total).toBe((5 * 148 + 211 + 400).toFixed(2));
    const empty = estimateProjectBudget({ action: 'KA131-HED', callYear: 2024 });
    expect(empty).toMatchObject({ total: '0.00', lines: [], groups: [], currency: 'EUR' });
    expect(
      ProjectInputSchema.safeParse({
        action: 'KA131-HED',
        callYear: 2024,
        bips: [{ participants: 18 }],
      }).success,
    ).toBe(true);
  });

  it('applies the rounding option and the rate sheet to every mobility', () => {
    const budget = estimateProjectBudget(
      { action: 'KA131-HED', callYear: 2024, counts: [{ participants: 2, mobility: staff }] },
      { rounding: 'total-only' },
    );
    expect(budget.rules.rounding).toBe('total-only');
    expect(budget.groups[0]?.grant.rules.rounding).toBe('total-only');
  });
});
