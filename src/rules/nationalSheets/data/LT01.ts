/**
 * LT01, Švietimo mainų paramos fondas: the amounts paid, with state-budget co-funding.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Lithuanian agency's sheets. */
export const LT01 = (): AgencyData => ({
  agency: 'LT01',
  name: 'Švietimo mainų paramos fondas',
  country: 'LT',
  nationalMoney: `A ministry order presents the table as state-budget funds for Erasmus+ student grants (${N.ETAR_V345}): the amounts paid include national co-funding; the EU share alone is not known.`,
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '540.00'],
          sources: [N.KVK_EN],
          status: 'single-source',
          callYearConfidence: 'low',
          note: 'A page "Last updated: 2023-09-07": the call year is probable, not stated.',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['674.00', '674.00', '606.00'],
          sources: [N.LSU, N.ETAR_V345, N.KVK_LT],
          status: 'confirmed',
          callYearConfidence: 'medium',
          note: 'The ministry order of 16 March 2023 (No. V-345); old country groups.',
        },
      },
    },
  ],
});
