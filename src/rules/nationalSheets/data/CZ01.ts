/**
 * CZ01, Dům zahraniční spolupráce (DZS): the same rates for all Czech universities.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData, TableData } from '../types.js';

/** Two undated pages: the values agree, the call year does not show. */
const OLD_GROUPS: TableData = {
  values: ['600.00', '600.00', '480.00'],
  sources: [N.VSE, N.MUNI],
  status: 'confirmed',
  callYearConfidence: 'low',
  note: `Two undated pages with the old country groups (600 for groups 1 and 2): call 2022 or 2023. Traineeship rates of 750 and 630 for the winter semester 2023/24 (${N.FSV_CUNI}) are these plus 150.`,
};

/** The Czech agency's sheets. */
export const CZ01 = (): AgencyData => ({
  agency: 'CZ01',
  name: 'Dům zahraniční spolupráce (DZS)',
  country: 'CZ',
  sheets: [
    { callYear: 2022, ka131: { studentMonthly: OLD_GROUPS } },
    { callYear: 2023, ka131: { studentMonthly: OLD_GROUPS } },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '540.00'],
          sources: [S.PEF_CZU],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'New country groups, beside the 2024 travel bands.',
        },
      },
    },
  ],
});
