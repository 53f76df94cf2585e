/**
 * SI01, CMEPIUS.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Slovenian agency's sheets. */
export const SI01 = (): AgencyData => ({
  agency: 'SI01',
  name: 'CMEPIUS',
  country: 'SI',
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '540.00'],
          sources: [N.UNI_LJ],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'The monthly amounts for 2022/23 ("Mesečni znesek 2022/23").',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['674.00', '674.00', '606.00'],
          sources: [N.TSCMB],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'A short-cycle college, for the study year 2023/2024; old country groups.',
        },
      },
    },
  ],
});
