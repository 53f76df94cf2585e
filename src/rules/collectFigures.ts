import type { FigureEntry } from '../_lib/provenance.js';
import { isFigure } from './figureHelpers.js';
import type { RulePack } from './types.js';

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
 * Every figure of an already validated pack with its path (the walk behind `listFigures`, without
 * its validation; for the rules module's own use). Private.
 */
export function collectFigures(pack: RulePack): readonly FigureEntry[] {
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
