/**
 * FI01, Opetushallitus (Finnish National Agency for Education, EDUFI): two amounts (groups 2
 * and 3 alike), decided by the agency.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData, ShippedProvenance } from '../types.js';

const FROM_TRAINEESHIP: ShippedProvenance = {
  sources: [N.ULAPLAND],
  status: 'derived',
  derivation:
    'The traineeship rate of groups 2 and 3 (new country groups, an undated page) minus the 150.00 traineeship top-up: 640.00 − 150.00 = 490.00. Its group-1 rate gives the published study rate the same way: 690.00 − 150.00 = 540.00.',
  callYearConfidence: 'low',
};

/** The Finnish agency's sheet. */
export const FI01 = (): AgencyData => ({
  agency: 'FI01',
  name: 'Opetushallitus – Finnish National Agency for Education (EDUFI)',
  country: 'FI',
  sheets: [
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['540.00', '490.00', '490.00'],
          sources: [N.LAPINAMK],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For stays "starting from 1.8.2024 … academic year 2024-2025".',
          groups: { 2: FROM_TRAINEESHIP, 3: FROM_TRAINEESHIP },
        },
      },
    },
  ],
});
