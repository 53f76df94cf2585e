/**
 * The shapes of the shipped National Agency data (internal): plain literals, read when a sheet or
 * the list is asked for, never at import.
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import type { MoneyString } from '../../_lib/money.js';
import type { CountryCode } from '../../programme/countryCodes.js';
import type { CallYearConfidence, RateProvenance } from '../rateSheet/types.js';
import type { PerGroup } from '../types.js';

/** Provenance of a shipped value: the call-year confidence is always assessed. */
export type ShippedProvenance = RateProvenance & {
  /** How sure the call year is. */
  readonly callYearConfidence: CallYearConfidence;
};

/** One table of a shipped sheet: the values of groups 1, 2 and 3, and their provenance. */
export type TableData = ShippedProvenance & {
  /** The values of groups 1, 2 and 3, exact (two places). */
  readonly values: readonly [MoneyString, MoneyString, MoneyString];
  /** The groups whose provenance differs from the table's. */
  readonly groups?: { readonly [G in 1 | 2 | 3]?: ShippedProvenance };
};

/** The KA131 tables a shipped sheet may hold. */
export interface Ka131Data {
  /** Long-term student monthly rates. */
  readonly studentMonthly?: TableData;
  /** Staff daily rates (days 1–14). */
  readonly staffDaily?: TableData;
}

/** One shipped sheet: a call year's tables. */
export interface SheetData {
  /** The call year the values are filed under. */
  readonly callYear: CallYear;
  /** Its KA131 tables. */
  readonly ka131: Ka131Data;
}

/** Who an agency is. */
export interface AgencyIdentity {
  /** The agency's code (`'DE01'`). */
  readonly agency: string;
  /** Its name. */
  readonly name: string;
  /** Its country. */
  readonly country: CountryCode;
  /**
   * A public page showing the code in a project number; absent when the code only follows the
   * programme's naming convention.
   */
  readonly codeSeenIn?: string;
}

/** A National Agency with fixed national sheets. */
export interface AgencyData extends AgencyIdentity {
  /** Why its amounts are national minima that a university may exceed (with its source), if so. */
  readonly minima?: string;
  /** Why its amounts include national money (with its source), if so. */
  readonly nationalMoney?: string;
  /** Its sheets, by call year (only call years a source gives). */
  readonly sheets: readonly SheetData[];
}

/** A National Agency without a national sheet: each university sets the rate. */
export interface NoSheetData extends Omit<AgencyIdentity, 'agency'> {
  /** The code, when known. */
  readonly agency?: string;
  /** Why there is no national sheet, in a sentence. */
  readonly reason: string;
  /** Where that is said. */
  readonly sources: readonly [string, ...string[]];
}

/** A range an agency sets for a call year, inside which each university chooses its own rates. */
export interface RangeData {
  /** Lowest rate a university may choose. */
  readonly min?: MoneyString;
  /** Highest rate a university may choose. */
  readonly max?: MoneyString;
}

/** A National Agency whose universities choose their rates within its ranges (call 2025 on). */
export interface UniversityRangeData extends AgencyIdentity {
  /** The call year. */
  readonly callYear: CallYear;
  /** The ranges, per KA131 table and group. */
  readonly ka131: {
    /** Long-term student monthly rates. */
    readonly studentMonthly?: PerGroup<RangeData>;
    /** Staff daily rates (days 1–14). */
    readonly staffDaily?: PerGroup<RangeData>;
  };
  /** Where the ranges come from and how far they can be trusted. */
  readonly provenance: ShippedProvenance;
}
