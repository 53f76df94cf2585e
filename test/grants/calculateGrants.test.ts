import { describe, expect, it } from 'vitest';
import type { SafeResult } from '../../src/_lib/zod.js';
import { InputError } from '../../src/errors.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { calculateGrants, safeCalculateGrants } from '../../src/grants/calculateGrants.js';
import {
  estimateProjectBudget,
  safeEstimateProjectBudget,
} from '../../src/grants/estimateProjectBudget.js';
import { ProjectInputSchema } from '../../src/grants/ProjectInputSchema.js';
import type { GrantResult } from '../../src/grants/types.js';
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

/** The grant of a successful batch item (fails the test otherwise). */
function dataOf(item: SafeResult<GrantResult> | undefined): GrantResult {
  if (!item?.success) throw new Error(`expected a success, got ${JSON.stringify(item)}`);
  return item.data;
}

describe('calculateGrants', () => {
  it('equals calculateGrant of each mobility, in order, for raw and pre-parsed input', () => {
    const parsed = parseMobility(staff);
    const inputs = [
      parsed,
      { ...staff, receivingCountry: 'SI' },
      { ...staff, callYear: 2022 },
    ] as const;
    const results = calculateGrants(inputs);
    expect(results.every((r) => r.success)).toBe(true);
    expect(results.map((r) => dataOf(r).total)).toEqual([
      (5 * 148 + 211).toFixed(2),
      (5 * 170 + 211).toFixed(2),
      (5 * 140 + 180).toFixed(2),
    ]);
    expect(results).toEqual(inputs.map((m) => ({ success: true, data: calculateGrant(m) })));
    expect(calculateGrants([], { rounding: 'total-only' })).toEqual([]);
  });

  // issue 14, results that must not mislead: one bad row does not sink a batch
  it('gives every valid mobility its result and every invalid one its own error, in order', () => {
    const batch = [
      staff,
      { ...staff, endDate: '2024-10-01' },
      { ...staff, receivingCountry: 'SI' },
      { ...staff, activity: 'group-mobility' },
      parseMobility(staff),
    ];
    const results = calculateGrants(batch as never);
    expect(results.map((r) => r.success)).toEqual([true, false, true, false, true]);
    expect(dataOf(results[0])).toEqual(calculateGrant(staff));
    expect(dataOf(results[2]).total).toBe((5 * 170 + 211).toFixed(2));
    expect(dataOf(results[4])).toEqual(calculateGrant(staff));
    for (const index of [1, 3]) {
      const item = results[index];
      expect(item?.success).toBe(false);
      if (item?.success === false) {
        expect(item.error).toBeInstanceOf(InputError);
        // Every issue of the row, and only of that row, under `mobilities` and its index
        // (issue 15, item 7).
        expect(
          item.error.issues.every(
            (issue) => issue.path[0] === 'mobilities' && issue.path[1] === index,
          ),
        ).toBe(true);
      }
    }
    const endDate = results[1];
    if (endDate?.success === false) {
      expect(endDate.error.issues.map((i) => i.path)).toContainEqual(['mobilities', 1, 'endDate']);
    }
    // 200 mobilities with one typo: 199 results and one error.
    const office = Array.from({ length: 200 }, (_, i) =>
      i === 137 ? { ...staff, startDate: '2024-10-7' } : staff,
    );
    const many = calculateGrants(office);
    expect(many.filter((r) => r.success)).toHaveLength(199);
    expect(many.findIndex((r) => !r.success)).toBe(137);
  });

  it('still throws for a list that is not an array and for bad options; safeCalculateGrants returns them', () => {
    expect(() => calculateGrants('nope' as never)).toThrow(InputError);
    expect(() => calculateGrants([staff], { rounding: 'sometimes' } as never)).toThrow(InputError);
    expect(safeCalculateGrants('nope' as never).success).toBe(false);
    expect(safeCalculateGrants([staff], { rounding: 'sometimes' } as never).success).toBe(false);
    const safe = safeCalculateGrants([staff, { ...staff, endDate: 'x' }] as never);
    expect(safe.success).toBe(true);
    if (safe.success) expect(safe.data.map((r) => r.success)).toEqual([true, false]);
  });
});

describe('estimateProjectBudget input', () => {
  // issue 14, results that must not mislead: one invalid entry does not sink a budget
  it('reports an invalid entry with its full path, computes the rest, and is incomplete', () => {
    const template = { ...staff, action: undefined, callYear: undefined };
    const budget = estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [template as never],
      counts: [
        { participants: 2, mobility: { ...template, endDate: '2024-10-01' } as never },
        { participants: 3, mobility: template as never },
      ],
    });
    expect(budget.complete).toBe(false);
    expect(budget.incomplete).toHaveLength(1);
    const [entry] = budget.incomplete;
    expect(entry).toMatchObject({ source: 'count', index: 0, missing: [] });
    expect(entry?.error).toBeInstanceOf(InputError);
    expect(entry?.error?.issues.map((i) => i.path.join('.'))).toContain(
      'project.counts.0.mobility.endDate',
    );
    // The valid entries are computed: 1 + 3 participants.
    expect(budget.groups.map((g) => [g.source, g.index, g.participants])).toEqual([
      ['mobility', 0, 1],
      ['count', 1, 3],
    ]);
    expect(budget.participants.total).toBe(4);
    expect(budget.total).toBe((4 * (5 * 148 + 211) + 4 * 400).toFixed(2));
  });

  it('reports a mobility of another action or call year, and a bad count, as entry errors', () => {
    const budget = estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [{ ...staff, callYear: 2022 } as never, 'not a mobility' as never],
      counts: [{ participants: 0, mobility: {} } as never],
    });
    expect(budget.complete).toBe(false);
    expect(budget.groups).toEqual([]);
    const paths = budget.incomplete.map((e) => e.error?.issues[0]?.path);
    expect(paths).toEqual([
      ['project', 'mobilities', 0, 'callYear'],
      ['project', 'mobilities', 1],
      ['project', 'counts', 0, 'participants'],
    ]);
    expect(budget.incomplete[0]?.error?.message).toContain("differs from the project's 2024");
  });

  it('still throws for an invalid project itself', () => {
    expect(() =>
      estimateProjectBudget({ action: 'KA122-SCH', callYear: 2024, bips: [{ participants: 12 }] }),
    ).toThrow(/BIPs/);
    expect(() =>
      estimateProjectBudget({ action: 'KA131-HED', callYear: 2024, bips: 3 } as never),
    ).toThrow(InputError);
    expect(() =>
      estimateProjectBudget({ action: 'KA131-HED', callYear: 2024, mobilities: 3 } as never),
    ).toThrow(InputError);
    expect(
      safeEstimateProjectBudget({ action: 'KA131-HED', callYear: 2019 } as never).success,
    ).toBe(false);
  });

  it('the schema itself still rejects a project with an invalid entry', () => {
    const result = ProjectInputSchema.safeParse({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [{ ...staff, callYear: 2022 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['mobilities', 0, 'callYear']);
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
