/**
 * The rule pack of call 2022. Figures whose sources cover calls 2021–2023 (or "2021 onward")
 * are shared with the 2021 pack; figures with 2022 sources are new; figures without a 2022
 * source are carried forward from 2021 and marked so.
 *
 * @module
 */
import { definePack } from './definePack.js';
import { carryForward, fig as f } from './figureHelpers.js';
import { rules2021 } from './rules2021.js';
import * as S from './sources.js';
import type { OrganisationalSupportRule, RulePack } from './types.js';

const prev = rules2021;
const coursesOs = prev.vetSchAdu.organisationalSupport.SCH[
  'staff-course'
] as OrganisationalSupportRule;

// INDIRE (Italian NA) slide deck for call 2022, school education, KA122.
const indire = (amount: '100.00' | '350.00' | '500.00', note?: string) =>
  f(amount, [S.INDIRE_2022], 'single-source', note === undefined ? {} : { note });
const tier350: OrganisationalSupportRule = {
  perParticipant: indire('350.00', 'Up to the 100th participant.'),
  tierThreshold: f(100, [S.INDIRE_2022, S.LOCZLUCHOW], 'confirmed'),
  beyondThreshold: f('200.00', [S.INDIRE_2022, S.LOCZLUCHOW], 'confirmed'),
};
const flat100: OrganisationalSupportRule = { perParticipant: indire('100.00') };

/**
 * The rule pack of call 2022. Deeply frozen and provisional.
 *
 * @example
 * ```ts
 * import { rules2022 } from 'erasmus-kit';
 * rules2022.ka131.studentMonthly[2].status; // 'carried-forward' (2022 ranges not found)
 * rules2022.vetSchAdu.organisationalSupport.SCH['learner-long-term']?.perParticipant.value; // '500.00'
 * ```
 */
export const rules2022: RulePack = definePack(2022, {
  unavailableActivities: prev.unavailableActivities,
  durations: prev.durations,
  travelDays: prev.travelDays,
  studentCycle: prev.studentCycle,
  bip: prev.bip,
  ka131: {
    ...prev.ka131,
    studentMonthly: carryForward(
      prev.ka131.studentMonthly,
      2021,
      'Call-2022 ranges not found; assumed equal to 2021. A Polish HEI pays 550 for group 2 in call 2022, above the 2021 maximum of 540: unresolved.',
    ),
    fewerOpportunitiesTopUpMonthly: f('250.00', [S.PANSIM], 'single-source'),
    greenTravelTopUp: f('50.00', [S.WUR, S.ZUT, S.HFOEV_BREMEN], 'confirmed', {
      note: 'One-off, for students without travel support who travel green (plus up to 4 travel days).',
    }),
    shortTermDaily: {
      days1to14: f('70.00', [S.PANSIM, S.UPJS], 'confirmed'),
      days15to30: f('50.00', [S.UPJS], 'single-source', { note: 'Undated Slovak HEI page.' }),
    },
    shortTermFewerOpportunitiesTopUp: {
      days5to14: f('100.00', [S.PANSIM, S.UNIPI, S.UPJS], 'confirmed'),
      days15to30: f('150.00', [S.PANSIM, S.UNIPI, S.UPJS], 'confirmed'),
    },
    staffDaily: {
      1: f({ max: '180.00', reference: '180.00' }, [S.VIZJA, S.TRABZON], 'single-source', {
        note: 'A Polish HEI publishes 180 (old groups, call ≤ 2023); the Turkish NA pays 162 (90 %). Minimum not found.',
      }),
      2: f({ max: '160.00', reference: '160.00' }, [S.VIZJA, S.TRABZON], 'single-source', {
        note: 'Polish HEI 160; Turkish NA 144 (90 %). Minimum not found.',
      }),
      3: f({ max: '140.00', reference: '140.00' }, [S.VIZJA, S.TRABZON], 'single-source', {
        note: 'Polish HEI 140; Turkish NA 126 (90 %). Minimum not found.',
      }),
    },
  },
  ka171: prev.ka171,
  vetSchAdu: {
    ...prev.vetSchAdu,
    organisationalSupport: {
      VET: prev.vetSchAdu.organisationalSupport.VET,
      SCH: {
        'group-mobility': {
          perParticipant: indire('100.00', 'Per pupil in group mobility.'),
          capPerGroup: f('1000.00', [S.INDIRE_2022], 'single-source'),
        },
        'learner-short-term': tier350,
        'learner-long-term': {
          perParticipant: indire('500.00', 'Per pupil in long-term mobility.'),
        },
        'staff-job-shadowing': tier350,
        'staff-teaching': tier350,
        'staff-course': coursesOs,
        'invited-expert': flat100,
        'hosting-teacher': flat100,
      },
      ADU: prev.vetSchAdu.organisationalSupport.ADU,
    },
  },
  travelBands: prev.travelBands,
  exceptionalTravel: prev.exceptionalTravel,
});
