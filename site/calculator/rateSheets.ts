/**
 * The National Agency rate sheets the calculator offers besides a sheet typed in: those that
 * erasmus-kit ships (`listRateSheets`) for the call year, each loaded with `safeGetRateSheet`.
 */
import type { SafeResult } from '../../src/entries/errors.js';
import { listRateSheets, type RateSheet, safeGetRateSheet } from '../../src/entries/rules.js';

/** A shipped rate sheet as the page offers it. */
export interface ShippedSheet {
  /** The value of its choice in the form (never `'typed'` nor `''`). */
  readonly id: string;
  /** What the person reads: the agency and the call year. */
  readonly label: string;
  /** The sheet, or the library's error saying why it cannot be used. */
  readonly load: () => SafeResult<RateSheet>;
}

/** The shipped sheets for a call year. */
export function shippedSheets(callYear: number): readonly ShippedSheet[] {
  return listRateSheets().flatMap((entry) =>
    entry.kind === 'national-sheet' && entry.callYear === callYear
      ? [
          {
            id: `${entry.agency} ${entry.callYear}`,
            label: `${entry.agency} (${entry.agencyName}), call ${entry.callYear}`,
            load: () => safeGetRateSheet(entry.agency, entry.callYear),
          },
        ]
      : [],
  );
}
