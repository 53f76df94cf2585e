/**
 * PT01, Agência Nacional Erasmus+ Educação e Formação: a fixed national table each year.
 *
 * @module
 */
import * as S from '../../sources.js';
import * as N from '../sources.js';
import type { AgencyData } from '../types.js';

/** The Portuguese agency's sheets. */
export const PT01 = (): AgencyData => ({
  agency: 'PT01',
  name: 'Agência Nacional Erasmus+ Educação e Formação',
  country: 'PT',
  sheets: [
    {
      callYear: 2021,
      ka131: {
        studentMonthly: {
          values: ['400.00', '350.00', '300.00'],
          sources: [N.ESTESL],
          status: 'single-source',
          callYearConfidence: 'medium',
          note: 'For the "Ano Académico 2021/2022".',
        },
      },
    },
    {
      callYear: 2024,
      ka131: {
        studentMonthly: {
          values: ['450.00', '400.00', '350.00'],
          sources: [N.UMAIA, S.UBI],
          status: 'confirmed',
          callYearConfidence: 'medium',
          note: 'One page gives the study rates "a partir de 2024/2025"; another the traineeship rates 600 / 550 / 500 beside the 2024 travel bands, which are these plus 150.',
        },
      },
    },
  ],
});
