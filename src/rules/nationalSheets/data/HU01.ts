/**
 * HU01, Tempus Közalapítvány (Tempus Public Foundation).
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Hungarian agency's sheet. */
export const HU01 = (): AgencyData => ({
  agency: 'HU01',
  name: 'Tempus Közalapítvány (Tempus Public Foundation)',
  country: 'HU',
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '540.00'],
          sources: [N.CORVINUS],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'A university news item of 17 May 2022 citing the Tempus Public Foundation (academic year 2022/23).',
        },
      },
    },
  ],
});
