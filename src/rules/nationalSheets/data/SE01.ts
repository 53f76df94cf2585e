/**
 * SE01, Universitets- och högskolerådet (UHR): two amounts (groups 2 and 3 alike), the same for
 * all Swedish universities.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Swedish agency's sheets. */
export const SE01 = (): AgencyData => ({
  agency: 'SE01',
  name: 'Universitets- och högskolerådet (UHR)',
  country: 'SE',
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['510.00', '460.00', '460.00'],
          sources: [N.SU_EN],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For "Mobilities starting Autumn 2022".',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['560.00', '510.00', '510.00'],
          sources: [N.SU_EN, N.HIS],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For "Mobilities starting Autumn 2023" (old country groups); an undated page of another university gives "510–560".',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['560.00', '510.00', '510.00'],
          sources: [N.SU_SV, N.HIS],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For "Mobilitetsstart HT24" (new country groups); an undated page of another university gives "510–560".',
        },
      },
    },
  ],
});
