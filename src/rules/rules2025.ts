/**
 * The rule pack of call 2025. Call-2025 sources were found for the KA131 travel bands, the
 * short-term student rates, two fewer-opportunities top-ups and the green travel days of students
 * (all equal to 2024); KA1 staff ranges, course fees and travel days have 2025 sources too. The
 * other figures are carried forward from 2024 and marked so. From 2025 each National Agency is
 * fixed-rate or variable-rate in the Beneficiary Module's "Applicable rates".
 *
 * @module
 */
import { definePack, packData } from './definePack.js';
import { carry, carryForward, fig as f } from './figureHelpers.js';
import { rules2024, studentTravelDays2024 } from './rules2024.js';
import * as S from './sources.js';
import type {
  ActivityTravelDays,
  AmountFigure,
  OrganisationalSupportRule,
  RulePack,
  TravelBand,
  TravelDayRule,
} from './types.js';

const prev = rules2024;
const carried = carryForward(packData(prev), 2024);

const APPLICABLE_RATES = `From call 2025 each NA is fixed-rate (central values) or variable-rate (the NA publishes a min–max range; the beneficiary enters integer student amounts per group, and the staff percentage and amounts) in the Beneficiary Module "Applicable rates" (${S.BM_APPLICABLE_RATES}).`;

/** Evidence on every figure without a call-2025 source; it gives no amount. */
export const NO_RISE_AFTER_2024 = `The Commission's answer E-002083/2025 (July 2025) says individual support for physical mobility was increased in 2023 and 2024, and that its level will be analysed again for the programme after 2027 (${S.EC_ANSWER_E002083}); no source found says that an amount rose after call 2024. This supports carrying the 2024 figures forward but is not a source for any amount.`;

// --- KA131 travel bands: the 2024 table, confirmed for call 2025 -----------------------------

const BAND_SOURCES_2025 = [S.UNION_RS_2025, S.LUEBECK_TRAINEESHIP, S.TUEBINGEN_CIVIS_BIP] as const;
const confirmed2025 = (figure: AmountFigure): AmountFigure =>
  f(figure.value, BAND_SOURCES_2025, 'confirmed', {
    note: 'The 2024 table, unchanged: a Serbian HEI for the call-2025 KA131 project 2025-1-RS01-KA131-HED-000334073, and two German HEIs from 2025/26. Green and standard amounts are alternatives, not cumulative.',
  });

const ka131Bands: readonly TravelBand[] = prev.travelBands['KA131-HED'].map((band) => ({
  fromKm: band.fromKm,
  belowKm: band.belowKm,
  standard: confirmed2025(band.standard),
  ...(band.green === undefined ? {} : { green: confirmed2025(band.green) }),
}));

// --- KA131 students: travel days -------------------------------------------------------------

const studentDays: TravelDayRule = {
  standard: carry(studentTravelDays2024.standard, 2024),
  green: f(6, [S.TUEBINGEN_CIVIS_BIP], 'single-source', {
    note: 'Up to 6 funded travel days in total with sustainable transport: one German HEI, for its Blended Intensive Programmes from 2025/26; assumed for long-term students too, as in 2024.',
  }),
};
const ka131StudentDays: ActivityTravelDays = { standard: studentDays, shortTerm: studentDays };

// --- KA121/KA122 organisational support for courses: 100 against 400 -----------------------

const courseOs: OrganisationalSupportRule = {
  perParticipant: f('100.00', [S.TENERIFE, S.T_UBM], 'conflicting', {
    alternative: `400.00 per participant (a KA1 course provider for 2024/2025, without a split by activity: ${S.KA1_COURSES})`,
    note: `Per participant in courses and training, projects approved since 2021. For call 2025 the Beneficiary Module computes KA121 organisational support centrally from the action, the activity type and the number of participants (${S.KA121_OS_2025_WIKI}); its page of 2025 unit costs was not found.`,
  }),
};
const carriedOs = carried.vetSchAdu.organisationalSupport;

/**
 * The rule pack of call 2025. Deeply frozen and provisional: most figures are carried forward
 * from 2024; `note` says what speaks for that.
 *
 * @example
 * ```ts
 * import { rules2025 } from 'erasmus-kit';
 * rules2025.ka131.traineeshipTopUpMonthly.status; // 'carried-forward'
 * rules2025.ka131.traineeshipTopUpMonthly.carriedFrom; // 2024
 * rules2025.ka131.shortTermDaily.days1to14.status; // 'confirmed' (three 2025 sources)
 * rules2025.vetSchAdu.staffDaily[1].status; // 'single-source' (a 2025 source)
 * ```
 */
export const rules2025: RulePack = definePack(2025, {
  ...carried,
  note: NO_RISE_AFTER_2024,
  ka131: {
    ...carried.ka131,
    studentMonthly: carryForward(prev.ka131.studentMonthly, 2024, APPLICABLE_RATES),
    staffDaily: carryForward(prev.ka131.staffDaily, 2024, APPLICABLE_RATES),
    fewerOpportunitiesTopUpMonthly: f('250.00', [S.BTU], 'single-source', {
      note: `One German HEI, in its table for "Projekt 2024 und 2025"; an Austrian HEI pays 250 for "2023–2025" (${S.MDW}), with a weak year attribution.`,
    }),
    studentTravelSupport: carry(
      prev.ka131.studentTravelSupport,
      2024,
      `Open: a German HEI says green travellers get the higher travel amount from 2025/26 and can also apply for a "Green Top Up" (${S.TUEBINGEN_GREEN}), possibly a national measure; no such top-up is in this pack.`,
    ),
    shortTermDaily: {
      days1to14: f('79.00', [S.TUEBINGEN_CIVIS_BIP, S.UNIFE_BIP, S.BTU], 'confirmed', {
        note: 'The 2024 rate, stated for 2025/26 by a German and an Italian HEI and for "Projekt 2024 und 2025" by another German HEI.',
      }),
      days15to30: f('56.00', [S.BTU], 'single-source', {
        note: 'One German HEI, in its table for "Projekt 2024 und 2025".',
      }),
    },
    shortTermFewerOpportunitiesTopUp: {
      ...carried.ka131.shortTermFewerOpportunitiesTopUp,
      days5to14: f('100.00', [S.UNIFE_BIP], 'single-source', {
        note: 'One Italian HEI, for a Blended Intensive Programme of up to 14 days in 2025/26.',
      }),
    },
  },
  vetSchAdu: {
    ...carried.vetSchAdu,
    staffDaily: prev.vetSchAdu.staffDaily,
    fullRateDays: prev.vetSchAdu.fullRateDays,
    reductionFromDay15: prev.vetSchAdu.reductionFromDay15,
    organisationalSupport: {
      VET: { ...carriedOs.VET, 'staff-course': courseOs },
      SCH: { ...carriedOs.SCH, 'staff-course': courseOs },
      ADU: { ...carriedOs.ADU, 'staff-course': courseOs },
    },
    courseFees: {
      perDay: f('80.00', [S.KA1_COURSES, S.TENERIFE, S.QUARTERMEDIATION], 'confirmed', {
        note: 'From call 2021 onward; a 2025 course-provider page repeats it.',
      }),
      maxDays: carried.vetSchAdu.courseFees.maxDays,
      maxPerParticipant: f('800.00', [S.KA1_COURSES, S.TENERIFE, S.QUARTERMEDIATION], 'confirmed'),
    },
  },
  travelDays: {
    ...carried.travelDays,
    'KA131-HED': {
      ...carried.travelDays['KA131-HED'],
      'student-studies': ka131StudentDays,
      'student-traineeship': ka131StudentDays,
    },
    'KA121-VET': prev.travelDays['KA121-VET'],
    'KA122-VET': prev.travelDays['KA122-VET'],
    'KA121-SCH': prev.travelDays['KA121-SCH'],
    'KA122-SCH': prev.travelDays['KA122-SCH'],
    'KA121-ADU': prev.travelDays['KA121-ADU'],
    'KA122-ADU': prev.travelDays['KA122-ADU'],
  },
  travelBands: { ...carried.travelBands, 'KA131-HED': ka131Bands },
});
