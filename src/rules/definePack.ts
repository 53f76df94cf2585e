/**
 * Private: assembles a rule pack from its data, wires in the country groups, derives
 * `provisional` from the figures and deep-freezes the result.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import { deepFreeze } from '../_lib/freeze.js';
import { heCountryGroups, vetSchAduCountryGroups } from '../programme/countryGroups.js';
import { someFigure } from './collectFigures.js';
import type { RulePack } from './types.js';

/** What a call-year file writes: the pack without its derived parts. */
export type PackData = Omit<RulePack, 'callYear' | 'provisional' | 'countryGroups'>;

/** Builds, checks nothing, derives `provisional` and freezes a pack. */
export function definePack(callYear: CallYear, data: PackData): RulePack {
  const draft: RulePack = {
    callYear,
    provisional: false,
    countryGroups: { he: heCountryGroups(callYear), vetSchAdu: vetSchAduCountryGroups(callYear) },
    ...data,
  };
  const provisional = someFigure(draft, (figure) => figure.status !== 'confirmed');
  return deepFreeze({ ...draft, provisional }) as RulePack;
}

/** The data of an existing pack (what `definePack` takes), to build the next year from. */
export function packData(pack: RulePack): PackData {
  const { callYear: _year, provisional: _provisional, countryGroups: _groups, ...data } = pack;
  return data;
}
