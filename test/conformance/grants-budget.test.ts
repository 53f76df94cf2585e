/**
 * Conformance tests for project budgets: organisational support, BIP organisational support and
 * inclusion support for organisations, from the Programme Guide funding rules of each call year
 * (Part B, the mobility-project sections of higher education and of VET, school and adult
 * education) and the rule packs' figures (docs/rules/<year>.md). Expectations are hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { estimateProjectBudget } from '../../src/grants/estimateProjectBudget.js';
import type { MobilityTemplate } from '../../src/grants/ProjectInputSchema.js';

const eur = (n: number) => n.toFixed(2);

const zeroGrantStaff: MobilityTemplate = {
  activity: 'staff-training',
  sendingCountry: 'RS',
  receivingCountry: 'HR',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
  zeroGrant: true,
};

function osOf(participants: number, callYear: 2021 | 2024 = 2024) {
  const budget = estimateProjectBudget({
    action: 'KA131-HED',
    callYear,
    counts: [
      {
        participants,
        mobility: {
          ...zeroGrantStaff,
          startDate: `${callYear}-10-07`,
          endDate: `${callYear}-10-11`,
        },
      },
    ],
  });
  return budget;
}

describe('KA131 organisational support', () => {
  it('D9: 130 participants in call 2024 → 100 × 400 + 30 × 230 = 46900.00 (zero-grant participants count)', () => {
    const budget = osOf(130);
    const os = budget.lines.find((l) => l.kind === 'organisational-support');
    expect(os?.amount).toBe(eur(100 * 400 + 30 * 230));
    expect(os?.amount).toBe('46900.00');
    expect(os?.quantity).toBe(130);
    expect(os?.basis).toBe('100 participants × €400.00 + 30 participants × €230.00');
    expect(budget.total).toBe('46900.00');
    expect(budget.participants).toEqual({ total: 130, eligible: 130, zeroGrant: 130 });
    expect(budget.rules.provisional).toBe(false);
    // issue 14, results that must not mislead: zero-grant grants are complete, so is the budget
    expect(budget.complete).toBe(true);
    expect(budget.incomplete).toEqual([]);
    expect(budget.missing).toEqual([]);
  });

  it.each([
    [1, 400],
    [100, 100 * 400],
    [101, 100 * 400 + 230],
    [250, 100 * 400 + 150 * 230],
  ])('%i participants → %i', (n, expected) => {
    expect(osOf(n).lines.find((l) => l.kind === 'organisational-support')?.amount).toBe(
      eur(expected),
    );
  });

  it('call 2021 uses the 2024 figures, assumed and flagged as not confirmed', () => {
    const budget = osOf(10, 2021);
    expect(budget.lines.find((l) => l.kind === 'organisational-support')?.amount).toBe('4000.00');
    expect(budget.rules.provisional).toBe(true);
    expect(budget.warnings.map((w) => w.code)).toContain('provisional-figure');
  });

  it('mobility grants and organisational support add up, ineligible mobilities count for nothing', () => {
    const budget = estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2024,
      mobilities: [
        {
          activity: 'staff-teaching',
          sendingCountry: 'PL',
          receivingCountry: 'PT',
          startDate: '2024-05-06',
          endDate: '2024-05-10',
          travel: { distanceKm: 2750 },
        },
        {
          // 1 month 25 days: too short, not eligible
          activity: 'student-studies',
          format: 'long-term',
          sendingCountry: 'PL',
          receivingCountry: 'PT',
          startDate: '2024-02-01',
          endDate: '2024-03-25',
        },
      ],
      counts: [
        {
          participants: 3,
          label: 'traineeships in Austria',
          mobility: {
            activity: 'student-traineeship',
            format: 'long-term',
            sendingCountry: 'RS',
            receivingCountry: 'AT',
            startDate: '2024-07-01',
            endDate: '2024-09-30',
            travel: { distanceKm: 490 },
          },
        },
      ],
      inclusionSupportParticipants: 2,
    });
    // Staff: 5 × 170 + 395. Trainees (reference 674): 3 × (3 × 674 + 3 × 150 + 211).
    const staff = 5 * 170 + 395;
    const trainee = 3 * 674 + 3 * 150 + 211;
    const kinds = Object.fromEntries(budget.lines.map((l) => [l.kind, l.amount]));
    expect(kinds).toEqual({
      'individual-support': eur(5 * 170 + 3 * 3 * 674),
      travel: eur(395 + 3 * 211),
      'traineeship-top-up': eur(3 * 3 * 150),
      'organisational-support': eur(4 * 400),
      'inclusion-support-organisations': eur(2 * 125),
    });
    expect(budget.total).toBe(eur(staff + 3 * trainee + 4 * 400 + 2 * 125));
    expect(budget.participants).toEqual({ total: 5, eligible: 4, zeroGrant: 0 });
    expect(budget.groups.map((g) => [g.source, g.index, g.participants])).toEqual([
      ['mobility', 0, 1],
      ['mobility', 1, 1],
      ['count', 0, 3],
    ]);
    expect(budget.groups[2]?.label).toBe('traineeships in Austria');
    expect(budget.groups[2]?.amount).toBe(eur(3 * trainee));
    expect(budget.groups[1]?.grant.total).toBe('0.00');
    expect(budget.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['reference-values', 'ineligible']),
    );
  });
});

describe('BIP organisational support', () => {
  const bips = (callYear: 2022 | 2024, participants: number[]) =>
    estimateProjectBudget({
      action: 'KA131-HED',
      callYear,
      bips: participants.map((n) => ({ participants: n })),
    });

  it('call 2022: 15–20 participants at 400 → 6000–8000 per BIP; more than 20 count as 20', () => {
    const budget = bips(2022, [15, 25]);
    const line = budget.lines.find((l) => l.kind === 'bip-organisational-support');
    expect(line?.amount).toBe(eur(15 * 400 + 20 * 400));
    expect(line?.quantity).toBe(35);
    expect(budget.total).toBe('14000.00');
  });

  it('call 2022: a BIP of 12 participants is below the minimum of 15 and gets nothing', () => {
    const budget = bips(2022, [12]);
    expect(budget.lines.find((l) => l.kind === 'bip-organisational-support')?.amount).toBe('0.00');
    expect(budget.warnings.some((w) => w.message.includes('fewer than the 15'))).toBe(true);
  });

  it('call 2024: the minimum is 10 → 4000', () => {
    expect(bips(2024, [10]).total).toBe(eur(10 * 400));
  });
});

describe('VET / school / adult organisational support', () => {
  it('KA122-SCH 2022: a group of 15 pupils at 100 each is capped at 1000 per group', () => {
    const budget = estimateProjectBudget({
      action: 'KA122-SCH',
      callYear: 2022,
      counts: [
        {
          participants: 15,
          mobility: {
            activity: 'group-mobility',
            sendingCountry: 'SI',
            receivingCountry: 'IT',
            startDate: '2022-04-04',
            endDate: '2022-04-08',
            travel: { distanceKm: 450 },
          },
        },
        {
          participants: 2,
          mobility: {
            activity: 'staff-course',
            sendingCountry: 'SI',
            receivingCountry: 'IE',
            startDate: '2022-07-04',
            endDate: '2022-07-08',
            travel: { distanceKm: 1600 },
          },
        },
      ],
    });
    const os = budget.lines.filter((l) => l.kind === 'organisational-support');
    expect(os.map((l) => l.amount)).toEqual([eur(1000), eur(2 * 100)]);
    expect(os[0]?.basis).toContain('capped at €1000.00 per group');
    // Pupils: 5 × 56 + 180 each; staff: 5 × 117 + 5 × 80 + 275 each.
    const pupils = 15 * (5 * 56 + 180);
    const staff = 2 * (5 * 117 + 5 * 80 + 275);
    expect(budget.total).toBe(eur(pupils + staff + 1000 + 200));
  });

  it('KA122-SCH 2022: job shadowing at 350 up to the 100th participant, 200 beyond', () => {
    const budget = estimateProjectBudget({
      action: 'KA122-SCH',
      callYear: 2022,
      counts: [
        {
          participants: 102,
          mobility: {
            activity: 'staff-job-shadowing',
            sendingCountry: 'HR',
            receivingCountry: 'FI',
            startDate: '2022-10-03',
            endDate: '2022-10-07',
            zeroGrant: true,
          },
        },
      ],
    });
    expect(budget.lines.find((l) => l.kind === 'organisational-support')?.amount).toBe(
      eur(100 * 350 + 2 * 200),
    );
  });

  it('KA121-VET 2022: learner organisational support was not found → the budget is incomplete', () => {
    const budget = estimateProjectBudget({
      action: 'KA121-VET',
      callYear: 2022,
      counts: [
        {
          participants: 4,
          mobility: {
            activity: 'learner-short-term',
            sendingCountry: 'FI',
            receivingCountry: 'EE',
            startDate: '2022-03-01',
            endDate: '2022-03-20',
            zeroGrant: true,
          },
        },
      ],
      inclusionSupportParticipants: 1,
    });
    expect(budget.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['inclusion-support-organisations', '100.00'],
    ]);
    // issue 14, results that must not mislead: a project-level line left out makes it incomplete
    expect(budget.complete).toBe(false);
    expect(budget.incomplete).toEqual([]);
    expect(budget.missing.map((p) => [p.kind, p.reason, p.paths])).toEqual([
      [
        'organisational-support',
        'figure-missing',
        ['vetSchAdu.organisationalSupport.VET.learner-short-term'],
      ],
    ]);
  });

  it('individual group-mobility pupils with the same destination and start form one capped group', () => {
    const pupil = {
      activity: 'group-mobility',
      sendingCountry: 'SI',
      receivingCountry: 'IT',
      startDate: '2022-04-04',
      endDate: '2022-04-08',
      zeroGrant: true,
    } as const;
    const budget = estimateProjectBudget({
      action: 'KA122-SCH',
      callYear: 2022,
      mobilities: Array.from({ length: 12 }, () => pupil),
    });
    expect(budget.lines.find((l) => l.kind === 'organisational-support')?.amount).toBe('1000.00');
    expect(budget.warnings.map((w) => w.code)).toContain('assumption');
  });
});

describe('KA171 project lines', () => {
  it('has no organisational-support figure: incomplete, and inclusion support with an assumption', () => {
    const budget = estimateProjectBudget({
      action: 'KA171-HED',
      callYear: 2022,
      counts: [
        {
          participants: 2,
          mobility: {
            activity: 'staff-teaching',
            sendingCountry: 'DE',
            receivingCountry: 'EG',
            startDate: '2022-05-02',
            endDate: '2022-05-08',
            travel: { distanceKm: 2900 },
          },
        },
      ],
      inclusionSupportParticipants: 1,
    });
    expect(budget.lines.map((l) => l.kind)).toEqual([
      'individual-support',
      'travel',
      'inclusion-support-organisations',
    ]);
    expect(budget.total).toBe(eur(2 * (7 * 180 + 360) + 100));
    expect(budget.complete).toBe(false);
    expect(budget.missing.map((p) => p.kind)).toEqual(['organisational-support']);
    expect(budget.warnings.map((w) => w.code)).toContain('assumption');
  });
});
