/**
 * A fast path for validating a strategy (internal). It says yes only when the input is made of
 * plain objects and arrays and is valid by every rule of `StrategySchema` — field by field, the
 * indicators' cross-field rules, unique ids, target years inside the period — so it can be used as
 * it stands; for anything else (an unusual prototype, a symbol key, a key set to `undefined`, any
 * invalid value) it says no and the zod schema decides and writes the error messages. A property
 * test checks that whatever the fast path accepts, the schema accepts with an equal result.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parseOptions } from '../_lib/zod.js';
import { INDICATOR_PARTS, PATTERNS } from './indicatorSchema.js';
import { STRATEGY_PARTS, StrategySchema } from './strategySchema.js';
import type { Strategy } from './strategyTypes.js';

/** The fields read below, by name. */
type Field =
  | 'id'
  | 'kind'
  | 'direction'
  | 'aggregation'
  | 'targets'
  | 'tolerance'
  | 'baseline'
  | 'confidence'
  | 'minResponses'
  | 'per'
  | 'event'
  | 'extraPerYear'
  | 'milestones'
  | 'label'
  | 'unit'
  | 'weight'
  | 'note'
  | 'year'
  | 'value'
  | 'min'
  | 'max'
  | 'title'
  | 'from'
  | 'to'
  | 'durationYears'
  | 'focus'
  | 'description'
  | 'printedNumber'
  | 'funding'
  | 'implementers'
  | 'indicators'
  | 'actions'
  | 'titleEn'
  | 'objectives'
  | 'name'
  | 'country'
  | 'city'
  | 'institution'
  | 'language'
  | 'period'
  | 'vision'
  | 'mission'
  | 'values'
  | 'swot'
  | 'phases'
  | 'goals'
  | 'source';
type Plain = Record<string, unknown> & { readonly [K in Field]?: unknown };

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    Object.getOwnPropertySymbols(value).length === 0
  );
}

/** A plain object whose keys are all allowed and defined, with its required keys present. */
function shaped(
  value: unknown,
  allowed: ReadonlySet<string>,
  required: readonly string[],
): value is Plain {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key) || value[key] === undefined) return false;
  }
  for (const key of required) if (!(key in value)) return false;
  return true;
}

/** The keys an object schema allows. */
const keysOf = (schema: { readonly shape: object }): ReadonlySet<string> =>
  new Set(Object.keys(schema.shape));

const { id: ID, yearKey: YEAR_KEY, percent: PERCENT, country: COUNTRY } = PATTERNS;

const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optionalText = (v: unknown): boolean => v === undefined || text(v);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const id = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonNegative = (v: unknown): boolean => finite(v) && v >= 0;
const share = (v: unknown): boolean => finite(v) && v >= 0 && v <= 1;
/** A safe integer of at least `min`. */
const int = (v: unknown, min: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min;
const year = (v: unknown): v is number => int(v, 1000) && v <= 9000;

function texts(v: unknown, optional = true): boolean {
  if (v === undefined) return optional;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!text(v[i])) return false;
  return true;
}

/** Each element passes `check` (`undefined` passes when the list is optional). */
function list(v: unknown, check: (item: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

/** A by-year record: four-digit string keys, every value passing `check`. */
function byYear(v: unknown, check: (value: unknown) => boolean): v is Plain {
  if (!isPlain(v)) return false;
  for (const key of Object.keys(v)) if (!YEAR_KEY.test(key) || !check(v[key])) return false;
  return true;
}

const { kinds, baseline: baselineSchema, range } = INDICATOR_PARTS;
const INDICATOR_KEYS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(kinds).map(([kind, schema]) => [kind, keysOf(schema)]),
);
const YEAR_VALUE = keysOf(baselineSchema);
const RANGE = keysOf(range);
const TWO_WAYS: ReadonlySet<unknown> = new Set(kinds.percentage.shape.direction.options);
const FOUR_WAYS: ReadonlySet<unknown> = new Set(kinds.numeric.shape.direction.options);
const AGGREGATIONS: ReadonlySet<unknown> = new Set(kinds.numeric.shape.aggregation.options);
const twoWays = (d: unknown): boolean => TWO_WAYS.has(d);

function baseline(v: unknown, value: (x: unknown) => boolean): boolean {
  return (
    v === undefined || (shaped(v, YEAR_VALUE, ['year', 'value']) && year(v.year) && value(v.value))
  );
}

const percentText = (v: unknown): boolean =>
  typeof v === 'string' && PERCENT.test(v) && Number.parseFloat(v) <= 100;

/** The per-kind fields and targets of an indicator (its base fields are checked apart). */
function kindFields(i: Plain): boolean {
  switch (i.kind) {
    case 'numeric': {
      const between = i.direction === 'between';
      return (
        FOUR_WAYS.has(i.direction) &&
        AGGREGATIONS.has(i.aggregation) &&
        byYear(i.targets, (t) =>
          between
            ? shaped(t, RANGE, ['min', 'max']) && finite(t.min) && finite(t.max) && t.min <= t.max
            : finite(t),
        ) &&
        (i.tolerance === undefined || (nonNegative(i.tolerance) && i.direction === 'exactly')) &&
        baseline(i.baseline, finite) &&
        !(i.baseline !== undefined && i.aggregation === 'cumulative')
      );
    }
    case 'percentage':
      return (
        twoWays(i.direction) &&
        byYear(i.targets, (t) => share(t) || percentText(t)) &&
        (i.confidence === undefined ||
          (finite(i.confidence) && i.confidence > 0 && i.confidence < 1)) &&
        (i.minResponses === undefined || int(i.minResponses, 1)) &&
        baseline(i.baseline, share)
      );
    case 'frequency':
      return byYear(i.targets, (t) => int(t, 0));
    case 'limit':
      return byYear(i.targets, nonNegative) && baseline(i.baseline, finite);
    case 'per-unit':
      return text(i.per) && twoWays(i.direction) && byYear(i.targets, nonNegative);
    case 'event-driven':
      return (
        text(i.event) &&
        byYear(i.targets, nonNegative) &&
        (i.extraPerYear === undefined || nonNegative(i.extraPerYear))
      );
    default:
      // 'milestone': its milestones are required
      return i.milestones !== undefined;
  }
}

/** An indicator valid by `IndicatorSchema`, its target years inside `period` when there is one. */
function indicator(v: unknown, period: { from: number; to: number } | undefined): boolean {
  // A kind that is not a string is never looked up: it could not even be made a key.
  if (!isPlain(v) || typeof v.kind !== 'string' || !Object.hasOwn(INDICATOR_KEYS, v.kind)) {
    return false;
  }
  const allowed = INDICATOR_KEYS[v.kind];
  if (
    allowed === undefined ||
    !shaped(v, allowed, ['id', 'label']) ||
    !id(v.id) ||
    !text(v.label) ||
    !optionalText(v.unit) ||
    !(v.weight === undefined || (finite(v.weight) && v.weight > 0)) ||
    !(v.milestones === undefined || byYear(v.milestones, text)) ||
    !optionalString(v.note) ||
    !kindFields(v)
  ) {
    return false;
  }
  const targets = v.kind === 'milestone' ? {} : (v.targets as Plain);
  const milestones = (v.milestones ?? {}) as Plain;
  let years = 0;
  for (const record of [targets, milestones]) {
    for (const key of Object.keys(record)) {
      years += 1;
      if (period && (+key < period.from || +key > period.to)) return false;
      if (record === milestones && Object.hasOwn(targets, key)) return false;
    }
  }
  return years > 0;
}

const STRATEGY = keysOf(STRATEGY_PARTS.strategy);
const INSTITUTION = keysOf(STRATEGY_PARTS.institution);
const PERIOD = keysOf(STRATEGY_PARTS.period);
const SWOT = keysOf(STRATEGY_PARTS.swot);
const SWOT_KEYS = [...SWOT];
const PHASE = keysOf(STRATEGY_PARTS.phase);
const GOAL = keysOf(STRATEGY_PARTS.goal);
const OBJECTIVE = keysOf(STRATEGY_PARTS.objective);
const ACTION = keysOf(STRATEGY_PARTS.action);

function phase(v: unknown): boolean {
  return (
    shaped(v, PHASE, ['id', 'title']) &&
    id(v.id) &&
    text(v.title) &&
    (v.from === undefined || year(v.from)) &&
    (v.to === undefined || year(v.to)) &&
    !(year(v.from) && year(v.to) && v.from > v.to) &&
    (v.durationYears === undefined || int(v.durationYears, 1)) &&
    texts(v.focus) &&
    optionalText(v.description)
  );
}

/** Adds `value` to `seen`; false when it was there already. */
function fresh(seen: Set<string>, value: string): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  return true;
}

/**
 * True when `input` is a strategy valid by every rule of `StrategySchema`, built of plain objects
 * and arrays only, so it can be used as it stands.
 */
export function isFastStrategy(input: unknown): input is Strategy {
  if (!shaped(input, STRATEGY, ['institution', 'goals'])) return false;
  const s = input;
  const inst = s.institution;
  if (
    !shaped(inst, INSTITUTION, ['name']) ||
    !text(inst.name) ||
    !(
      inst.country === undefined ||
      (typeof inst.country === 'string' && COUNTRY.test(inst.country))
    ) ||
    !optionalText(inst.city)
  ) {
    return false;
  }
  let period: { from: number; to: number } | undefined;
  if (s.period !== undefined) {
    const p = s.period;
    if (!shaped(p, PERIOD, ['from', 'to']) || !year(p.from) || !year(p.to) || p.from > p.to) {
      return false;
    }
    period = { from: p.from, to: p.to };
  }
  if (
    !optionalText(s.title) ||
    !optionalText(s.language) ||
    !optionalText(s.vision) ||
    !optionalText(s.mission) ||
    !texts(s.values) ||
    !optionalText(s.source) ||
    !optionalString(s.note)
  ) {
    return false;
  }
  if (s.swot !== undefined) {
    const swot = s.swot;
    if (!shaped(swot, SWOT, SWOT_KEYS) || !SWOT_KEYS.every((k) => texts(swot[k], false))) {
      return false;
    }
  }
  const phaseIds = new Set<string>();
  if (!list(s.phases, (p) => phase(p) && fresh(phaseIds, (p as Plain).id as string))) return false;
  const seen = {
    goal: new Set<string>(),
    objective: new Set<string>(),
    action: new Set<string>(),
    indicator: new Set<string>(),
  };
  const anIndicator = (i: unknown) =>
    indicator(i, period) && fresh(seen.indicator, (i as Plain).id as string);
  const anAction = (a: unknown) =>
    shaped(a, ACTION, ['id', 'title']) &&
    id(a.id) &&
    fresh(seen.action, a.id) &&
    optionalText(a.printedNumber) &&
    text(a.title) &&
    texts(a.funding) &&
    texts(a.implementers) &&
    list(a.indicators, anIndicator) &&
    optionalString(a.note);
  const anObjective = (o: unknown) =>
    shaped(o, OBJECTIVE, ['id']) &&
    id(o.id) &&
    fresh(seen.objective, o.id) &&
    optionalText(o.title) &&
    list(o.actions, anAction) &&
    optionalString(o.note);
  const aGoal = (g: unknown) =>
    shaped(g, GOAL, ['id', 'title']) &&
    id(g.id) &&
    fresh(seen.goal, g.id) &&
    text(g.title) &&
    optionalText(g.titleEn) &&
    list(g.objectives, anObjective) &&
    optionalString(g.note);
  return Array.isArray(s.goals) && list(s.goals, aGoal);
}

/**
 * A strategy given as an argument: taken as it stands when the fast path accepts it, validated by
 * `StrategySchema` otherwise (which writes every problem with its path).
 */
export const StrategyArgSchema = z.pipe(
  z.unknown(),
  z.transform((input, ctx): Strategy => {
    if (isFastStrategy(input)) return input;
    const result = StrategySchema.safeParse(input, parseOptions());
    if (result.success) return result.data as Strategy;
    for (const issue of result.error.issues) {
      ctx.issues.push({ code: 'custom', input, message: issue.message, path: issue.path });
    }
    return z.NEVER;
  }),
);
