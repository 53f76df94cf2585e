/**
 * PL01, Fundacja Rozwoju Systemu Edukacji (FRSE): fixed national rates. A Polish university uses
 * a call-N project mainly in the academic year N+1.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Polish agency's sheets. */
export const PL01 = (): AgencyData => ({
  agency: 'PL01',
  name: 'Fundacja Rozwoju Systemu Edukacji (FRSE)',
  country: 'PL',
  codeSeenIn: S.ZUT,
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['520.00', '500.00', '450.00'],
          sources: [S.PANSIM, S.UMP, N.WSR],
          status: 'conflicting',
          alternative: `520 / 520 / 450 (one university: ${S.PW_EDU})`,
          callYearConfidence: 'high',
          note: 'For projects of the 2021 call ("konkursie w 2021 roku"); three sources against one.',
        },
      },
    },
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['550.00', '550.00', '450.00'],
          sources: [S.PANSIM, S.PW_EDU],
          status: 'conflicting',
          alternative: `520 / 520 / 450 for "KA131_2022" (${S.ZUT})`,
          callYearConfidence: 'high',
          note: 'For projects of the 2022 call ("konkursie w 2022 roku").',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['670.00', '670.00', '600.00'],
          sources: [S.AMH, N.PW_PL, S.VIZJA],
          status: 'confirmed',
          callYearConfidence: 'medium',
          note: 'Given for 2024/25 with the old country groups: call 2023, used a year later.',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['670.00', '670.00', '600.00'],
          sources: [N.PCZ],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'An undated page with the new country groups (so call 2024 or later).',
        },
        staffDaily: {
          values: ['190.00', '170.00', '148.00'],
          sources: [S.OPOLE, S.PO_EDU],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For projects of the 2024 call ("konkursie w roku 2024"): the call-2024 maxima; 133 / 119 / 103 from day 15.',
        },
      },
    },
  ],
});
