import type { Figure } from '../_lib/provenance.js';
import { makeParser } from '../_lib/zod.js';
import { collectFigures } from './collectFigures.js';
import { RulePackSchema } from './RulePackSchema.js';
import type { RulePack } from './types.js';

/**
 * One figure of a rule pack with its path (`'ka131.studentMonthly.1'`,
 * `'travelBands.KA131-HED.0.standard'`, `'countryGroups.he.groups.DE'`).
 *
 * @example
 * ```ts
 * import { type FigureEntry, listFigures, rules2024 } from 'erasmus-kit';
 * const first: FigureEntry | undefined = listFigures(rules2024)[0];
 * ```
 */
export interface FigureEntry {
  /** Dotted path of the figure inside the pack; array items by index. */
  readonly path: string;
  /** The figure: value, sources, status. */
  readonly figure: Figure<unknown>;
}

const packParser = makeParser(RulePackSchema);

/**
 * Every figure of a pack with its path, in a stable order (the pack's key order). Country
 * groups are listed one country at a time (`countryGroups.he.groups.AT`), each with the
 * provenance of its table (or the country's own, where the table names an exception).
 *
 * @param pack - a rule pack (validated: anything else throws {@link InputError})
 * @returns the figures, country groups first
 *
 * @example
 * ```ts
 * import { listFigures, rules2021 } from 'erasmus-kit';
 * const unconfirmed = listFigures(rules2021).filter((e) => e.figure.status !== 'confirmed');
 * unconfirmed.length > 0; // true: rules2021.provisional
 * ```
 */
export function listFigures(pack: RulePack): readonly FigureEntry[] {
  packParser.parse(pack);
  return collectFigures(pack);
}
