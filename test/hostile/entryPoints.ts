/**
 * The table of every public function of erasmus-kit for the hostile-input tests: how to call it
 * and one valid argument list (the base for mutations). `entryPoints.test.ts` fails when an
 * exported function is missing here.
 */
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import * as kit from '../../src/index.js';
import { allFixtures, longTermStudy, staffTeaching } from '../mobility/fixtures.js';

/** One public function: its valid arguments, and the twin it shares them with, if any. */
export interface EntryPoint {
  /** The exported name. */
  readonly name: string;
  /** The function itself. */
  readonly fn: (...args: unknown[]) => unknown;
  /** A valid argument list. */
  readonly valid: readonly unknown[];
  /** `true` for the `safeX` twins: they return `{ success: false, error }` instead of throwing. */
  readonly safe: boolean;
  /** `true` when a top-level `undefined` result is part of the contract (`rateFor`). */
  readonly mayReturnUndefined?: boolean;
  /**
   * `true` for the `parseX` family: their result is the validated input, and zod keeps an
   * optional key the input gave as `undefined` (`{ note: undefined }`), so such fields may be
   * `undefined` (never NaN or ±Infinity).
   */
  readonly echoesInput?: boolean;
  /**
   * `true` when a valid call costs milliseconds (whole rule packs are validated): mutations of
   * the valid arguments then make a smaller share of the generated cases.
   */
  readonly heavy?: boolean;
  /** The `safeX` twin of this `x`, when there is one: it is called with the same arguments. */
  readonly twin?: EntryPoint;
  /**
   * `true` when the result is one `SafeResult` per input item (`calculateGrants`): each failure
   * must be an erasmus-kit error, each success clean.
   */
  readonly batch?: boolean;
  /** Arguments that hit a known, reported bug: the generators skip them (see `KNOWN_BUGS`). */
  readonly knownBug?: (args: readonly unknown[]) => boolean;
}

/**
 * Known bugs the generators must skip, by entry point. Empty: the last ones (zod messages that
 * called `JSON.stringify` on BigInt or cyclic input) are fixed with `showInput`, and
 * test/hostile/regressions.test.ts keeps them fixed.
 */
const KNOWN_BUGS: Readonly<Record<string, (args: readonly unknown[]) => boolean>> = {};

/** Exported functions that are not entry points for untrusted input, with the reason. */
export const NOT_ENTRY_POINTS: Readonly<Record<string, string>> = {
  ErasmusKitError: 'a class the library throws; hosts do not build it from untrusted input',
  InputError: 'a class the library throws; hosts do not build it from untrusted input',
};

const rateSheetInput = {
  callYear: 2021,
  agency: 'DE01',
  ka131: { studentMonthly: { 1: 600, 2: 540, 3: 490 } },
};
const { action: _action, callYear: _callYear, ...studyTemplate } = longTermStudy;
const { action: _action2, callYear: _callYear2, ...staffTemplate } = staffTeaching;
/** An invalid row: a batch or a project reports it as its own error and computes the rest. */
const badRow = { ...staffTeaching, endDate: '2023-05-01' };
const { action: _action3, callYear: _callYear3, ...badTemplate } = badRow;
const project = {
  action: 'KA131-HED',
  callYear: 2023,
  mobilities: [studyTemplate, badTemplate],
  counts: [{ participants: 3, mobility: staffTemplate }],
};
const seedIndicators = seed001Plan.goals
  .flatMap((goal) => goal.objectives ?? [])
  .flatMap((objective) => objective.actions ?? [])
  .flatMap((action) => action.indicators ?? []);
const indicator = seedIndicators[0];
/** One indicator of each kind of seed 001 (the whole plan is too slow for 10,000 runs). */
const oneOfEachKind = [...new Map(seedIndicators.map((i) => [i.kind, i])).values()];
const [firstGoal] = seed001Plan.goals;
const [firstObjective] = firstGoal?.objectives ?? [];
const [firstAction] = firstObjective?.actions ?? [];
/** A small plan: seed 001's first goal, objective and action, with one indicator per kind. */
const smallPlan = {
  ...seed001Plan,
  goals: [
    {
      ...firstGoal,
      objectives: [{ ...firstObjective, actions: [{ ...firstAction, indicators: oneOfEachKind }] }],
    },
  ],
} as kit.Strategy;
const smallIds = new Set(oneOfEachKind.map((i) => i.id));
const smallActuals = seed001Actuals.filter((a) => smallIds.has(a.indicatorId));
const evaluateOptions = { asOf: seed001AsOf };
const planEvaluation = kit.evaluatePlan(smallPlan, smallActuals, evaluateOptions);
const indicatorEvaluation = kit.evaluateIndicator(
  indicator as kit.Indicator,
  smallActuals,
  evaluateOptions,
);
const grant = kit.calculateGrant(longTermStudy);
const sheet = kit.defineRateSheet(rateSheetInput);
const countOptions = { indicatorId: '1.2.1', actions: ['KA131-HED'] };
const survey = { satisfied: 18, responses: 20 };
const bmRow = {
  'GRANT AGREEMENT NO.': '2024-1-RS01-KA131-HED-000001234',
  'Mobility Activity ID': '001234-MOB-00001',
  'Activity Type': 'HE-STT',
  'Sending Country': 'RS',
  'Receiving Country': 'EL',
  'Start Date': '07/10/2024',
  'End Date': '11/10/2024',
  'Individual support': '1052,00',
};
const records = [
  { id: 'MOB-1', mobility: longTermStudy, reported: { total: grant.total } },
  { id: 'MOB-2', mobility: badRow, reported: {} },
];
const reconciliation = kit.reconcileGrants(records);

/** Valid arguments per function name (the safe twins use the same ones). */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  calculateGrant: [longTermStudy, { rounding: 'per-line' }],
  calculateGrants: [[...allFixtures, badRow], { rounding: 'total-only' }],
  checkEligibility: [longTermStudy],
  computeDuration: [longTermStudy],
  countMobilities: [allFixtures, countOptions],
  defineRateSheet: [rateSheetInput],
  diffRules: [kit.rules2021, kit.rules2022],
  distanceBand: [1063, 2024, { green: true }],
  estimateProjectBudget: [project, { rounding: 'per-line' }],
  evaluateIndicator: [indicator, smallActuals, evaluateOptions],
  evaluatePlan: [smallPlan, smallActuals, evaluateOptions],
  evaluateSatisfaction: [survey, '85%', { confidence: 0.95 }],
  fromBeneficiaryModuleRows: [[bmRow], { firstRow: 2 }],
  evaluateSatisfactionSchedule: [{ 2016: 0.85 }, { 2016: survey }, { minResponses: 5 }],
  getAction: ['KA131-HED'],
  getCountry: ['el', 2024, { locale: 'en' }],
  getRateSheet: ['DE01', 2024],
  getRules: [2024],
  greatCircleDistanceKm: [
    { lat: 52.2297, lon: 21.0122 },
    { lat: 59.9139, lon: 10.7522 },
  ],
  heCountryGroups: [2024],
  isActivityOf: ['KA131-HED', 'student-studies'],
  isErasmusKitError: [new kit.ErasmusKitError('unsupported-call-year', { callYear: 2019 })],
  jsonSchemas: [],
  listActions: [{ keyAction: 'KA1' }],
  listCountries: [2024, { locale: 'en' }],
  listFigures: [kit.rules2024],
  listRateSheets: [],
  listRegions: [],
  normalizeCountryCode: ['uk'],
  parseActuals: [smallActuals],
  parseIndicator: [indicator],
  parseIsoDate: ['2024-02-29'],
  parseMobility: [longTermStudy],
  parseStrategy: [smallPlan],
  rateFor: [sheet, 'ka131.studentMonthly.1'],
  renderGrantStatement: [grant, { format: 'markdown', locale: 'hr' }],
  reconcileGrants: [records, { tolerance: '0.01' }],
  renderReconciliationReport: [reconciliation, { format: 'markdown', locale: 'en' }],
  renderIndicatorChart: [indicatorEvaluation, { locale: 'lt' }],
  renderPlanAtAGlance: [planEvaluation, { locale: 'sr-Cyrl' }],
  renderPlanReport: [planEvaluation, { format: 'markdown', locale: 'sr-Cyrl' }],
  renderRulesMarkdown: [kit.rules2024],
  sumAmounts: [['1925.00', 12.5, '-3']],
  vetSchAduCountryGroups: [2024],
  wilsonInterval: [18, 20, { confidence: 0.9 }],
};

const HEAVY = new Set(['diffRules', 'renderRulesMarkdown', 'listFigures', 'evaluatePlan']);

const exported = kit as unknown as Record<string, unknown>;

const frozenCopies = new Map<readonly unknown[], readonly unknown[]>();

/** A deep-frozen copy of plain data (already frozen parts, such as rule packs, are kept). */
function deepFrozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Error) return value;
  const copy = (
    Array.isArray(value)
      ? value.map(deepFrozen)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFrozen(v)]))
  ) as T;
  return Object.freeze(copy);
}

function frozenCopy(valid: readonly unknown[]): readonly unknown[] {
  const known = frozenCopies.get(valid);
  if (known !== undefined) return known;
  const copy = deepFrozen(valid);
  frozenCopies.set(valid, copy);
  return copy;
}

/** The exported functions (classes excluded), by name. */
export function exportedFunctionNames(): string[] {
  return Object.keys(exported)
    .filter((name) => typeof exported[name] === 'function')
    .filter((name) => !(name in NOT_ENTRY_POINTS))
    .sort();
}

/** Every entry point with its valid arguments (a `safeX` twin borrows those of `x`). */
export const ENTRY_POINTS: readonly EntryPoint[] = exportedFunctionNames().flatMap((name) => {
  const safe = /^safe[A-Z]/.test(name);
  const base = safe ? `${(name[4] ?? '').toLowerCase()}${name.slice(5)}` : name;
  const valid = VALID[base];
  if (valid === undefined) return [];
  // Deep-frozen copies: a mutation by the library would throw (and be caught as an escape), and
  // the mutation check can skip the untouched, frozen parts of a mutated argument list.
  return [
    {
      name,
      fn: exported[name] as (...args: unknown[]) => unknown,
      valid: frozenCopy(valid),
      safe,
      ...(base === 'rateFor' ? { mayReturnUndefined: true } : {}),
      ...(base === 'calculateGrants' ? { batch: true } : {}),
      ...(base.startsWith('parse') || base === 'listFigures' ? { echoesInput: true } : {}),
      ...(HEAVY.has(base) ? { heavy: true } : {}),
      ...(KNOWN_BUGS[base] === undefined ? {} : { knownBug: KNOWN_BUGS[base] }),
    },
  ];
});

/** The throwing entry points, each with its `safeX` twin attached (and the lone safe ones). */
export const FAMILIES: readonly EntryPoint[] = ENTRY_POINTS.filter(
  (entry) =>
    !entry.safe ||
    !ENTRY_POINTS.some(
      (other) => other.name === `${(entry.name[4] ?? '').toLowerCase()}${entry.name.slice(5)}`,
    ),
).map((entry) => {
  const twin = ENTRY_POINTS.find(
    (other) => other.name === `safe${(entry.name[0] ?? '').toUpperCase()}${entry.name.slice(1)}`,
  );
  return twin === undefined || entry.safe ? entry : { ...entry, twin };
});
