import type { CallYear } from '../_lib/callYear.js';
import type { Provenance } from '../_lib/provenance.js';

/**
 * A living-cost country group for individual support: 1 (higher living costs), 2 (medium),
 * 3 (lower).
 *
 * @example
 * ```ts
 * import { type LivingCostGroup, heCountryGroups } from 'erasmus-kit';
 * const group: LivingCostGroup | undefined = heCountryGroups(2024).groups['DE']; // 1
 * ```
 */
export type LivingCostGroup = 1 | 2 | 3;

/**
 * One sector's country-group assignment in force for a call year, with its sources.
 *
 * Keys are ISO 3166-1 alpha-2 codes: `GR` for Greece and `GB` for the United Kingdom (the EU's
 * `EL` and `UK` are accepted by `getCountry` but never used as keys here).
 *
 * @example
 * ```ts
 * import { type CountryGroupTable, heCountryGroups } from 'erasmus-kit';
 * const table: CountryGroupTable = heCountryGroups(2023);
 * table.groups['DE']; // 2
 * table.provenance.status; // 'confirmed'
 * ```
 */
export interface CountryGroupTable {
  /** The sector: higher education (KA131), or VET, school and adult education (KA121/KA122). */
  readonly sector: 'HE' | 'VET-SCH-ADU';
  /** The first call year this table applies to (it applies until the next table's year). */
  readonly fromCallYear: CallYear;
  /**
   * ISO alpha-2 code → group. HE tables hold the 27 EU Member States, the 6 associated third
   * countries, and the non-associated countries paid as a group: region 14 (`CH`, `GB`, `FO`)
   * and the micro-states (`AD`, `MC`, `SM`, `VA`). VET/school/adult tables hold the 33 EU and
   * associated countries only.
   */
  readonly groups: Readonly<Record<string, LivingCostGroup>>;
  /** Sources and status of the table as a whole. */
  readonly provenance: Provenance;
  /**
   * Per-country provenance where a country's group has its own sources or is itself disputed
   * (e.g. France and Italy in 2024, the micro-states for staff). Absent keys use `provenance`.
   */
  readonly exceptions?: Readonly<Record<string, Provenance>>;
}
