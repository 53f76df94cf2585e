/**
 * DE01, the National Agency for Erasmus+ higher education at the DAAD: rates fixed nationally.
 * A German university uses project X mainly in the academic year X/X+1.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The German higher-education agency's sheets. */
export const DE01 = (): AgencyData => ({
  agency: 'DE01',
  name: 'Nationale Agentur für Erasmus+ Hochschulzusammenarbeit im DAAD',
  country: 'DE',
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['450.00', '390.00', '330.00'],
          sources: [N.DSHS, N.SIEGEN_UNDATED],
          status: 'derived',
          derivation:
            'The traineeship rates of "Projekt 21" (a German university) minus the 150.00 traineeship top-up: 600.00 − 150.00 = 450.00, 540.00 − 150.00 = 390.00, 480.00 − 150.00 = 330.00. An undated university page gives the same study rates (15 EUR a day, 450 EUR for 30 days).',
          callYearConfidence: 'low',
          note: 'The undated page still has the United Kingdom in group 1, so it may show the call-2020 table: the study rates seem unchanged from 2020 to 2021.',
        },
      },
    },
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['600.00', '540.00', '490.00'],
          sources: [N.AUGSBURG, N.BAYREUTH],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For "Projekt 2022 und 2023".',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['600.00', '540.00', '490.00'],
          sources: [N.AUGSBURG, N.HU_BERLIN, N.SIEGEN_2023],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For "Projekt 2022 und 2023 (Akad. Jahre 2022/23 und 2023/24)"; old country groups.',
        },
        staffDaily: {
          values: ['180.00', '160.00', '140.00'],
          sources: [S.HS_MANNHEIM, N.EH_LUDWIGSBURG],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'Days 1–14, 70 % from day 15, for stays "01. Juli 2023 bis 30. Juni 2025". Equal to the maxima of call 2023.',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['600.00', '540.00', '540.00'],
          sources: [N.AUGSBURG, S.HFOEV_BREMEN, N.FAU, N.ERFURT, N.JENA],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For "Projekt 2024 (Akad. Jahr 2024/25)", the "Entscheid der deutschen NA 2024"; new country groups (Spain in group 2).',
        },
        staffDaily: {
          values: ['180.00', '160.00', '140.00'],
          sources: [S.OVGU, S.HFOEV_BREMEN],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'Days 1–14, 70 % from day 15; below the call-2024 maxima of 190 / 170 / 148. One page for "project 2024"; the second is undated and shows 180.',
        },
      },
    },
  ],
});
