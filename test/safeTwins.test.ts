/**
 * Issue 15, item 7 ("one error convention"): every public function that can throw has a `safeX`
 * twin that is a declared function (not a `const`), exported beside it, which returns
 * `{ success: true, data }` where `x` returns `data`, and `{ success: false, error }` with the
 * very error `x` throws (same class and code) where `x` throws. The list of exports is read from
 * the package's index, so a new throwing export without a twin fails here.
 */
import { describe, expect, it } from 'vitest';
import { seed001Actuals, seed001AsOf } from '../examples/data/seed001-actuals.js';
import { seed001Plan } from '../examples/data/seed001-plan.js';
import { isErasmusKitError } from '../src/errors.js';
import * as kit from '../src/index.js';
import { longTermStudy, staffTeaching } from './mobility/fixtures.js';

type Fn = (...args: unknown[]) => unknown;
const exported = kit as unknown as Record<string, unknown>;

/** Exported functions that never throw, with the reason: they need no twin. */
const NEVER_THROW: Readonly<Record<string, string>> = {
  isActivityOf: 'answers false for anything that is not an activity of the action',
  isErasmusKitError: 'a type guard: answers false for anything else',
  jsonSchemas: 'takes no argument',
  listRateSheets: 'takes no argument',
  listRegions: 'takes no argument',
  rateFor: 'answers undefined for anything that is not a sheet and a rate-sheet path',
};

/** Classes are thrown by the library, not called by hosts. */
const CLASSES = new Set(['ErasmusKitError', 'InputError']);

const { action: _action, callYear: _callYear, ...studyTemplate } = longTermStudy;
const indicator = {
  id: '2.3.4',
  label: 'Discrepancies',
  kind: 'limit',
  targets: { 2016: 1, 2017: 1 },
} as const;
const indicatorActuals = [{ indicatorId: '2.3.4', year: 2016, value: 0 }];
const plan = {
  institution: { name: 'A school' },
  period: { from: 2016, to: 2017 },
  goals: [
    {
      id: '2',
      title: 'Quality',
      objectives: [
        {
          id: '2.3',
          actions: [{ id: '2.3.4', title: 'Meetings', indicators: [indicator] }],
        },
      ],
    },
  ],
};
const asOf = { asOf: '2017-06-30' } as const;
const grant = kit.calculateGrant(staffTeaching);
const indicatorEvaluation = kit.evaluateIndicator(indicator, indicatorActuals, asOf);
const planEvaluation = kit.evaluatePlan(plan, indicatorActuals, asOf);
const survey = { satisfied: 18, responses: 20 };
const reconciliation = kit.reconcileGrants([]);

/** Per throwing function: one good argument list, and bad ones (each must throw). */
const CASES: Readonly<Record<string, { good: unknown[]; bad: unknown[][] }>> = {
  calculateGrant: { good: [staffTeaching], bad: [[{}], [staffTeaching, { rounding: 'none' }]] },
  calculateGrants: { good: [[staffTeaching, longTermStudy]], bad: [['not a list']] },
  checkEligibility: { good: [longTermStudy], bad: [[{ ...longTermStudy, callYear: 2019 }]] },
  computeDuration: { good: [staffTeaching], bad: [[{ ...staffTeaching, endDate: 'soon' }]] },
  countMobilities: {
    good: [[staffTeaching], { indicatorId: 'x' }],
    bad: [[[{ ...staffTeaching, startDate: '2023-02-30' }], { indicatorId: 'x' }]],
  },
  defineRateSheet: {
    good: [{ callYear: 2021, ka131: { studentMonthly: { 1: 520, 2: 500, 3: 450 } } }],
    bad: [[{ callYear: 2021, ka131: { studentMonthly: { 1: 700 } } }]],
  },
  diffRules: { good: [kit.rules2023, kit.rules2024], bad: [[kit.rules2023, null]] },
  distanceBand: {
    good: [1050, 2023, { green: true }],
    bad: [
      [-5, 2023],
      [1050, 2019],
    ],
  },
  fromBeneficiaryModuleRows: {
    good: [[{ 'Mobility ID': 'M1' }]],
    bad: [[[], { dateFormat: 'YY/MM/DD' }]],
  },
  estimateProjectBudget: {
    good: [{ action: 'KA131-HED', callYear: 2023, mobilities: [studyTemplate] }],
    bad: [[{ action: 'KA131-HED', callYear: 2019, mobilities: [] }]],
  },
  evaluateIndicator: {
    good: [indicator, indicatorActuals, asOf],
    bad: [[indicator, [{ indicatorId: '2.3.4', year: 2016, survey }], asOf]],
  },
  evaluatePlan: {
    good: [seed001Plan, seed001Actuals, { asOf: seed001AsOf }],
    bad: [[plan, [], { asOf: '2019-02-30' }]],
  },
  evaluateSatisfaction: {
    good: [survey, '85%'],
    bad: [
      [survey, 1.2],
      [{ satisfied: 25, responses: 20 }, 0.85],
    ],
  },
  evaluateSatisfactionSchedule: {
    good: [{ 2016: 0.85 }, { 2016: survey }],
    bad: [[{ 2016: 1.2 }, {}]],
  },
  getAction: { good: ['ka122-vet'], bad: [['KA999'], [''], [131]] },
  getCountry: {
    good: ['el', 2024, { locale: 'lt' }],
    bad: [
      ['XX', 2024],
      ['D1', 2024],
      ['DE', 2019],
      ['DE', 2024, { locale: 5 }],
    ],
  },
  getRateSheet: {
    good: ['TR01', 2024],
    bad: [
      ['DE01', 2025],
      ['FR01', 2024],
      ['XX', 2024],
      [5, 2024],
    ],
  },
  getRules: { good: [2024], bad: [[2019], ['2024']] },
  greatCircleDistanceKm: {
    good: [
      { lat: 52.2297, lon: 21.0122 },
      { lat: 59.9139, lon: 10.7522 },
    ],
    bad: [
      [
        { lat: 91, lon: 0 },
        { lat: 0, lon: 0 },
      ],
    ],
  },
  heCountryGroups: { good: [2024], bad: [[2020], ['2024']] },
  listActions: { good: [{ keyAction: 'KA1', sector: 'VET' }], bad: [[{ keyAction: 'KA9' }]] },
  listCountries: { good: [2024], bad: [[2019], [2024, { locale: 5 }]] },
  listFigures: { good: [kit.rules2021], bad: [[{}]] },
  normalizeCountryCode: { good: ['uk'], bad: [['XX'], [7]] },
  parseActuals: { good: [indicatorActuals], bad: [[[{ indicatorId: '', year: 2016 }]]] },
  parseIndicator: { good: [indicator], bad: [[{ ...indicator, kind: 'guess' }]] },
  parseIsoDate: { good: ['2024-02-29'], bad: [['2023-02-29']] },
  parseMobility: { good: [longTermStudy], bad: [[{ ...longTermStudy, receivingCountry: 'XX' }]] },
  parseStrategy: { good: [plan], bad: [[{ ...plan, goals: 'none' }]] },
  reconcileGrants: {
    good: [[{ id: 'X', mobility: {}, reported: {} }]],
    bad: [[[], { tolerance: -1 }], ['not a list']],
  },
  renderGrantStatement: {
    good: [grant, { format: 'html', locale: 'hr' }],
    bad: [[grant, { format: 'pdf', locale: 'hr' }]],
  },
  renderIndicatorChart: {
    good: [indicatorEvaluation, { locale: 'sr-Latn' }],
    bad: [[{ ...indicatorEvaluation, years: null }, { locale: 'sr-Latn' }]],
  },
  renderPlanAtAGlance: {
    good: [planEvaluation, { locale: 'hr' }],
    bad: [[planEvaluation, { locale: 'de' }]],
  },
  renderPlanReport: {
    good: [planEvaluation, { format: 'markdown', locale: 'en' }],
    bad: [[planEvaluation, { format: 'markdown', locale: 'de' }]],
  },
  renderReconciliationReport: {
    good: [reconciliation, { format: 'markdown', locale: 'sr-Cyrl' }],
    bad: [[reconciliation, { format: 'pdf', locale: 'en' }]],
  },
  renderRulesMarkdown: { good: [kit.rules2022], bad: [[{ callYear: 2022 }]] },
  sumAmounts: { good: [['1925.00', '309.00', 12.5]], bad: [[['10.00', '2.505']]] },
  vetSchAduCountryGroups: { good: [2022], bad: [[2027]] },
  wilsonInterval: {
    good: [18, 20, { confidence: '90%' }],
    bad: [
      [25, 20],
      [1, 2, { confidence: 1 }],
    ],
  },
};

const twinName = (name: string) => `safe${(name[0] ?? '').toUpperCase()}${name.slice(1)}`;
const functions = Object.keys(exported).filter(
  (name) => typeof exported[name] === 'function' && !CLASSES.has(name),
);
const twins = functions.filter((name) => /^safe[A-Z]/.test(name));
const plain = functions.filter((name) => !twins.includes(name));

/** What a call did: returned a value, or threw this error. */
function outcome(fn: Fn, args: readonly unknown[]): { value?: unknown; thrown?: unknown } {
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    return { thrown };
  }
}

describe('issue 15 item 7: every throwing public function has a safe twin', () => {
  it('knows every exported function: throwing (with cases) or never throwing (with a reason)', () => {
    expect([...Object.keys(CASES), ...Object.keys(NEVER_THROW)].sort()).toEqual([...plain].sort());
    expect(plain.length).toBeGreaterThan(35);
  });

  it('exports a twin for each throwing function, and no twin without one', () => {
    for (const name of Object.keys(CASES)) expect(twins, name).toContain(twinName(name));
    for (const twin of twins) {
      expect(Object.keys(CASES).map(twinName), twin).toContain(twin);
    }
    for (const name of Object.keys(NEVER_THROW)) expect(twins).not.toContain(twinName(name));
  });

  it('makes every twin a declared function named for itself, with the same parameters', () => {
    for (const name of Object.keys(CASES)) {
      const twin = exported[twinName(name)] as Fn;
      // A `function` declaration has a prototype and its own name; an arrow returned by a
      // helper and stored in a `const` has neither.
      expect(twin.name, name).toBe(twinName(name));
      expect(twin.prototype, name).toBeDefined();
      expect(twin.length, name).toBe((exported[name] as Fn).length);
    }
  });

  describe.each(Object.entries(CASES))('%s', (name, { good, bad }) => {
    const fn = exported[name] as Fn;
    const twin = exported[twinName(name)] as Fn;

    it('returns { success: true, data } with the same result for a good input', () => {
      const direct = outcome(fn, good);
      expect(direct.thrown).toBeUndefined();
      expect(twin(...good)).toEqual({ success: true, data: direct.value });
    });

    it.each(bad.map((args, index) => [index + 1, args] as const))(
      'returns { success: false, error } with the thrown error for bad input %i',
      (_index, args) => {
        const direct = outcome(fn, args);
        expect(isErasmusKitError(direct.thrown), 'the function throws an erasmus-kit error').toBe(
          true,
        );
        const result = twin(...args) as { success: boolean; error?: unknown };
        expect(result.success).toBe(false);
        expect(result.error).toBeInstanceOf((direct.thrown as Error).constructor);
        expect(result.error).toEqual(direct.thrown);
        expect(Object.keys(result)).toEqual(['success', 'error']);
      },
    );
  });
});

describe('issue 15 item 7: lookups of unknown codes throw their own code', () => {
  const codeOf = (fn: () => unknown) => (outcome(fn, []).thrown as { code?: unknown }).code;

  it('getCountry: unknown-country for two letters Erasmus+ does not use, invalid-input otherwise', () => {
    expect(codeOf(() => kit.getCountry('XX', 2024))).toBe('unknown-country');
    expect(codeOf(() => kit.getCountry('aq', 2024))).toBe('unknown-country');
    expect(codeOf(() => kit.getCountry('D1', 2024))).toBe('invalid-input');
    expect(codeOf(() => kit.getCountry(7 as never, 2024))).toBe('invalid-input');
    expect(kit.getCountry('uk', 2024).code).toBe('GB');
  });

  it('getAction: unknown-action for a well-formed code not in the catalogue', () => {
    expect(codeOf(() => kit.getAction('KA999'))).toBe('unknown-action');
    expect(codeOf(() => kit.getAction('ka131'))).toBe('unknown-action');
    expect(codeOf(() => kit.getAction('KA 131'))).toBe('invalid-input');
    expect(kit.getAction('ka131-hed').code).toBe('KA131-HED');
  });

  it('the message names the code, as the issue of a validated input does', () => {
    const thrown = outcome(() => kit.getCountry('XX', 2024), []).thrown as Error;
    expect(thrown.message).toBe(
      'Unknown country code "XX": expected an ISO 3166-1 alpha-2 code used by Erasmus+.',
    );
    expect(kit.safeNormalizeCountryCode('XX')).toMatchObject({
      success: false,
      error: { code: 'invalid-input', issues: [{ params: { code: 'unknown-country' } }] },
    });
  });
});
