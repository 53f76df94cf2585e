/**
 * HR01, Agencija za mobilnost i programe EU (AMPEU): rates set by the agency.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Croatian agency's sheet. */
export const HR01 = (): AgencyData => ({
  agency: 'HR01',
  name: 'Agencija za mobilnost i programe EU (AMPEU)',
  country: 'HR',
  codeSeenIn: N.UNICATH,
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['550.00', '550.00', '500.00'],
          sources: [N.STUDENTSKI],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'A University of Zagreb call for the summer semester of 2021/2022.',
        },
      },
    },
  ],
});
