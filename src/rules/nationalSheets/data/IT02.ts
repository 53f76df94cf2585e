/**
 * IT02, Agenzia Nazionale Erasmus+ INDIRE: rates set each year by the agency.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Italian higher-education agency's sheets. */
export const IT02 = (): AgencyData => ({
  agency: 'IT02',
  name: 'Agenzia Nazionale Erasmus+ INDIRE',
  country: 'IT',
  sheets: [
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '250.00'],
          sources: [N.UNIFE],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For the "Bando Erasmus+ Studio 2022-23".',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '250.00'],
          sources: [S.UNIBS, S.LAWINSIDER],
          status: 'confirmed',
          callYearConfidence: 'medium',
          note: 'For the academic year 2023/24; old country groups.',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '300.00'],
          sources: [N.EU4EU],
          status: 'derived',
          derivation:
            'The traineeship rates of a consortium call for 2024/25 (new country groups) minus the 150.00 traineeship top-up: 500.00 − 150.00 = 350.00 (group 1), 450.00 − 150.00 = 300.00 (groups 2 and 3).',
          callYearConfidence: 'low',
        },
      },
    },
    {
      callYear: 2025,
      ka131: {
        studentMonthly: {
          values: ['350.00', '350.00', '300.00'],
          sources: [N.UNIMI, N.UNIMI_EN],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'Two pages of one university for the academic year 2025/26 (new country groups): group 2 rose from 300 to 350.',
        },
      },
    },
  ],
});
