/**
 * SK01, SAAIC: the same rates for all Slovak universities, set at the start of each year.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Slovak agency's sheets. */
export const SK01 = (): AgencyData => ({
  agency: 'SK01',
  name: 'Slovak Academic Association for International Cooperation (SAAIC)',
  country: 'SK',
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['570.00', '570.00', '520.00'],
          sources: [N.UNIBA, S.UPJS],
          status: 'confirmed',
          callYearConfidence: 'medium',
          note: 'For the academic year 2022/23.',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['674.00', '674.00', '606.00'],
          sources: [N.FM_UNIBA],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'Newer than the 2022/23 rates (570 and 520) the same page names; old country groups.',
        },
      },
    },
  ],
});
