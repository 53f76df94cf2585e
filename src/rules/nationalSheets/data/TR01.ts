/**
 * TR01, the Turkish National Agency: rates fixed nationally; groups 1 and 2 are paid alike, staff
 * at 90 % of the maxima. A Turkish university uses a call-N project in the academic years N+1 and
 * N+2.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData, TableData } from '../types.js';

const STUDY_2021_2023 =
  'One table for the contract periods 2021 to 2023 ("2023 Sözleşme Dönemi KA131 Projesi"); old country groups.';

const STAFF_2021_2022: TableData = {
  values: ['162.00', '144.00', '126.00'],
  sources: [S.TRABZON, S.SABANCI],
  status: 'confirmed',
  callYearConfidence: 'high',
  note: 'Days 1–14: 90 % of the 180 / 160 / 140 maxima ("2022 sözleşme dönemi bütçesinden").',
};

/** The Turkish agency's sheets. */
export const TR01 = (): AgencyData => ({
  agency: 'TR01',
  name: 'Türkiye Ulusal Ajansı',
  country: 'TR',
  codeSeenIn: N.OKAN_KA171,
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '450.00'],
          sources: [S.AKDENIZ, S.GIDATARIM],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: STUDY_2021_2023,
        },
        staffDaily: STAFF_2021_2022,
      },
    },
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '450.00'],
          sources: [S.AKDENIZ, S.GIDATARIM, N.KTU_2022],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: `${STUDY_2021_2023} A third page gives 20 and 15 EUR a day for the 2022 project.`,
        },
        staffDaily: STAFF_2021_2022,
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '450.00'],
          sources: [S.AKDENIZ, S.GIDATARIM],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: STUDY_2021_2023,
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['600.00', '600.00', '450.00'],
          sources: [S.AKDENIZ, S.KTU_2024, S.OSMANIYE],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For the "2024 Sözleşme Dönemi"; new country groups.',
        },
        staffDaily: {
          values: ['171.00', '153.00', '133.20'],
          sources: [S.KILIS],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'Days 1–14: 90 % of the call-2024 maxima 190 and 170 (new country groups).',
          groups: {
            3: {
              sources: [S.KILIS, S.OPOLE, S.PO_EDU],
              status: 'derived',
              derivation:
                '90 % of the call-2024 group-3 maximum, as for groups 1 and 2 (171 = 90 % of 190, 153 = 90 % of 170): 0.90 × 148.00 = 133.20. The page gives groups 1 and 2 only.',
              callYearConfidence: 'medium',
            },
          },
        },
      },
    },
  ],
});
