import type { Figure, FigureEntry } from '../_lib/provenance.js';
import { isFigure } from './figureHelpers.js';
import type { RulePack } from './types.js';

/** What a walk calls for each figure: `true` stops the walk. */
type Visit = (path: string, figure: Figure<unknown>) => boolean;

function walk(value: unknown, path: string, visit: Visit): boolean {
  if (isFigure(value)) return visit(path, value);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    if (
      Object.hasOwn(record, key) &&
      walk(record[key], path === '' ? key : `${path}.${key}`, visit)
    )
      return true;
  }
  return false;
}

/**
 * Visits every figure of a pack with its path, the country groups first (one figure per
 * country, with the provenance of its table or its exception); stops at the first visit that
 * returns `true`, and says whether one did.
 */
function forEachFigure(pack: RulePack, visit: Visit): boolean {
  for (const sector of ['he', 'vetSchAdu'] as const) {
    const table = pack.countryGroups[sector];
    for (const code in table.groups) {
      const provenance = table.exceptions?.[code] ?? table.provenance;
      const figure = { ...provenance, value: table.groups[code] };
      if (visit(`countryGroups.${sector}.groups.${code}`, figure)) return true;
    }
  }
  for (const key in pack) {
    if (key !== 'countryGroups' && walk(pack[key as keyof RulePack], key, visit)) return true;
  }
  return false;
}

/**
 * Every figure of an already validated pack with its path (the walk behind `listFigures`, without
 * its validation; for the rules module's own use). Private.
 */
export function collectFigures(pack: RulePack): readonly FigureEntry[] {
  const out: FigureEntry[] = [];
  forEachFigure(pack, (path, figure) => {
    out.push({ path, figure });
    return false;
  });
  return out;
}

/** Whether some figure of a pack passes `test` (the walk stops at the first). Private. */
export function someFigure(pack: RulePack, test: (figure: Figure<unknown>) => boolean): boolean {
  return forEachFigure(pack, (_path, figure) => test(figure));
}
