/**
 * Issue 18, "Reports": units, numbers and dates in the report's locale and script throughout,
 * and consistent decimals in a range. The Cyrillic reports are scanned for Latin-script words
 * the report wrote itself (the rule is in ./scriptScan.ts); every grant line is written from its
 * structured `calculation`, in every locale; dates are formatted by Intl in UTC.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import type { GrantResult } from '../../src/grants/types.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import type { PlanEvaluation } from '../../src/indicators/evaluationTypes.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import type { ReconciliationResult } from '../../src/reconcile/types.js';
import { formatDate, formatNumbers, formatShares } from '../../src/report/format.js';
import { REPORT_LOCALES } from '../../src/report/labels/reportLabels.js';
import type { ReportLocale } from '../../src/report/labels/types.js';
import { renderGrantStatement } from '../../src/report/renderGrantStatement.js';
import { renderIndicatorChart } from '../../src/report/renderIndicatorChart.js';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';
import { renderReconciliationReport } from '../../src/report/renderReconciliationReport.js';
import { latinWords, visibleText } from './scriptScan.js';
import { seedEvaluation, seedPlan } from './seed001.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sp = (text: string) => text.replace(/\s/g, ' ');
const FORMATS = ['markdown', 'html'] as const;

const staff = {
  action: 'KA131-HED',
  activity: 'staff-training',
  callYear: 2024,
  sendingCountry: 'RS',
  receivingCountry: 'HR',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
} as const;

/** Mobilities whose lines take every form of calculation. */
const MOBILITIES = {
  // monthly + travel band (the line of the issue: 290 km, 100–499 km)
  ka171: {
    action: 'KA171-HED',
    activity: 'student-studies',
    format: 'long-term',
    callYear: 2024,
    sendingCountry: 'BA',
    receivingCountry: 'HR',
    startDate: '2025-02-17',
    endDate: '2025-06-30',
    travel: { distanceKm: 290 },
  },
  // days at the full rate, then 70 % from day 15, with travel days
  vet: {
    action: 'KA121-VET',
    activity: 'learner-long-term',
    callYear: 2024,
    sendingCountry: 'LT',
    receivingCountry: 'IE',
    startDate: '2025-02-03',
    endDate: '2025-05-30',
    travelDays: 2,
    travel: { distanceKm: 1900 },
  },
  // course fees for at most 10 days: 2 days unfunded
  course: {
    action: 'KA121-VET',
    activity: 'staff-course',
    callYear: 2024,
    sendingCountry: 'LT',
    receivingCountry: 'IE',
    startDate: '2025-03-03',
    endDate: '2025-03-14',
    travel: { distanceKm: 1900 },
  },
  // one-off top-up by the days of the physical activity
  shortTerm: {
    action: 'KA131-HED',
    activity: 'student-studies',
    format: 'short-term',
    doctoral: true,
    callYear: 2024,
    sendingCountry: 'RS',
    receivingCountry: 'HR',
    startDate: '2025-03-03',
    endDate: '2025-03-12',
    participant: { fewerOpportunities: true },
    travel: { distanceKm: 370 },
  },
  // call 2023: the one-off green travel top-up
  green: {
    action: 'KA131-HED',
    activity: 'student-studies',
    format: 'long-term',
    callYear: 2023,
    sendingCountry: 'DE',
    receivingCountry: 'ES',
    startDate: '2023-01-01',
    endDate: '2023-04-15',
    travel: { green: true, distanceKm: 1500 },
  },
  exceptional: { ...staff, travel: { distanceKm: 370, realCostEur: '900.00' } },
  covered: { ...staff, travel: { distanceKm: 370, realCostEur: '250.00' } },
  nearby: { ...staff, travel: { distanceKm: 5 } },
  far: { ...staff, action: 'KA171-HED', receivingCountry: 'JP', travel: { distanceKm: 9100 } },
} satisfies Record<string, MobilityInput>;

const grants = Object.fromEntries(
  Object.entries(MOBILITIES).map(([name, mobility]) => [name, calculateGrant(mobility)]),
) as Record<keyof typeof MOBILITIES, GrantResult>;

/** What a grant statement quotes: the English rule texts, warnings and messages. */
function grantQuotes(grant: GrantResult): string[] {
  return [
    ...grant.lines.map((line) => line.rule),
    ...grant.warnings.map((w) => w.message),
    ...grant.eligibility.issues.map((issue) => issue.message),
    ...grant.missing.map((part) => part.message),
  ];
}

/** What a plan report quotes: the plan's names, titles, labels, milestone texts, warnings. */
function planQuotes(evaluation: PlanEvaluation): string[] {
  return [
    seedPlan.institution.name,
    seedPlan.title ?? '',
    ...seedPlan.goals.flatMap((goal) => [
      goal.title,
      ...(goal.objectives ?? []).flatMap((objective) => [
        objective.title ?? '',
        ...(objective.actions ?? []).map((action) => action.title),
      ]),
    ]),
    ...evaluation.indicators.flatMap((ev) => [
      ev.label,
      ...ev.years.flatMap((y) => (typeof y.target === 'string' ? [y.target] : [])),
    ]),
    ...evaluation.warnings.map((w) => w.message),
  ];
}

/** What a reconciliation report quotes: record ids, reasons, issue messages and paths. */
function reconcileQuotes(result: ReconciliationResult): string[] {
  return result.records.flatMap((record) =>
    record.status === 'invalid'
      ? [
          record.id,
          ...record.error.issues.flatMap((issue) => [
            issue.message,
            issue.path.slice(2).map(String).join('.'),
          ]),
        ]
      : [
          record.id,
          ...record.differences.flatMap((d) => d.reasons.map((reason) => reason.message)),
        ],
  );
}

const reconciliation = reconcileGrants([
  { id: 'MOB-1', mobility: MOBILITIES.ka171, reported: { total: '3784.33' } },
  {
    id: 'MOB-2',
    mobility: { ...staff, travel: { distanceKm: 370 } },
    reported: { total: '951.00', calculatedDays: 7, travel: '275.00' },
  },
  { id: 'MOB-3', mobility: { ...staff, endDate: '2024-02-30' }, reported: {} } as never,
]);

describe('the scan for Latin-script words (issue 18, Reports)', () => {
  it('finds the unit of the issue’s line, and nothing in a Cyrillic line with a quoted name', () => {
    const line = '| Путни трошкови | 290 км у једном правцу: разред удаљености 100–499 km |';
    expect(latinWords(line, 'markdown', [])).toEqual(['km']);
    expect(
      latinWords('<p lang="sr-Cyrl">Школа <b>VTPVM</b>, Erasmus+</p>', 'html', ['VTPVM']),
    ).toEqual([]);
    // a quoted label cut short by a chart is still a quote; the Cyrillic before it stays scanned
    expect(
      latinWords('<text>Циљ 1: It aims to dev…</text>', 'html', ['It aims to develop']),
    ).toEqual([]);
    expect(
      latinWords('<text>Goal 1: It aims to dev…</text>', 'html', ['It aims to develop']),
    ).toEqual(['Goal']);
  });
});

describe('sr-Cyrl reports have no Latin-script word of their own (issue 18, Reports)', () => {
  it.each(FORMATS)('grant statements, every form of line (%s)', (format) => {
    for (const [name, grant] of Object.entries(grants)) {
      const text = renderGrantStatement(grant, { format, locale: 'sr-Cyrl' });
      expect(latinWords(text, format, grantQuotes(grant)), name).toEqual([]);
    }
  });

  it('the line of the issue, before and after', () => {
    const text = sp(renderGrantStatement(grants.ka171, { format: 'markdown', locale: 'sr-Cyrl' }));
    expect(text).toContain(
      '| Путни трошкови | 290 км у једном правцу: разред удаљености 100–499 км, повратно путовање | 211,00 € |',
    );
    expect(text).not.toContain('100–499 km');
  });

  it.each(FORMATS)('the seed 001 plan report, with its charts (%s)', (format) => {
    const text = renderPlanReport(seedEvaluation, {
      format,
      locale: 'sr-Cyrl',
      strategy: seedPlan,
    });
    expect(latinWords(text, format, planQuotes(seedEvaluation))).toEqual([]);
    // and the scan does see the quoted text when it is not listed
    expect(latinWords(text, format, [])).toContain('VTPVM');
  });

  it.each(FORMATS)(
    'a reconciliation report with differences and an unreadable record (%s)',
    (format) => {
      const text = renderReconciliationReport(reconciliation, { format, locale: 'sr-Cyrl' });
      expect(latinWords(text, format, reconcileQuotes(reconciliation))).toEqual([]);
    },
  );
});

/** Words of the library's English bases that no other locale's calculation may show. */
const ENGLISH_BASIS =
  /\b(one way|days?|months?|band|return trip|unfunded|capped|from day|real cost|physical|km or more)\b/;

describe('grant lines in the words of every locale (issue 18, Reports)', () => {
  it.each(REPORT_LOCALES.filter((l) => l !== 'en'))(
    '%s: no word of an English basis outside the quoted rules and warnings',
    (locale) => {
      for (const [name, grant] of Object.entries(grants)) {
        for (const format of FORMATS) {
          const text = renderGrantStatement(grant, { format, locale });
          const quotes = grantQuotes(grant);
          const own = visibleText(text, format)
            .map((chunk) => quotes.reduce((rest, q) => rest.split(q).join(' '), chunk))
            .join('\n');
          expect(own, `${name} ${format}`).not.toMatch(ENGLISH_BASIS);
        }
      }
    },
  );

  it('writes each form of line from its calculation', () => {
    const row = (name: keyof typeof grants, locale: ReportLocale) =>
      sp(renderGrantStatement(grants[name], { format: 'markdown', locale }));
    expect(row('vet', 'hr')).toContain(
      '14 dana × 64,00 € + 105 dana × 44,80 € (70 % od 15. dana) (uključujući 2 dana putovanja)',
    );
    expect(row('vet', 'hr')).toContain(
      '1.900 km u jednom smjeru: razred udaljenosti 500–1.999 km, povratno putovanje',
    );
    expect(row('course', 'lt')).toContain('10 dienų × 80,00 € + nefinansuojama: 2 dienos');
    expect(row('shortTerm', 'sr-Cyrl')).toContain(
      'једнократно за 10 дана физичке активности: 100,00 €',
    );
    expect(row('green', 'en')).toContain(
      '| Green travel top-up | one-off for green travel: €50.00 |',
    );
    expect(row('exceptional', 'sr-Latn')).toContain(
      '80% × stvarni trošak 900,00 € (370 km u jednom pravcu, razred udaljenosti 100–499 km: iznos razreda 211,00 € pokriva 23,44% stvarnog troška, manje od 70%)',
    );
    expect(row('covered', 'en')).toContain(
      '370 km one way: distance band 100–499 km, return trip (the band’s €211.00 covers 84.4% of the real cost €250.00: no exceptional costs)',
    );
    expect(row('nearby', 'hr')).toContain(
      '5 km u jednom smjeru: ispod prvog razreda udaljenosti, bez putnih troškova',
    );
    expect(row('far', 'sr-Cyrl')).toContain('разред удаљености 8.000 км или више');
  });

  it('keeps the engine’s figures: the calculation says what the basis says', () => {
    // by hand: 4 × 800 + 14 × 800 / 30 = 3573.33; 290 km is in the 100–499 km band
    expect(grants.ka171.lines.map((line) => line.calculation)).toEqual([
      { form: 'monthly', fullMonths: 4, extraDays: 14, monthlyRate: '800.00' },
      {
        form: 'travel',
        distanceKm: 290,
        band: { fromKm: 100, belowKm: 500 },
        green: false,
        realCost: null,
      },
    ]);
    // 117 days + 2 travel days = 119: 14 at 64.00, 105 at 70 % (44.80)
    expect(grants.vet.lines[0]?.calculation).toEqual({
      form: 'daily',
      days: 14,
      dailyRate: '64.00',
      reduced: { days: 105, rate: '44.80', fromDay: 15, share: 0.7 },
      unfundedDays: 0,
      cap: null,
    });
    // 211.00 / 900.00 = 23.44 % < 70 %: 80 % × 900.00 = 720.00
    expect(grants.exceptional.lines[1]?.calculation).toEqual({
      form: 'travel',
      distanceKm: 370,
      band: { fromKm: 100, belowKm: 500 },
      green: false,
      realCost: {
        amount: '900.00',
        bandAmount: '211.00',
        coveredShare: 0.2344,
        threshold: 0.7,
        reimbursedShare: 0.8,
      },
    });
  });
});

/** The evaluation date of the seed 001 report (2020-01-15) as Intl writes it in Node 20. */
const AS_OF: Readonly<Record<ReportLocale, string>> = {
  en: 'January 15, 2020',
  hr: '15. siječnja 2020.',
  lt: '2020 m. sausio 15 d.',
  'sr-Latn': '15. januar 2020.',
  'sr-Cyrl': '15. јануар 2020.',
};

describe('dates in the locale (issue 18, Reports)', () => {
  it.each(REPORT_LOCALES)(
    '%s: the evaluation date, with the ISO date kept for machines',
    (locale) => {
      const md = renderPlanReport(seedEvaluation, { format: 'markdown', locale });
      expect(md).toContain(AS_OF[locale]);
      expect(md).not.toContain('2020-01-15');
      const html = renderPlanReport(seedEvaluation, { format: 'html', locale });
      expect(html).toContain(`<time datetime="2020-01-15">${AS_OF[locale]}</time>`);
    },
  );

  it('formats in UTC, so the host’s time zone cannot move the day', () => {
    const code = [
      "import { formatDate } from './src/report/format.ts';",
      "const naive = new Intl.DateTimeFormat('hr', { dateStyle: 'long' }).format(new Date('2024-01-01T00:00:00Z'));",
      "console.log(JSON.stringify([formatDate('hr', '2024-01-01'), naive]));",
    ].join('\n');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      {
        cwd: root,
        env: { ...process.env, TZ: 'Pacific/Pago_Pago' },
        encoding: 'utf8',
      },
    );
    // UTC−11: a date formatted in the host's zone falls on the day before
    expect(JSON.parse(out)).toEqual(['1. siječnja 2024.', '31. prosinca 2023.']);
  });

  it('shows text that is not a real ISO date as it is', () => {
    expect(formatDate('en', '2021-02-30')).toBe('2021-02-30');
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatDate('lt', '2024-09-01')).toBe('2024 m. rugsėjo 1 d.');
    expect(formatDate('sr-Latn', '2024-09-01')).toBe('1. septembar 2024.');
  });
});

describe('consistent decimals in a range (issue 18, Reports)', () => {
  it('writes both ends with the same number of decimals', () => {
    expect(formatShares('sr-Cyrl', [0.565, 0.98])).toEqual(['56,5%', '98,0%']);
    expect(formatShares('en', [0.5, 0.75])).toEqual(['50%', '75%']);
    expect(formatNumbers('hr', [4, 6.5])).toEqual(['4,0', '6,5']);
    expect(formatNumbers('en', [0, 0.25, 0.5])).toEqual(['0.00', '0.25', '0.50']);
  });

  it('in a satisfaction interval and a target range of a plan report', () => {
    const withInterval = (lower: number, upper: number): PlanEvaluation => ({
      ...seedEvaluation,
      indicators: seedEvaluation.indicators.map((ev) => ({
        ...ev,
        years: ev.years.map((year) =>
          year.satisfaction?.interval
            ? {
                ...year,
                satisfaction: {
                  ...year.satisfaction,
                  interval: { ...year.satisfaction.interval, lower, upper },
                },
              }
            : year,
        ),
      })),
    });
    const md = renderPlanReport(withInterval(0.565, 0.98), {
      format: 'markdown',
      locale: 'sr-Cyrl',
    });
    expect(md).toContain('56,5%–98,0%');
    expect(md).not.toMatch(/56,5%–98%/);
    const evaluation = evaluatePlan(
      {
        institution: { name: 'A school' },
        goals: [
          {
            id: '1',
            title: 'Cooperation',
            objectives: [
              {
                id: '1.1',
                actions: [
                  {
                    id: '1.1.1',
                    title: 'Meetings',
                    indicators: [
                      {
                        id: 'i',
                        label: 'Meetings a year',
                        kind: 'numeric',
                        direction: 'between',
                        aggregation: 'annual',
                        targets: { 2020: { min: 4, max: 6.5 } },
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      [{ indicatorId: 'i', year: 2020, value: 5 }],
      { asOf: '2021-01-15' },
    );
    expect(renderPlanReport(evaluation, { format: 'markdown', locale: 'hr' })).toContain(
      '| 2020 | od 4,0 do 6,5 | 5 |',
    );
  });

  it.each(REPORT_LOCALES)(
    '%s: every chart axis writes its ticks with one number of decimals',
    (locale) => {
      for (const ev of seedEvaluation.indicators) {
        const svg = renderIndicatorChart(ev, { locale });
        const ticks = [
          ...svg.matchAll(/text-anchor="end" font-size="11" fill="#1f2937">([^<]*)</g),
        ].map((m) => m[1] ?? '');
        const decimals = new Set(ticks.map((t) => /[.,](\d+)/.exec(t)?.[1]?.length ?? 0));
        expect(decimals.size, `${ev.indicatorId}: ${ticks.join(' ')}`).toBeLessThanOrEqual(1);
      }
    },
  );
});
