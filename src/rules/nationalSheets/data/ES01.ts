/**
 * ES01, SEPIE: national minima; regions and universities add their own top-ups. One academic
 * year can be funded from two projects at once.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Spanish agency's sheets. */
export const ES01 = (): AgencyData => ({
  agency: 'ES01',
  name: 'Servicio Español para la Internacionalización de la Educación (SEPIE)',
  country: 'ES',
  codeSeenIn: S.UMANRESA,
  minima: `SEPIE's amounts are national minima: universities and regions may pay more with their own top-ups, and press on the 2024 call speaks of a rise of "los mínimos" (${S.ELDIARIO}).`,
  sheets: [
    {
      callYear: 2023,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '250.00'],
          sources: [S.UMANRESA, N.ESRP],
          status: 'confirmed',
          callYearConfidence: 'high',
          note: 'For project 2023-1-ES01-KA131-HED; old country groups.',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '250.00'],
          sources: [S.ELDIARIO],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'Press on the 2024 call (new country groups), which presents the amounts as a rise, though call 2023 already paid them.',
        },
      },
    },
    {
      callYear: 2025,
      ka131: {
        studentMonthly: {
          values: ['350.00', '300.00', '250.00'],
          sources: [N.UDG],
          status: 'derived',
          derivation:
            'The traineeship rates a university gives for 2025/26 applications, citing SEPIE, minus the 150.00 traineeship top-up: 500.00 − 150.00 = 350.00, 450.00 − 150.00 = 300.00, 400.00 − 150.00 = 250.00.',
          callYearConfidence: 'low',
          note: 'The academic year 2025/26 may be funded from the 2024 and the 2025 projects. Unchanged from 2024.',
        },
      },
    },
  ],
});
