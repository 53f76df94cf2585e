/**
 * Private: what the grant engine needs to know of a country in a call year — its status,
 * territory kind and living-cost group (with the group's provenance as a figure) —
 * read through the programme module's cached `countryInfo`.
 *
 * @module
 */

import { childMap, newMap } from '../_lib/childMap.js';
import type { FigureUsed } from '../mobility/computeDuration.js';
import { type CountryInfo, countryInfo } from '../programme/countries.js';
import type { CountryCode } from '../programme/countryCodes.js';
import type { LivingCostGroup } from '../programme/countryGroups.js';
import type { RulePack } from '../rules/types.js';

/** A country as the grant engine sees it. */
export interface Place {
  /** The country's info for the call year. */
  readonly info: CountryInfo;
  /** The country whose group applies: the Member State for an outermost region or OCT. */
  readonly groupCode: CountryCode;
  /** Whether it is a third country not associated to the Programme. */
  readonly nonAssociated: boolean;
}

/** The {@link Place} of a canonical code in a pack's call year. */
export function placeOf(code: CountryCode, pack: RulePack): Place {
  const info = countryInfo(code, pack.callYear);
  return {
    info,
    groupCode: info.memberState ?? info.code,
    nonAssociated: info.status === 'non-associated',
  };
}

type GroupUse = { readonly group: LivingCostGroup; readonly used: FigureUsed } | undefined;
const groupCache = new WeakMap<object, Map<string, GroupUse>>();

/**
 * A country's group in one of the pack's tables, as a figure used, or `undefined` if it has none.
 * Cached per table (tables are frozen); the records are frozen and shared.
 */
export function groupOf(pack: RulePack, sector: 'he' | 'vetSchAdu', code: string): GroupUse {
  const table = pack.countryGroups[sector];
  const byCode = childMap(groupCache, table, newMap);
  if (byCode.has(code)) return byCode.get(code);
  const group = table.groups[code];
  let result: GroupUse;
  if (group !== undefined) {
    const provenance = table.exceptions?.[code] ?? table.provenance;
    result = Object.freeze({
      group,
      used: Object.freeze({
        path: `countryGroups.${sector}.groups.${code}`,
        value: group,
        status: provenance.status,
        sources: provenance.sources,
      }),
    });
  }
  byCode.set(code, result);
  return result;
}
