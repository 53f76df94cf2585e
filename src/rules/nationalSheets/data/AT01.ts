/**
 * AT01, OeAD (Österreichische Agentur für Bildung und Internationalisierung): rates set for
 * Austria, including a national top-up.
 *
 * @module
 */
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Austrian agency's sheets. */
export const AT01 = (): AgencyData => ({
  agency: 'AT01',
  name: 'OeAD – Österreichische Agentur für Bildung und Internationalisierung',
  country: 'AT',
  nationalMoney: `The amounts are the EU grant plus a monthly national top-up (${N.BOKU}); the EU share alone is not known.`,
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['480.00', '430.00', '380.00'],
          sources: [N.JKU],
          status: 'derived',
          derivation:
            'The traineeship rates "für 2021/22" (an older version of a university page) minus the 150.00 traineeship top-up: 630.00 − 150.00 = 480.00, 580.00 − 150.00 = 430.00, 530.00 − 150.00 = 380.00.',
          callYearConfidence: 'low',
        },
      },
    },
    {
      callYear: 2022,
      ka131: {
        studentMonthly: {
          values: ['490.00', '440.00', '390.00'],
          sources: [N.JKU, N.BOKU],
          status: 'derived',
          derivation:
            'The traineeship rates "für 2022/23" minus the 150.00 traineeship top-up: 640.00 − 150.00 = 490.00, 590.00 − 150.00 = 440.00, 540.00 − 150.00 = 390.00; another university gives the study range 390–490 for 2022/23.',
          callYearConfidence: 'low',
        },
      },
    },
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['520.00', '470.00', '420.00'],
          sources: [N.UNIVIE_TRAINEESHIP, N.JKU, N.BOKU],
          status: 'derived',
          derivation:
            'The traineeship rates "im Erasmus+ Call 2023" (two universities) minus the 150.00 traineeship top-up: 670.00 − 150.00 = 520.00, 620.00 − 150.00 = 470.00, 570.00 − 150.00 = 420.00; a third university gives the study range 420–520 for 2023/24.',
          callYearConfidence: 'medium',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['520.00', '470.00', '470.00'],
          sources: [N.MDW_EUROPE],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'An undated page with the new country groups.',
        },
      },
    },
    {
      callYear: 2025,
      ka131: {
        studentMonthly: {
          values: ['520.00', '470.00', '470.00'],
          sources: [N.UNIVIE_STUDIES],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For the academic year 2025/26 ("im Studienjahr 2025/26"): unchanged from 2024.',
        },
      },
    },
  ],
});
