/**
 * The rule pack of call 2023: individual support for learners raised by 12.27 % (announced);
 * old country groups and travel bands still apply. Figures without a 2023 source are carried
 * forward from 2022.
 *
 * @module
 */
import { definePack } from './definePack.js';
import { carryForward, fig as f } from './figureHelpers.js';
import { rules2022 } from './rules2022.js';
import * as S from './sources.js';
import type { RangeFigure, RulePack } from './types.js';

const prev = rules2022;
const published2022 = prev.vetSchAdu.reducedDailyPublished;

/**
 * The 225–674 span of one page, used for every group (per-group bounds of call 2023 not found).
 */
const studentMonthly2023: RangeFigure = f(
  { min: '225.00', max: '674.00', reference: '674.00' },
  [S.MFJA],
  'single-source',
  {
    alternative: `per-group minima 350/300/250 (old groups): an Italian HEI pays them for 2023/24 "as set by the European Commission" (${S.LAWINSIDER}) and a Spanish HEI for project 2023-1-ES01 (${S.UMANRESA}); Spanish press, however, puts the minima at 310/260/200 until call 2024 (${S.INFOBAE})`,
    note: 'Per-group bounds not found: one page gives 225–674 EUR/month across the three groups, for call 2023 and/or 2024 (year ambiguous), so the span is used for every group. 674 = 600 × 1.1227 and 225 = 200 × 1.1227 (the 2023 learner increase). The reference (674) overstates groups 2 and 3: use a rate sheet.',
  },
);

const LEARNER_INCREASE =
  'The +12.27 % increase of individual support announced for call 2023 is not reflected: 2023 amounts not found.';

/**
 * The rule pack of call 2023. Deeply frozen and provisional.
 *
 * @example
 * ```ts
 * import { rules2023 } from 'erasmus-kit';
 * rules2023.ka131.shortTermDaily.days1to14.value; // '79.00'
 * rules2023.ka131.studentMonthly[1].value.max; // '674.00'
 * ```
 */
export const rules2023: RulePack = definePack(2023, {
  unavailableActivities: prev.unavailableActivities,
  durations: prev.durations,
  travelDays: prev.travelDays,
  studentCycle: prev.studentCycle,
  bip: prev.bip,
  ka131: {
    ...prev.ka131,
    studentMonthly: {
      1: studentMonthly2023,
      2: studentMonthly2023,
      3: studentMonthly2023,
    },
    studentMonthlyNonAssociated: f('700.00', [S.FU_BERLIN_STUDENTS, S.GIDATARIM], 'confirmed', {
      note: 'Region 14 is paid as group 1, AD/MC/SM/VA as group 2.',
    }),
    traineeshipTopUpMonthly: f('150.00', [S.HS_HANNOVER, S.AKDENIZ], 'confirmed', {
      note: 'Implied by NA tables (SMT = SMS + 150).',
    }),
    fewerOpportunitiesTopUpMonthly: f('250.00', [S.HS_HANNOVER, S.AMH], 'confirmed'),
    greenTravelTopUp: f('50.00', [S.HFOEV_BREMEN, S.AMH], 'confirmed', {
      note: 'Tied to calls 2022 and 2023 by a German source.',
    }),
    shortTermDaily: {
      days1to14: f('79.00', [S.AMH, S.BOKU_SHORT_TERM, S.IKY_HE], 'confirmed', {
        note: 'A Polish HEI (call 2023, likely), an Austrian HEI (2023/24) and an undated page; 79 ≈ 70 × 1.1227 (the call-2023 increase of 70, the 2021–2022 rate).',
      }),
      days15to30: f('56.00', [S.AMH, S.BOKU_SHORT_TERM, S.IKY_HE], 'confirmed', {
        note: 'As days 1–14; 56 ≈ 50 × 1.1227 (50 being the 2021–2022 rate).',
      }),
    },
    shortTermFewerOpportunitiesTopUp: {
      days5to14: f('100.00', [S.AMH], 'single-source'),
      days15to30: f('150.00', [S.AMH], 'single-source'),
    },
    staffDaily: {
      1: f({ max: '180.00', reference: '180.00' }, [S.HS_MANNHEIM], 'single-source', {
        note: 'German NA fixed value for project 2023, equal to the 2021 maximum; the 2023 Programme Guide range was not found (max kept from 2021). A Norwegian HEI pays 130.',
      }),
      2: f({ max: '160.00', reference: '160.00' }, [S.HS_MANNHEIM], 'single-source', {
        note: 'German NA fixed value (project 2023); range not found (max kept from 2021).',
      }),
      3: f({ max: '140.00', reference: '140.00' }, [S.HS_MANNHEIM], 'single-source', {
        note: 'German NA fixed value (project 2023); range not found (max kept from 2021).',
      }),
    },
  },
  ka171: prev.ka171,
  vetSchAdu: {
    ...prev.vetSchAdu,
    staffDaily: carryForward(prev.vetSchAdu.staffDaily, 2022, LEARNER_INCREASE),
    learnerDaily: carryForward(prev.vetSchAdu.learnerDaily, 2022, LEARNER_INCREASE),
    ...(published2022 === undefined
      ? {}
      : { reducedDailyPublished: carryForward(published2022, 2022) }),
    courseFees: {
      perDay: f('80.00', [S.TENERIFE, S.QUARTERMEDIATION, S.ERASMUS_PRAGUE], 'confirmed', {
        note: 'From call 2021 onward; 70/700 belongs to 2014–2020.',
      }),
      maxDays: prev.vetSchAdu.courseFees.maxDays,
      maxPerParticipant: f(
        '800.00',
        [S.TENERIFE, S.QUARTERMEDIATION, S.ERASMUS_PRAGUE],
        'confirmed',
      ),
    },
    organisationalSupport: carryForward(prev.vetSchAdu.organisationalSupport, 2022),
    inclusionSupportPerParticipant: carryForward(
      prev.vetSchAdu.inclusionSupportPerParticipant,
      2022,
    ),
  },
  travelBands: prev.travelBands,
  exceptionalTravel: prev.exceptionalTravel,
});
