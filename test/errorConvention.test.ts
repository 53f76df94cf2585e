/**
 * Issue 15, item 7 ("one error convention"), checked against every public entry point: each
 * function of the package's index that takes input is called with one bad field, and
 * - the error is an `InputError` whose issue paths start at the documented argument name
 *   (`mobility.endDate`, `options.rounding`, `mobilities.1.endDate` for a batch item);
 * - each issue keeps zod's own code, or is `custom` with a `params.code` from
 *   `INPUT_ISSUE_CODES` (documented in docs/errors.md, one line each);
 * - the message shows the rooted path;
 * - the `safeX` twin returns the very same error.
 * The list of functions is read from the index (test/hostile/entryPoints.ts), so a new export
 * that takes input without a row here fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDotPath } from 'zod/v4/core';
import { InputError, type InputIssue } from '../src/errors.js';
import * as kit from '../src/index.js';
import { ENTRY_POINTS, FAMILIES } from './hostile/entryPoints.js';
import { pathsOf, replaceAt } from './hostile/harness.js';
import { longTermStudy, staffTeaching } from './mobility/fixtures.js';

type Fn = (...args: unknown[]) => unknown;
const exported = kit as unknown as Record<string, unknown>;

/** The codes zod gives its own issues. */
const ZOD_CODES = new Set([
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
]);

/** Exported functions that take no input or never throw: nothing to check. */
const NO_INPUT_ERROR: Readonly<Record<string, string>> = {
  isActivityOf: 'answers false for anything that is not an activity of the action',
  isErasmusKitError: 'a type guard: answers false for anything else',
  jsonSchemas: 'takes no argument',
  listRateSheets: 'takes no argument',
  listRegions: 'takes no argument',
  rateFor: 'answers undefined for anything that is not a sheet and a rate-sheet path',
};

const { action: _a, callYear: _c, ...template } = staffTeaching;
const badEnd = { ...staffTeaching, endDate: 5 };
const indicator = { id: '1', label: 'Discrepancies', kind: 'limit', targets: { 2016: 1 } } as const;
const actuals = [{ indicatorId: '1', year: 2016, value: 0 }];
const plan = {
  institution: { name: 'A school' },
  period: { from: 2016, to: 2017 },
  goals: [
    {
      id: '1',
      title: 'Go abroad',
      objectives: [
        { id: '1.1', actions: [{ id: '1.1.1', title: 'Send', indicators: [indicator] }] },
      ],
    },
  ],
};
const asOf = { asOf: '2017-06-30' } as const;
const survey = { satisfied: 18, responses: 20 };
const grant = kit.calculateGrant(staffTeaching);
const chartInput = kit.evaluateIndicator(indicator, actuals, asOf);
const planInput = kit.evaluatePlan(plan, actuals, asOf);

/** Per function: arguments with one bad field, and the path the first issue must have. */
const BAD: Readonly<Record<string, { readonly args: unknown[]; readonly path: string }>> = {
  calculateGrant: { args: [badEnd], path: 'mobility.endDate' },
  calculateGrants: { args: [[staffTeaching], { rounding: 'none' }], path: 'options.rounding' },
  checkEligibility: { args: [badEnd], path: 'mobility.endDate' },
  computeDuration: { args: [badEnd], path: 'mobility.endDate' },
  countMobilities: {
    args: [[staffTeaching], { indicatorId: 5 }],
    path: 'options.indicatorId',
  },
  defineRateSheet: { args: [{ callYear: 2021, agency: 5 }], path: 'rateSheet.agency' },
  diffRules: {
    args: [kit.rules2023, kit.rules2024, { includeStatusChanges: 1 }],
    path: 'options.includeStatusChanges',
  },
  distanceBand: { args: [1050, '2024'], path: 'callYear' },
  estimateProjectBudget: {
    args: [{ action: 'KA131-HED', callYear: '2024', mobilities: [template] }],
    path: 'project.callYear',
  },
  evaluateIndicator: { args: [indicator, actuals, { asOf: 5 }], path: 'options.asOf' },
  evaluatePlan: { args: [plan, [{ ...actuals[0], value: 'x' }], asOf], path: 'actuals.0.value' },
  evaluateSatisfaction: { args: [survey, '85%', { confidence: 2 }], path: 'options.confidence' },
  evaluateSatisfactionSchedule: {
    args: [{ 2016: 0.85 }, { 2016: survey }, { minResponses: -1 }],
    path: 'options.minResponses',
  },
  fromBeneficiaryModuleRows: { args: [[], { dateFormat: 'YY' }], path: 'options.dateFormat' },
  getAction: { args: [5], path: 'code' },
  getCountry: { args: ['DE', 2024, { locale: 5 }], path: 'options.locale' },
  getRateSheet: { args: ['DE01', 2019], path: 'callYear' },
  getRules: { args: ['2024'], path: 'callYear' },
  greatCircleDistanceKm: {
    args: [
      { lat: 0, lon: 0 },
      { lat: 'x', lon: 0 },
    ],
    path: 'to.lat',
  },
  heCountryGroups: { args: ['2024'], path: 'callYear' },
  listActions: { args: [{ keyAction: 'KA9' }], path: 'filter.keyAction' },
  listCountries: { args: [2024, { locale: 5 }], path: 'options.locale' },
  listFigures: { args: [{ ...kit.rules2024, callYear: 'x' }], path: 'pack.callYear' },
  normalizeCountryCode: { args: [5], path: 'code' },
  parseActuals: { args: [[actuals[0], { ...actuals[0], year: 'x' }]], path: 'actuals.1.year' },
  parseIndicator: { args: [{ ...indicator, kind: 'size' }], path: 'indicator.kind' },
  parseIsoDate: { args: [20240229], path: 'date' },
  parseMobility: { args: [badEnd], path: 'mobility.endDate' },
  parseStrategy: {
    args: [{ ...plan, goals: [{ ...plan.goals[0], title: 5 }] }],
    path: 'strategy.goals.0.title',
  },
  reconcileGrants: { args: [[], { tolerance: -1 }], path: 'options.tolerance' },
  renderGrantStatement: { args: [grant, { format: 'pdf' }], path: 'options.format' },
  renderIndicatorChart: { args: [chartInput, { locale: 'xx' }], path: 'options.locale' },
  renderPlanAtAGlance: { args: [planInput, { locale: 'xx' }], path: 'options.locale' },
  renderPlanReport: { args: [planInput, { format: 'pdf' }], path: 'options.format' },
  renderReconciliationReport: {
    args: [kit.reconcileGrants([]), { format: 'pdf' }],
    path: 'options.format',
  },
  renderRulesMarkdown: { args: [{ ...kit.rules2024, callYear: 'x' }], path: 'pack.callYear' },
  sumAmounts: { args: [['1.00', 'x']], path: 'amounts.1' },
  vetSchAduCountryGroups: { args: ['2024'], path: 'callYear' },
  wilsonInterval: { args: [-1, 20], path: 'successes' },
};

/** Throws unless the issue follows the convention (a zod code, or custom with a listed code). */
function checkCode(issue: InputIssue): void {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    expect(kit.INPUT_ISSUE_CODES as readonly unknown[], issue.message).toContain(code);
  } else {
    expect(ZOD_CODES, issue.code).toContain(issue.code);
  }
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const throwing = ENTRY_POINTS.filter((entry) => !entry.safe && !(entry.name in NO_INPUT_ERROR));

describe('one error convention over every entry point (issue 15, item 7)', () => {
  it('has a bad call for every exported function that takes input', () => {
    expect(Object.keys(BAD).sort()).toEqual(throwing.map((entry) => entry.name).sort());
  });

  it.each(Object.entries(BAD))(
    '%s: rooted path, kept codes, same error from the twin',
    (name, bad) => {
      const fn = exported[name] as Fn;
      const error = thrown(() => fn(...bad.args));
      expect(error).toBeInstanceOf(InputError);
      const issues = (error as InputError).issues;
      const root = bad.path.split('.')[0];
      for (const issue of issues) {
        expect(String(issue.path[0])).toBe(root);
        checkCode(issue);
      }
      expect(issues[0]?.path.join('.')).toBe(bad.path);
      // The message shows the same rooted path, written as zod writes paths (`actuals[1].year`).
      expect((error as InputError).message).toContain(`→ at ${toDotPath(issues[0]?.path ?? [])}`);
      const twin = exported[`safe${name[0]?.toUpperCase()}${name.slice(1)}`] as Fn;
      const result = twin(...bad.args) as { success: boolean; error?: InputError };
      expect(result.success).toBe(false);
      expect(result.error?.message).toBe((error as InputError).message);
      expect(result.error?.issues).toEqual(issues);
    },
  );

  it('roots a batch item at the list and its index: mobilities.1.endDate', () => {
    const [ok, bad] = kit.calculateGrants([staffTeaching, badEnd as never]);
    expect(ok?.success).toBe(true);
    expect(bad?.success === false ? bad.error.issues.map((i) => i.path.join('.')) : []).toEqual([
      'mobilities.1.endDate',
    ]);
  });

  it('roots an invalid project entry at project: project.mobilities.0.endDate', () => {
    const budget = kit.estimateProjectBudget({
      action: 'KA131-HED',
      callYear: 2023,
      mobilities: [{ ...template, endDate: 5 } as never],
    });
    const error = budget.incomplete[0]?.error;
    expect(error?.issues.map((i) => i.path.join('.'))).toEqual(['project.mobilities.0.endDate']);
  });

  it('roots an invalid reconciliation record at records: records.0.mobility.endDate', () => {
    const result = kit.reconcileGrants([{ id: 'A', mobility: badEnd, reported: {} }] as never);
    const record = result.records[0];
    expect(record?.status === 'invalid' ? record.error.issues[0]?.path.join('.') : '').toBe(
      'records.0.mobility.endDate',
    );
  });

  it('keeps zod codes where a function reads another input (evaluatePlan, evaluateIndicator)', () => {
    const strategy = kit.safeEvaluatePlan({ ...plan, period: 5 } as never, actuals, asOf);
    const parsed = kit.safeParseStrategy({ ...plan, period: 5 });
    expect(strategy.success || parsed.success).toBe(false);
    if (strategy.success || parsed.success) return;
    expect(strategy.error.issues[0]?.code).toBe('invalid_type');
    expect(strategy.error.issues).toEqual(parsed.error.issues);
    const bad = kit.safeEvaluateIndicator(
      indicator,
      [{ indicatorId: 5, year: 2016 }] as never,
      asOf,
    );
    expect(bad.success ? [] : bad.error.issues.map((i) => i.code)).toContain('invalid_type');
  });

  it.each([
    [
      'endDate before startDate',
      () => kit.parseMobility({ ...staffTeaching, endDate: '2023-01-01' }),
      'out-of-order',
    ],
    ['a date that does not exist', () => kit.parseIsoDate('2023-02-30'), 'not-a-date'],
    [
      'an unknown country',
      () => kit.parseMobility({ ...longTermStudy, receivingCountry: 'XX' }),
      'unknown-country',
    ],
    ['satisfied above responses', () => kit.wilsonInterval(21, 20), 'exceeds-total'],
  ])('gives a custom issue its params.code: %s', (_label, call, code) => {
    const error = thrown(call) as InputError;
    const custom = error.issues.find((issue) => issue.code === 'custom');
    expect(custom?.code === 'custom' ? custom.params?.['code'] : undefined).toBe(code);
  });

  it.each(
    FAMILIES.filter((entry) => !entry.heavy && !(entry.name in NO_INPUT_ERROR)).map(
      (entry) => [entry.name, entry] as const,
    ),
  )('%s: every issue of a changed field has a zod code or a listed params.code', (_name, entry) => {
    // Each node of the valid arguments (the first 300) replaced by a few bad values.
    let checked = 0;
    for (const path of pathsOf(entry.valid, 300)) {
      for (const value of [-1, 'x', null, {}, 2019, '2023-02-30']) {
        let error: unknown;
        try {
          entry.fn(...(replaceAt(entry.valid, path, value) as unknown[]));
        } catch (caught) {
          error = caught;
        }
        if (!(error instanceof InputError)) continue;
        for (const issue of error.issues) checkCode(issue);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says what was wrong with a call year: the type expected and what was received', () => {
    const error = thrown(() => kit.getRules('2024' as never)) as InputError;
    expect(error.issues[0]?.message).toBe('callYear must be a number; got the string "2024"');
    const inMobility = kit.safeParseMobility({ ...staffTeaching, callYear: '2024' });
    expect(inMobility.success ? '' : inMobility.error.issues[0]?.message).toBe(
      'callYear must be a number; got the string "2024"',
    );
    const unsupported = kit.safeParseMobility({ ...staffTeaching, callYear: 2019 });
    expect(unsupported.success ? '' : unsupported.error.issues[0]?.message).toMatch(
      /^Call year 2019 is not supported: rule packs exist for 2021–2026/,
    );
  });

  it('names the expected type and what was received in zod messages', () => {
    const result = kit.safeParseMobility({ ...staffTeaching, travel: { distanceKm: 'far' } });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'Invalid input: expected number, received string',
    );
  });

  it('documents every params.code in docs/errors.md, and no other', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Issue codes'), doc.indexOf('## The `safe` twins'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...kit.INPUT_ISSUE_CODES]);
  });
});
