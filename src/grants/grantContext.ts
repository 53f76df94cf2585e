/**
 * Private: the working state of one grant calculation — the mobility, its pack and duration, the
 * lines drafted so far with exact amounts, the warnings — and the helpers every line uses.
 *
 * @module
 */
import { childMap, newMap } from '../_lib/childMap.js';
import { Decimal } from '../_lib/decimal.js';
import { centsText, formatMoney, type MoneyString, type RoundingPolicy } from '../_lib/money.js';
import type { Figure } from '../_lib/provenance.js';
import { usedFigure } from '../distance/distanceBand.js';
import type { Duration, FigureUsed } from '../mobility/computeDuration.js';
import type { Mobility } from '../mobility/MobilityInputSchema.js';
import type { RangeFigure, RulePack } from '../rules/types.js';
import type {
  GrantLine,
  GrantLineKind,
  GrantUnit,
  GrantWarning,
  GrantWarningCode,
  MissingPart,
  MissingReason,
} from './types.js';

/** NA-chosen values by pack path (`ka131.studentMonthly.1` → `'550.00'`). */
export type RateLookup = (path: string) => MoneyString | undefined;

/** A line while it is being built: the amount is exact (not yet rounded). */
export interface LineDraft {
  /** What the line pays for. */
  readonly kind: GrantLineKind;
  /** How many units. */
  readonly quantity: number;
  /** What the units are. */
  readonly unit: GrantUnit;
  /** Rate per unit (exact). */
  readonly unitAmount: Decimal;
  /** Amount (exact). */
  readonly amount: Decimal;
  /** The computation in words. */
  readonly basis: string;
  /** The rule applied. */
  readonly rule: string;
  /** Figures used. */
  readonly figures: readonly FigureUsed[];
}

/** Everything one calculation reads and writes. */
export interface GrantContext {
  /** The validated mobility. */
  readonly m: Mobility;
  /** Its call year's pack. */
  readonly pack: RulePack;
  /** Its duration. */
  readonly duration: Duration;
  /** NA values, when a rate sheet was given. */
  readonly rates: RateLookup | undefined;
  /** Lines drafted so far. */
  readonly lines: LineDraft[];
  /** Warnings so far (deduplicated by message at the end). */
  readonly warnings: GrantWarning[];
  /** Lines the mobility should have but that could not be computed. */
  readonly missing: MissingPart[];
  /** Paths of range figures paid at their Programme Guide reference value (no rate sheet value). */
  readonly referencePaths: string[];
}

const eurosCache = new Map<string, string>();

/** Most entries a module-level text or Decimal cache keeps before it starts over. */
export const CACHE_LIMIT = 10_000;

/** Remembers `value` under `key`, emptying the map first when it is full (memory stays bounded). */
export function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** `€1925.00`; an amount with more than two decimals is shown exactly (`€103.615`). */
export function euros(value: Decimal | MoneyString): string {
  if (typeof value === 'string') {
    let text = eurosCache.get(value);
    if (text === undefined) {
      text = remember(eurosCache, value, euros(new Decimal(value)));
    }
    return text;
  }
  let text = decimalText.get(value);
  if (text === undefined) {
    text = `€${value.decimalPlaces() > 2 ? value.toFixed() : formatMoney(value)}`;
    decimalText.set(value, text);
  }
  return text;
}

/** Texts of Decimals already shown (Decimals are immutable; cached ones are shared rates). */
const decimalText = new WeakMap<Decimal, string>();
const percentText = new Map<string, string>();

/** `70 %` for `0.70`. */
export function percent(share: Decimal | string): string {
  const key = typeof share === 'string' ? share : share.toString();
  let text = percentText.get(key);
  if (text === undefined) {
    text = remember(percentText, key, `${new Decimal(share).times(100).toFixed()} %`);
  }
  return text;
}

/** `1 month`, `3 months`; `1 day`, `15 days`. */
export function count(n: number, singular: string): string {
  return `${n} ${singular}${n === 1 ? '' : 's'}`;
}

const decimals = new WeakMap<object, Decimal>();

/** A money figure's value as a Decimal (cached per figure: packs and Decimals are immutable). */
export function money(figure: Figure<MoneyString>): Decimal {
  let d = decimals.get(figure);
  if (d === undefined) {
    d = new Decimal(figure.value);
    decimals.set(figure, d);
  }
  return d;
}

/** Adds a warning. */
export function warn(
  ctx: GrantContext,
  code: GrantWarningCode,
  message: string,
  paths?: readonly string[],
): void {
  ctx.warnings.push(paths ? { code, message, paths } : { code, message });
}

const NO_PATHS: readonly string[] = Object.freeze([]);

/** Records a line the result should contain but leaves out: the result is then not complete. */
export function leaveOut(
  ctx: GrantContext,
  kind: GrantLineKind,
  reason: MissingReason,
  message: string,
  paths: readonly string[] = NO_PATHS,
): void {
  ctx.missing.push({ kind, reason, message, paths });
}

/** Reference values per figure and path (one figure may sit at several paths of a pack). */
const references = new WeakMap<
  object,
  Map<string, { readonly value: Decimal; readonly used: FigureUsed }>
>();

const sheetDecimals = new Map<string, Decimal>();

/** The Decimal of a rate-sheet amount, cached by its text. */
function sheetDecimal(value: MoneyString): Decimal {
  let d = sheetDecimals.get(value);
  if (d === undefined) {
    d = remember(sheetDecimals, value, new Decimal(value));
  }
  return d;
}

/** The amount of a range figure to use: the rate sheet's value if it has one, else the reference. */
export function resolveRange(
  ctx: GrantContext,
  path: string,
  figure: RangeFigure,
): { readonly value: Decimal; readonly used: FigureUsed } {
  const chosen = ctx.rates?.(path);
  if (chosen !== undefined) {
    return {
      value: sheetDecimal(chosen),
      used: {
        path: `rateSheet.${path}`,
        value: chosen,
        status: 'confirmed',
        sources: ['rate sheet given in options.rateSheet'],
      },
    };
  }
  ctx.referencePaths.push(path);
  const byPath = childMap(references, figure, newMap);
  let ref = byPath.get(path);
  if (ref === undefined) {
    ref = {
      value: new Decimal(figure.value.reference),
      used: Object.freeze({ ...usedFigure(path, figure), value: figure.value.reference }),
    };
    byPath.set(path, ref);
  }
  return ref;
}

const unitTexts = new WeakMap<Decimal, MoneyString>();

/** A line amount rounded to cents, and its text. */
interface Rounded {
  readonly value: Decimal;
  readonly text: MoneyString;
}

/** Rounded amounts, per (immutable, often shared) exact amount. */
const roundedAmounts = new WeakMap<Decimal, Rounded>();

function roundedOf(amount: Decimal): Rounded {
  let rounded = roundedAmounts.get(amount);
  if (rounded === undefined) {
    const value = amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    rounded = { value, text: centsText(value) };
    roundedAmounts.set(amount, rounded);
  }
  return rounded;
}

/**
 * Rounds and formats the drafted lines under a policy and sums them into the total. The lines
 * and their figure lists have no spare room: results are kept, and a list grown by `push` keeps
 * some (shared, frozen figure lists are used as they are).
 */
export function finishLines(
  drafts: readonly LineDraft[],
  policy: RoundingPolicy,
): { readonly lines: GrantLine[]; readonly total: MoneyString } {
  let total: Decimal | undefined;
  const lines = new Array<GrantLine>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as LineDraft;
    const rounded = roundedOf(d.amount);
    const add = policy === 'per-line' ? rounded.value : d.amount;
    total = total === undefined ? add : total.plus(add);
    let unitAmount = unitTexts.get(d.unitAmount);
    if (unitAmount === undefined) {
      unitAmount = formatMoney(d.unitAmount);
      unitTexts.set(d.unitAmount, unitAmount);
    }
    lines[i] = {
      kind: d.kind,
      quantity: d.quantity,
      unit: d.unit,
      unitAmount,
      amount: rounded.text,
      basis: d.basis,
      rule: d.rule,
      figures: Object.isFrozen(d.figures) ? d.figures : d.figures.slice(),
    };
  }
  // One line under 'per-line': the total is that line's amount (already rounded and formatted).
  if (drafts.length === 1 && policy === 'per-line') {
    return { lines, total: (lines[0] as GrantLine).amount };
  }
  return { lines, total: formatMoney(total ?? new Decimal(0)) };
}
