/**
 * The rule pack of call 2024: new country groups, new travel bands (with green amounts for every
 * band), travel support for all intra-European HE students, up to 6 green travel days, staff
 * rates +5.9 %. Figures without a 2024 source are carried forward from 2023.
 *
 * @module
 */
import { definePack } from './definePack.js';
import { carry, carryForward, fig as f } from './figureHelpers.js';
import { rules2023 } from './rules2023.js';
import * as S from './sources.js';
import type {
  ActivityTravelDays,
  AmountFigure,
  RangeFigure,
  RulePack,
  TravelBand,
  TravelDayRule,
} from './types.js';

const prev = rules2023;
// The published reduced amounts belong to the 2021/22 staff rates, which no longer apply.
const { reducedDailyPublished: _published2022, ...vetWithoutPublishedReductions } = prev.vetSchAdu;

// --- Travel days of KA131 students ----------------------------------------------------------

/** Travel days of KA131 students from call 2024, long-term and short-term alike. */
export const studentTravelDays2024: TravelDayRule = {
  standard: f(2, [S.EC_TRAVEL_DAYS, S.SRH, S.RUB], 'confirmed', {
    note: 'Students now receive travel support; 2 funded travel days with non-sustainable transport.',
  }),
  green: f(
    6,
    [S.EC_TRAVEL_DAYS, S.EC_TRAVEL_DAYS_DIFF, S.PADERBORN_TRAVEL, S.TUEBINGEN_GREEN, S.SRH, S.RUB],
    'confirmed',
    {
      note: `Up to 6 funded travel days in total with sustainable transport ("from a maximum of 2 to a maximum 6", Beneficiary Module wiki). National practice differs: an Austrian HEI grants only 2 extra green travel days from 2023/24, 4 in total (${S.FH_JOANNEUM}).`,
    },
  ),
};
const ka131StudentDays: ActivityTravelDays = {
  standard: studentTravelDays2024,
  shortTerm: studentTravelDays2024,
};

// --- Travel bands 2024 -----------------------------------------------------------------------

type Amount = AmountFigure['value'];
/** One-way km from, below (null: open), standard and green amounts (return trip). */
const BANDS_2024: readonly (readonly [number, number | null, Amount, Amount])[] = [
  [10, 100, '28.00', '56.00'],
  [100, 500, '211.00', '285.00'],
  [500, 2000, '309.00', '417.00'],
  [2000, 3000, '395.00', '535.00'],
  [3000, 4000, '580.00', '785.00'],
  [4000, 8000, '1188.00', '1188.00'],
  [8000, null, '1735.00', '1735.00'],
];

function bands2024(
  standard: (amount: Amount) => AmountFigure,
  green: (amount: Amount) => AmountFigure,
): TravelBand[] {
  return BANDS_2024.map(([fromKm, belowKm, standardAmount, greenAmount]) => ({
    fromKm,
    belowKm,
    standard: standard(standardAmount),
    green: green(greenAmount),
  }));
}

const KA131_BAND_SOURCES = [
  S.FU_BERLIN_STAFF,
  S.OVGU,
  S.OPOLE,
  S.OSMANIYE,
  S.PEF_CZU,
  S.UBI,
] as const;
const ka131Bands = bands2024(
  (a) => f(a, KA131_BAND_SOURCES, 'confirmed'),
  (a) =>
    f(a, KA131_BAND_SOURCES, 'confirmed', {
      note: 'Green and standard amounts are alternatives, not cumulative.',
    }),
);
const KA171_BAND_SOURCES = [S.UACG, S.YILDIZ, S.ZUT_KA171] as const;
const ka171Bands = bands2024(
  (a) => f(a, KA171_BAND_SOURCES, 'confirmed', { note: 'Same table as KA131.' }),
  (a) => f(a, KA171_BAND_SOURCES, 'confirmed', { note: 'Same table as KA131.' }),
);
const ka12xBands = bands2024(
  (a) =>
    f(a, [S.OPOLE, S.KTU_2024, S.KA1_COURSES], 'single-source', {
      note: 'The 2024 HE table; for VET/school/adult only the span 28–1 735 of one KA1 course provider (2025) confirms it.',
    }),
  (a) =>
    f(a, [S.OPOLE, S.KTU_2024], 'conflicting', {
      alternative:
        'the 2021–2023 green amounts (210–610), still quoted by an Austrian NA page citing the 2024 guide (probably stale)',
      note: 'The 2024 HE table, assumed for VET/school/adult.',
    }),
);

const STAFF_2024_NOTE =
  'Published by two Polish HEIs for call 2024 and probably the Programme Guide maxima (not read in the Guide itself). 190/170/148 ≈ 180/160/140 × 1.059 (the call-2024 increase). A Turkish HEI pays 171/153 for groups 1/2, i.e. 90 % of 190/170 (the Turkish NA pays 90 % of the maximum); the German NA kept 180/160/140. Minimum not found for HE.';

/** Call-2024 student monthly range of one group: the Spanish minima, the 674 span top. */
function studentMonthly2024(min: Amount): RangeFigure {
  return f(
    { min, max: '674.00', reference: '674.00' },
    [S.ELDIARIO, S.LARAZON, S.UMANRESA, S.MFJA],
    'conflicting',
    {
      alternative:
        '225.00 as the minimum of every group (one French page gives the span 225–674 EUR a month across the three groups, for call 2023 and/or 2024)',
      note: `Minima 350/300/250 (groups 1/2/3): the Spanish NA, whose amounts are the Programme Guide minima, pays them from call 2024, which Spanish press calls a rise of the minima (before: 310/260/200, ${S.INFOBAE}). When they rose is disputed: a Spanish HEI already pays 350/300/250 for project 2023-1-ES01, i.e. call 2023. Per-group maxima not found: 674, the top of the span, is kept as the maximum and reference of every group and overstates groups 2 and 3: use a rate sheet.`,
    },
  );
}

const VET_STAFF_RANGE_NOTE =
  'Ranges from one KA1 course provider (2025 page, "2024/2025"); the maxima match the HE staff rates of call 2024. Reference: the maximum.';

const SHORT_TERM_2024_SOURCES = [S.OSMANIYE, S.CRI_UTCB, S.UNI_KOBLENZ, S.TU_FREIBERG] as const;
const SHORT_TERM_2024_NOTE =
  'Paid with the 2024 travel table by HEIs in Turkey, Romania and Germany. Pages giving 70 and 50 (days 1–14, 15–30) quote the 2021–2022 rates.';

/**
 * The rule pack of call 2024. Deeply frozen and provisional.
 *
 * @example
 * ```ts
 * import { rules2024 } from 'erasmus-kit';
 * rules2024.travelBands['KA131-HED'].map((band) => band.standard.value);
 * // ['28.00', '211.00', '309.00', '395.00', '580.00', '1188.00', '1735.00']
 * rules2024.countryGroups.he.groups['DE']; // 1
 * ```
 */
export const rules2024: RulePack = definePack(2024, {
  unavailableActivities: {},
  durations: prev.durations,
  travelDays: {
    ...prev.travelDays,
    'KA131-HED': {
      ...prev.travelDays['KA131-HED'],
      'student-studies': ka131StudentDays,
      'student-traineeship': ka131StudentDays,
    },
  },
  studentCycle: prev.studentCycle,
  bip: {
    ...prev.bip,
    minParticipants: f(10, [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed', {
      note: 'EC wiki ("valid for KA131 projects, Call 2024"): 10–20 participants, 4,000–8,000 EUR per BIP.',
    }),
    maxParticipants: f(20, [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed'),
    organisationalSupportPerParticipant: f('400.00', [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed'),
  },
  ka131: {
    studentMonthly: {
      1: studentMonthly2024('350.00'),
      2: studentMonthly2024('300.00'),
      3: studentMonthly2024('250.00'),
    },
    studentMonthlyNonAssociated: f('700.00', [S.CARISSMA, S.UBI], 'confirmed'),
    studentMonthlyOutermost: f('786.00', [S.LA1ERE, S.MFJA], 'confirmed', {
      note: 'Students from outermost regions and OCTs (FR overseas), flat; possibly from call 2023 (786 = 700 × 1.1227). Traineeship 936 (single source).',
    }),
    traineeshipTopUpMonthly: f('150.00', [S.HFOEV_BREMEN, S.CARISSMA], 'confirmed'),
    fewerOpportunitiesTopUpMonthly: f(
      '250.00',
      [S.OSMANIYE, S.HFOEV_BREMEN, S.CARISSMA],
      'confirmed',
    ),
    studentTravelSupport: f('all', [S.RESEARCH_PROFESSIONAL, S.KTU_2024, S.SPORT_ES], 'confirmed', {
      note: 'All students in intra-European HE mobility receive travel support by distance band. Whether the 50 EUR green one-off survives is an open question (one Polish HEI lists it for 2024/25 under old groups, which fits call 2023), so it is absent from this pack.',
    }),
    shortTermDaily: {
      days1to14: f('79.00', SHORT_TERM_2024_SOURCES, 'confirmed', { note: SHORT_TERM_2024_NOTE }),
      days15to30: f('56.00', SHORT_TERM_2024_SOURCES, 'confirmed', { note: SHORT_TERM_2024_NOTE }),
    },
    shortTermFewerOpportunitiesTopUp: {
      days5to14: f('100.00', [S.OSMANIYE, S.CRI_UTCB, S.IKY_HE], 'confirmed'),
      days15to30: f('150.00', [S.OSMANIYE, S.CRI_UTCB, S.IKY_HE], 'confirmed'),
    },
    staffDaily: {
      1: f({ max: '190.00', reference: '190.00' }, [S.OPOLE, S.PO_EDU, S.KILIS], 'single-source', {
        note: STAFF_2024_NOTE,
      }),
      2: f({ max: '170.00', reference: '170.00' }, [S.OPOLE, S.PO_EDU, S.KILIS], 'single-source', {
        note: STAFF_2024_NOTE,
      }),
      3: f({ max: '148.00', reference: '148.00' }, [S.OPOLE, S.PO_EDU], 'single-source', {
        note: STAFF_2024_NOTE,
      }),
    },
    staffDailyNonAssociated: f(
      '190.00',
      [S.YILDIZ, S.ZUT_KA171, S.ITU_KA131, S.ITU_KA171],
      'derived',
      {
        derivation:
          "KA131 staff going to non-associated countries are paid the KA171 outgoing staff rate (180 in both for calls 2021–2023, on one university's KA131 and KA171 pages); the KA171 outgoing staff rate of call 2024 is 190 (ka171.staffDailyOutgoing)",
        note: '133 from day 15 (70 %).',
      },
    ),
    staffFullRateDays: prev.ka131.staffFullRateDays,
    staffReductionFromDay15: prev.ka131.staffReductionFromDay15,
    staffReducedDailyPublished: {
      1: f('133.00', [S.OPOLE, S.PO_EDU], 'confirmed', { note: '70 % of 190.' }),
      2: f('119.00', [S.OPOLE, S.PO_EDU], 'confirmed', { note: '70 % of 170.' }),
      3: f('103.00', [S.OPOLE, S.PO_EDU], 'confirmed', {
        note: '70 % of 148 = 103.60, published truncated to 103.',
      }),
    },
    organisationalSupport: {
      perParticipant: f('400.00', [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed', {
        note: 'SMS/SMT/STA/STT; zero-grant participants count.',
      }),
      tierThreshold: f(100, [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed'),
      beyondThreshold: f('230.00', [S.OS_WIKI, S.OS_WIKI_SOURCE], 'confirmed'),
    },
    inclusionSupportPerParticipant: f(
      '125.00',
      [S.INCLUSION_ORG_2024, S.INCLUSION_ORG_SPORT],
      'confirmed',
      {
        note: 'Only for fewer-opportunities participants who also receive real-cost inclusion support.',
      },
    ),
  },
  ka171: {
    ...prev.ka171,
    studentMonthlyOutgoing: f('700.00', [S.YILDIZ, S.UACG], 'confirmed', {
      note: `A Polish HEI page giving 750 lists the pre-2024 travel table (20 EUR for 10–99 km), so it does not describe call 2024 (${S.KATOWICE}).`,
    }),
    studentMonthlyIncoming: {
      2: carry(
        f('850.00', [S.USIENA, S.EHU_KA107], 'single-source'),
        2023,
        'Both sources are of the 2014–2020 programme (KA107; the Basque page is for call 2019). KA171 student rates did not change in call 2024 (group 3 stays 800), so 850 is plausible.',
      ),
      3: f('800.00', [S.YILDIZ, S.UACG], 'confirmed'),
    },
    staffDailyOutgoing: f('190.00', [S.YILDIZ, S.ZUT_KA171], 'confirmed', {
      note: `133 from day 15 (70 %). A Turkish HEI notice for a call-2024 KA171 project computes with 180 and the 2021–2023 travel bands (${S.SUBU_KA171}), most likely a stale template.`,
    }),
    staffDailyIncoming: {
      2: f('170.00', [S.EHU_KA107, S.USIENA, S.YILDIZ], 'derived', {
        derivation:
          '160 (calls 2019–2023) raised like the other staff rates of call 2024 (+5.9 %: 180 → 190 for KA171 outgoing staff, 140 → 148 for incoming staff to group 3); 160 × 1.059 = 169.44, and the KA131 staff maximum for group 2 went from 160 to 170 the same year',
        note: 'No call-2024 source gives this rate.',
      }),
      3: f('148.00', [S.YILDIZ], 'single-source'),
    },
  },
  vetSchAdu: {
    ...vetWithoutPublishedReductions,
    staffDaily: {
      1: f({ min: '96.00', max: '190.00', reference: '190.00' }, [S.KA1_COURSES], 'single-source', {
        note: VET_STAFF_RANGE_NOTE,
      }),
      2: f({ min: '84.00', max: '170.00', reference: '170.00' }, [S.KA1_COURSES], 'single-source', {
        note: VET_STAFF_RANGE_NOTE,
      }),
      3: f({ min: '71.00', max: '148.00', reference: '148.00' }, [S.KA1_COURSES], 'single-source', {
        note: VET_STAFF_RANGE_NOTE,
      }),
    },
    learnerDaily: carryForward(
      prev.vetSchAdu.learnerDaily,
      2023,
      'The +5.9 % announced for call 2024 is not reflected either: learner amounts after 2022 not found.',
    ),
    organisationalSupport: carryForward(
      prev.vetSchAdu.organisationalSupport,
      2023,
      'For 2024/2025 a course provider says 400 per participant without a split by activity; the Beneficiary Module computes it centrally from 2025.',
    ),
    inclusionSupportPerParticipant: carry(
      prev.vetSchAdu.inclusionSupportPerParticipant,
      2023,
      '125 is confirmed for HE (2024) and sport (2025) but not seen for VET/school/adult.',
    ),
  },
  travelBands: {
    'KA131-HED': ka131Bands,
    'KA171-HED': ka171Bands,
    'KA121-VET': ka12xBands,
    'KA122-VET': ka12xBands,
    'KA121-SCH': ka12xBands,
    'KA122-SCH': ka12xBands,
    'KA121-ADU': ka12xBands,
    'KA122-ADU': ka12xBands,
  },
  exceptionalTravel: prev.exceptionalTravel,
});
