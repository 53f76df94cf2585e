import type { FigureEntry } from '../_lib/provenance.js';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { collectFigures } from './collectFigures.js';
import { RulePackSchema } from './RulePackSchema.js';
import type { RulePack } from './types.js';

const packParser = makeParser(RulePackSchema, { root: 'pack' });

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

const trySafeListFigures = toSafe(listFigures);

/**
 * The non-throwing twin of {@link listFigures}: `{ success: false, error }` with the
 * {@link InputError} when `pack` is not a valid rule pack.
 *
 * @param pack - a rule pack
 * @returns `{ success: true, data }` with the figures, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { rules2021, safeListFigures } from 'erasmus-kit';
 * const figures = safeListFigures(rules2021);
 * if (figures.success) console.log(figures.data.length > 100); // true
 * safeListFigures({} as never).success; // false
 * ```
 */
export function safeListFigures(pack: RulePack): SafeResult<readonly FigureEntry[]> {
  return trySafeListFigures(pack);
}
