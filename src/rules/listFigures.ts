import type { Figure } from '../_lib/provenance.js';
import { isFigure } from './figureHelpers.js';
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

function walk(value: unknown, path: string, out: FigureEntry[]): void {
  if (isFigure(value)) {
    out.push({ path, figure: value });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    walk(child, path === '' ? key : `${path}.${key}`, out);
  }
}

/**
 * Every figure of a pack with its path, in a stable order (the pack's key order). Country
 * groups are listed one country at a time (`countryGroups.he.groups.AT`), each with the
 * provenance of its table (or the country's own, where the table names an exception).
 *
 * @param pack - a rule pack
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
  const out: FigureEntry[] = [];
  for (const sector of ['he', 'vetSchAdu'] as const) {
    const table = pack.countryGroups[sector];
    for (const [code, group] of Object.entries(table.groups)) {
      const provenance = table.exceptions?.[code] ?? table.provenance;
      out.push({
        path: `countryGroups.${sector}.groups.${code}`,
        figure: { ...provenance, value: group },
      });
    }
  }
  for (const [key, value] of Object.entries(pack)) {
    if (key !== 'countryGroups') walk(value, key, out);
  }
  return out;
}
