/**
 * Private: what the grant engine needs to know of a country in a call year — its status,
 * territory kind, and the country whose living-cost group applies.
 *
 * @module
 */
import { type CountryInfo, countryInfo } from '../../programme/countries.js';
import type { CountryCode } from '../../programme/countryCodes.js';
import type { GroupUse, PackIndex, Sector } from './packIndex.js';

/** A country as the grant engine sees it. */
export interface Place {
  /** The country's info for the call year. */
  readonly info: CountryInfo;
  /** The country whose group applies: the Member State for an outermost region or OCT. */
  readonly groupCode: CountryCode;
  /** Whether it is a third country not associated to the Programme. */
  readonly nonAssociated: boolean;
}

/** The {@link Place} of a canonical code in the index's call year. */
export function placeOf(code: CountryCode, index: PackIndex): Place {
  const info = countryInfo(code, index.pack.callYear);
  return {
    info,
    groupCode: info.memberState ?? info.code,
    nonAssociated: info.status === 'non-associated',
  };
}

/** A country's group in one of the pack's tables, or `undefined` if it has none. */
export function groupOf(index: PackIndex, sector: Sector, code: string): GroupUse | undefined {
  return index.groups[sector].get(code);
}
