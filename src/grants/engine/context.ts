/**
 * Private: the working state of one grant calculation — the mobility, its pack and duration, the
 * lines drafted so far with exact amounts, the warnings — and how a line finds its rate.
 *
 * @module
 */
import type { Decimal } from '../../_lib/decimal.js';
import type { MoneyString } from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { Duration } from '../../mobility/computeDuration.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';
import type { LivingCostGroup } from '../../programme/countryGroups.js';
import type {
  GrantLineKind,
  GrantUnit,
  GrantWarning,
  GrantWarningCode,
  LineCalculation,
  MissingPart,
  MissingReason,
} from '../types.js';
import type { SheetRates } from './options.js';
import { groupRateIn, type PackIndex, type Rate } from './packIndex.js';

/** A line while it is being built: the amount is exact (not yet rounded). */
export interface LineDraft {
  /** What the line pays for. */
  readonly kind: GrantLineKind;
  /** How many units. */
  readonly quantity: number;
  /** What the units are. */
  readonly unit: GrantUnit;
  /** Rate per unit, two places. */
  readonly unitAmount: MoneyString;
  /** Amount (exact). */
  readonly amount: Decimal;
  /** The computation in words. */
  readonly basis: string;
  /** The rule applied. */
  readonly rule: string;
  /** Figures used. */
  readonly figures: readonly FigureUsed[];
  /** The computation as data. */
  readonly calculation: LineCalculation;
}

/** Everything one calculation reads and writes. */
export interface GrantContext {
  /** The validated mobility. */
  readonly m: Mobility;
  /** Its call year's pack, indexed. */
  readonly index: PackIndex;
  /** Its duration. */
  readonly duration: Duration;
  /** The rate sheet of the mobility's call year, when one was given. */
  readonly sheet: SheetRates | undefined;
  /** Lines drafted so far. */
  readonly lines: LineDraft[];
  /** Warnings so far (deduplicated at the end). */
  readonly warnings: GrantWarning[];
  /** Lines the mobility should have but that could not be computed. */
  readonly missing: MissingPart[];
  /** Paths of range figures paid at their Programme Guide reference value (no rate sheet value). */
  readonly referencePaths: string[];
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

/**
 * The rate of a per-group table (`'ka131.studentMonthly'`) for a group: the rate sheet's value
 * where it has one, else the pack's (for a range figure, its reference value, which the result's
 * `reference-values` warning names); `undefined` when the pack has no rate for the group.
 */
export function groupRate(
  ctx: GrantContext,
  table: string,
  group: LivingCostGroup,
): Rate | undefined {
  const rate = groupRateIn(ctx.index.groupRates, table, group);
  if (rate === undefined || !rate.range) return rate;
  const chosen = ctx.sheet && groupRateIn(ctx.sheet.rates, table, group);
  if (chosen !== undefined) return chosen;
  ctx.referencePaths.push(rate.used.path);
  return rate;
}
