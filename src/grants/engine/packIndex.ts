/**
 * Private: what the grant engine reads of a rule pack, its table in the pack's one index (made
 * once per pack, see rules/packIndex.ts): the money and share figures as exact Decimals, the
 * per-group rate tables and the countries' living-cost groups, each with the pack's own frozen
 * figure record.
 *
 * @module
 */
import { type Decimal, dec } from '../../_lib/decimal.js';
import { divMoney, formatMoney, type MoneyString } from '../../_lib/money.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { LivingCostGroup } from '../../programme/countryGroups.js';
import { fundingRules } from '../../rules/citations.js';
import { collectFigures } from '../../rules/collectFigures.js';
import { type FigureRecords, figureRecords, packTable } from '../../rules/packIndex.js';
import type { MoneyRange, RulePack } from '../../rules/types.js';
import { MOBILITY_ACTIONS, type MobilityAction } from '../../rules/vocabulary.js';
import { euros } from './texts.js';

/** An exact amount and its two-place text (`'550.00'`), as a line shows it. */
export interface Amount {
  /** The exact value. */
  readonly value: Decimal;
  /** The value rounded to cents, two places. */
  readonly text: MoneyString;
}

/** A money or share figure as the engine uses it (a range figure at its reference value). */
export interface Rate extends Amount {
  /**
   * A thirtieth of the amount (an extra day of a monthly rate) as a line's basis shows it:
   * `€20.00`, or `€674.00/30` when it has more than two decimals.
   */
  readonly thirtieth: string;
  /** The record a result reports when it uses the rate. */
  readonly used: FigureUsed;
  /** Whether a National Agency chooses the amount inside a range (a rate sheet may set it). */
  readonly range: boolean;
}

/** Rates by table path and living-cost group: `'ka131.studentMonthly'` → `[, g1, g2, g3]`. */
export type GroupRates = ReadonlyMap<string, readonly (Rate | undefined)[]>;

/** A country's living-cost group in one of the pack's tables, with its record. */
export interface GroupUse {
  /** The group. */
  readonly group: LivingCostGroup;
  /** The record of `countryGroups.<sector>.groups.<code>`. */
  readonly used: FigureUsed;
}

/** The tables of country groups. */
export type Sector = 'he' | 'vetSchAdu';

/** The amounts of one travel band. */
export interface BandRates {
  /** The standard amount. */
  readonly standard: Rate;
  /** The green amount, where the band has one. */
  readonly green: Rate | undefined;
}

/** What the engine reads of one pack. */
export interface PackIndex {
  /** The pack. */
  readonly pack: RulePack;
  /** The funding rules of each action in the call year's Programme Guide, as rules cite them. */
  readonly fundingRules: { readonly [A in MobilityAction]: string };
  /** The travel bands' amounts, by action and band. */
  readonly bands: { readonly [A in MobilityAction]: readonly BandRates[] };
  /** Every figure's record, by path: the pack's own (see `figureRecords`). */
  readonly figures: FigureRecords;
  /** Every money and share figure, by path. */
  readonly rates: ReadonlyMap<string, Rate>;
  /** The rates of the per-group tables. */
  readonly groupRates: GroupRates;
  /** The countries' groups, by table and country code. */
  readonly groups: { readonly [S in Sector]: ReadonlyMap<string, GroupUse> };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** The {@link Rate} of an exact value (of a pack, or of a rate sheet). */
export function makeRate(value: Decimal, used: FigureUsed, range: boolean): Rate {
  const text = formatMoney(value);
  const thirtieth = divMoney(value, 30);
  return Object.freeze({
    value,
    text,
    thirtieth: thirtieth.decimalPlaces() <= 2 ? euros(thirtieth) : `€${text}/30`,
    used,
    range,
  });
}

function isRange(value: unknown): value is MoneyRange {
  return typeof value === 'object' && value !== null && 'reference' in value;
}

/** Adds `rate` to its group table when the last part of `path` is a group (1, 2, 3). */
function addToGroupTable(tables: Map<string, (Rate | undefined)[]>, path: string, rate: Rate) {
  const dot = path.lastIndexOf('.');
  const group = Number(path.slice(dot + 1));
  if (group !== 1 && group !== 2 && group !== 3) return;
  const table = path.slice(0, dot);
  let rates = tables.get(table);
  if (rates === undefined) {
    rates = [];
    tables.set(table, rates);
  }
  rates[group] = rate;
}

function buildIndex(pack: RulePack): PackIndex {
  const figures = figureRecords(pack);
  const rates = new Map<string, Rate>();
  const groupRates = new Map<string, (Rate | undefined)[]>();
  const groups = { he: new Map<string, GroupUse>(), vetSchAdu: new Map<string, GroupUse>() };
  for (const { path, figure } of collectFigures(pack)) {
    const { value } = figure;
    const range = isRange(value);
    // The pack's record of the figure (a range figure at its reference value).
    const used = figures.get(path) as FigureUsed;
    if (range || (typeof value === 'string' && DECIMAL.test(value))) {
      const exact = dec(range ? value.reference : (value as string));
      const rate = makeRate(exact, used, range);
      rates.set(path, rate);
      addToGroupTable(groupRates, path, rate);
    }
    for (const sector of ['he', 'vetSchAdu'] as const) {
      const prefix = `countryGroups.${sector}.groups.`;
      if (path.startsWith(prefix)) {
        groups[sector].set(path.slice(prefix.length), {
          group: value as LivingCostGroup,
          used,
        });
      }
    }
  }
  const fundingRulesOf = {} as Record<MobilityAction, string>;
  const bands = {} as Record<MobilityAction, BandRates[]>;
  for (const action of MOBILITY_ACTIONS) {
    fundingRulesOf[action] = fundingRules(pack.callYear, action);
    bands[action] = pack.travelBands[action].map((_, i) => ({
      standard: rates.get(`travelBands.${action}.${i}.standard`) as Rate,
      green: rates.get(`travelBands.${action}.${i}.green`),
    }));
  }
  return { pack, fundingRules: fundingRulesOf, bands, figures, rates, groupRates, groups };
}

/** What the engine reads of a pack: its table in the pack's one index, made on first use. */
export function packIndex(pack: RulePack): PackIndex {
  return packTable(pack, buildIndex);
}

/** The record of the figure at `path` (an internal error if the pack has none). */
export function figureAt(index: PackIndex, path: string): FigureUsed {
  const used = index.figures.get(path);
  if (used === undefined)
    throw new Error(`No figure at ${path} in the call-${index.pack.callYear} pack`);
  return used;
}

/** The money or share figure at `path` (an internal error if the pack has none). */
export function rateAt(index: PackIndex, path: string): Rate {
  const rate = index.rates.get(path);
  if (rate === undefined)
    throw new Error(`No rate at ${path} in the call-${index.pack.callYear} pack`);
  return rate;
}

/** The rate of a per-group table for a group, if the table has one. */
export function groupRateIn(
  tables: GroupRates,
  table: string,
  group: LivingCostGroup,
): Rate | undefined {
  return tables.get(table)?.[group];
}
