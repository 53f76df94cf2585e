/**
 * The rule pack of call 2021, the first call of the 2021–2027 programme: the Key Action 1
 * mobility rules of the Erasmus+ Programme Guide 2021, Part B (higher education, VET, school and
 * adult education), as quoted by the public pages named with each figure (`./sources.ts`).
 *
 * @module
 */
import { definePack } from './definePack.js';
import { fig as f } from './figureHelpers.js';
import * as S from './sources.js';
import type {
  ActivityDurations,
  ActivityTravelDays,
  DurationFigure,
  ExceptionalTravelRule,
  OrganisationalSupportRule,
  RulePack,
  TravelBand,
  TravelDayRule,
} from './types.js';

const days = (min: number, max: number) => ({ min, max, unit: 'days' as const });
const months = (min: number, max: number) => ({ min, max, unit: 'months' as const });

// --- Durations ------------------------------------------------------------------------------

const studentLongTerm: DurationFigure = f(months(2, 12), [S.IKY_HE, S.NL_KA131], 'confirmed', {
  note: 'Physical duration of studies and traineeships, travel excluded; programme rule 2021–2027.',
});
const studentShortTerm: DurationFigure = f(days(5, 30), [S.IKY_HE, S.EURIRELAND], 'confirmed', {
  note: 'Blended short-term, BIP and doctoral short-term mobility: physical days, travel excluded.',
});
const ka131Student: ActivityDurations = { standard: studentLongTerm, shortTerm: studentShortTerm };
const ka131Staff: ActivityDurations = {
  standard: f(days(2, 60), [S.THF_PADERBORN, S.PIRIREIS, S.NL_KA131], 'confirmed'),
  blended: f(days(5, 30), [S.THF_PADERBORN], 'single-source', {
    note: 'Physical part of blended staff mobility; a virtual part is compulsory.',
  }),
  nonAssociated: f(days(5, 60), [S.THF_PADERBORN, S.PPKE], 'confirmed', {
    note: 'Staff mobility to or from third countries not associated (KA131 international strand).',
  }),
  minFundedDays: f(2, [S.GIDATARIM_STAFF], 'single-source', {
    note: 'When only part of the stay is funded, the funded period is at least 2 days.',
  }),
};
const ka131InvitedStaff: ActivityDurations = {
  standard: f(days(1, 60), [S.THF_PADERBORN], 'single-source', {
    note: 'Staff invited from enterprises to teach at an HEI.',
  }),
  minFundedDays: f(1, [S.GIDATARIM_STAFF], 'single-source'),
};
const ka171Student: ActivityDurations = {
  standard: f(months(2, 12), [S.PPKE, S.UTH], 'confirmed', {
    note: 'KA171 studies and traineeships.',
  }),
  shortTerm: f(days(5, 30), [S.PPKE], 'single-source', {
    note: 'KA171 doctoral short-term and blended student mobility (physical days, travel excluded): the source says both are possible under KA171 but gives no bounds; 5–30 days are the KA131 short-term bounds.',
  }),
};
const ka171Staff: ActivityDurations = {
  standard: f(days(5, 60), [S.PPKE, S.THF_PADERBORN], 'confirmed'),
};

const staffSources = [S.IKY_VET, S.IKY_ADU, S.EURYDICE_ES] as const;
const ka12xStaff = {
  'staff-job-shadowing': { standard: f(days(2, 60), staffSources, 'confirmed') },
  'staff-teaching': {
    standard: f(days(2, 365), staffSources, 'confirmed', {
      note: 'Teaching or training assignments.',
    }),
  },
  'staff-course': {
    standard: f(days(2, 30), staffSources, 'confirmed', {
      note: 'Courses and training; course fees for at most 10 days; participants from at least two countries.',
    }),
  },
  'invited-expert': { standard: f(days(2, 60), [S.EURYDICE_LT], 'single-source') },
  'hosting-teacher': {
    standard: f(days(10, 365), [S.EURYDICE_LT], 'single-source', {
      note: 'Hosting teachers and educators in training.',
    }),
  },
} as const satisfies Record<string, ActivityDurations>;

const vetDurations = {
  'vet-skills-competition': {
    standard: f(days(1, 10), [S.IKY_VET, S.GRADOMANIA], 'confirmed', {
      note: 'Learners plus accompanying staff.',
    }),
  },
  'learner-short-term': { standard: f(days(10, 89), [S.GRADOMANIA], 'single-source') },
  'learner-long-term': {
    standard: f(days(90, 365), [S.GRADOMANIA], 'single-source', { note: 'ErasmusPro.' }),
  },
  ...ka12xStaff,
} as const satisfies Record<string, ActivityDurations>;

const schDurations = {
  'group-mobility': {
    standard: f(days(2, 30), [S.PAPERTURN, S.FIDAE_PUPILS], 'confirmed', {
      note: 'At least 2 pupils per group, accompanied for the whole activity.',
    }),
  },
  'learner-short-term': {
    standard: f(days(10, 29), [S.PAPERTURN, S.EC_PUPILS], 'confirmed', {
      note: 'Short-term individual pupil mobility; for participants with fewer opportunities a minimum of 2 days if justified (https://shipcon.eu.com/erasmus-school-mobilities/).',
    }),
  },
  'learner-long-term': { standard: f(days(30, 365), [S.PAPERTURN, S.EC_PUPILS], 'confirmed') },
  ...ka12xStaff,
} as const satisfies Record<string, ActivityDurations>;

const aduDurations = {
  'group-mobility': {
    standard: f(days(2, 30), [S.IKY_ADU, S.EUROGUIDANCE_LV, S.EURYDICE_LT], 'confirmed', {
      note: 'At least 2 learners, accompanied by trainers.',
    }),
  },
  'learner-short-term': {
    standard: f(days(2, 29), [S.IKY_ADU, S.EURYDICE_LT, S.EUROGUIDANCE_LV], 'conflicting', {
      alternative: '2–30 days (Eurydice, Lithuania); "2 days to 1 month" (Latvia)',
      note: 'Chosen: the Greek NA value; may differ by call year.',
    }),
  },
  ...ka12xStaff,
} as const satisfies Record<string, ActivityDurations>;

/** Group mobility of VET learners: not available in KA121/KA122-VET up to call 2023. */
export const vetGroupUnavailable = f(true as const, [S.BM_VET_GROUP], 'single-source', {
  note: 'Beneficiary Module page with a call-2023 example; group mobility of VET learners appears only in a later Programme Guide (call 2024).',
});

// --- Travel days ----------------------------------------------------------------------------

const heStaffTravelDays: TravelDayRule = {
  standard: f(2, [S.GIDATARIM_STAFF, S.FU_BERLIN_STAFF], 'confirmed', {
    note: '1 day before and 1 day after, at the daily rate.',
  }),
  green: f(6, [S.EC_TRAVEL_DAYS, S.FU_BERLIN_STAFF], 'confirmed'),
};
const ka131StudentTravelDays: ActivityTravelDays = {
  standard: {
    standard: f(0, [S.UCTM, S.WUR], 'single-source', {
      note: 'Calls 2021–2023: long-term students without travel support (the usual case, see ka131.studentTravelSupport) get no funded travel days; days for students who do receive travel support were not found.',
    }),
    green: f(4, [S.UCTM, S.WUR, S.HTWG], 'confirmed', {
      note: 'Green-travel top-up: up to 4 extra days of individual support for the return trip.',
    }),
  },
  shortTerm: {
    standard: f(2, [S.CRI_UTCB, S.UPJS], 'confirmed', {
      note: '1 day before and 1 day after may be funded at the daily rate.',
    }),
    green: f(6, [S.EC_TRAVEL_DAYS], 'single-source', {
      note: 'General rule of the EC wiki page on funded travel days (undated); not confirmed for short-term students of calls 2021–2023.',
    }),
  },
};
const ka171StudentTravelDays: ActivityTravelDays = {
  standard: {
    standard: f(2, [S.EC_TRAVEL_DAYS], 'single-source', {
      note: 'General Beneficiary Module rule; no KA171-specific source found.',
    }),
    green: f(6, [S.EC_TRAVEL_DAYS], 'single-source', {
      note: 'General Beneficiary Module rule; no KA171-specific source found.',
    }),
  },
};
const ka12xTravelDays: ActivityTravelDays = {
  standard: {
    standard: f(2, [S.INDIRE_2022, S.OEAD_SCH, S.KA1_COURSES], 'confirmed', {
      note: 'Sources describe calls 2022, 2024 and 2025; participants and accompanying persons who receive the travel grant.',
    }),
    green: f(6, [S.INDIRE_2022, S.OEAD_SCH, S.KA1_COURSES], 'confirmed', {
      note: 'Do not reuse the youth rule (4 green days).',
    }),
  },
};
const heStaffDays: ActivityTravelDays = { standard: heStaffTravelDays };

function ka12xTravelDayTable<K extends string>(
  activities: readonly K[],
): { readonly [P in K]: ActivityTravelDays } {
  return Object.fromEntries(activities.map((a) => [a, ka12xTravelDays])) as {
    readonly [P in K]: ActivityTravelDays;
  };
}

// --- Travel bands ---------------------------------------------------------------------------

const HE_BAND_SOURCES = [S.FU_BERLIN_STAFF_EN, S.FU_BERLIN_STUDENTS] as const;
const GREEN_SOURCES = [S.RU_NL, S.PRZ] as const;
const KA12X_BAND_SOURCES = [S.LOCZLUCHOW, S.HYRIA, S.QUARTERMEDIATION] as const;
const KA12X_GREEN_SOURCES = [S.LOCZLUCHOW, S.OEAD_VET] as const;

/** The bands of calls 2021–2023 above 100 km, shared by KA131 and KA171. */
function bandsFrom100(
  sources: readonly [string, ...string[]],
  greenSources: readonly [string, ...string[]],
): TravelBand[] {
  return [
    {
      fromKm: 100,
      belowKm: 500,
      standard: f('180.00', sources, 'confirmed'),
      green: f('210.00', greenSources, 'confirmed'),
    },
    {
      fromKm: 500,
      belowKm: 2000,
      standard: f('275.00', sources, 'confirmed'),
      green: f('320.00', greenSources, 'confirmed'),
    },
    {
      fromKm: 2000,
      belowKm: 3000,
      standard: f('360.00', sources, 'confirmed'),
      green: f('410.00', greenSources, 'confirmed'),
    },
    {
      fromKm: 3000,
      belowKm: 4000,
      standard: f('530.00', sources, 'confirmed'),
      green: f('610.00', greenSources, 'confirmed'),
    },
    { fromKm: 4000, belowKm: 8000, standard: f('820.00', sources, 'confirmed') },
    { fromKm: 8000, belowKm: null, standard: f('1500.00', sources, 'confirmed') },
  ];
}

const ka131Bands: readonly TravelBand[] = [
  {
    fromKm: 10,
    belowKm: 100,
    standard: f('23.00', [S.UCTM, S.GIDATARIM_STAFF, S.HAW_LANDSHUT], 'conflicting', {
      alternative: '20.00 (KA171 sources and some KA131 pages, possibly the 2014–2020 value)',
      note: 'Working hypothesis while the sources disagree: KA131 = 23, KA171 = 20. No green amount for 10–99 km.',
    }),
  },
  ...bandsFrom100(HE_BAND_SOURCES, GREEN_SOURCES),
];
const ka171Bands: readonly TravelBand[] = [
  {
    fromKm: 10,
    belowKm: 100,
    standard: f('20.00', [S.YILDIZ, S.ITU_KA171, S.PRZ], 'conflicting', {
      alternative: '23.00 (the KA131 amount)',
      note: 'Working hypothesis while the sources disagree: KA131 = 23, KA171 = 20.',
    }),
  },
  ...bandsFrom100([S.PRZ, S.FU_BERLIN_STAFF_EN], GREEN_SOURCES),
];
const ka12xBands: readonly TravelBand[] = [
  { fromKm: 10, belowKm: 100, standard: f('23.00', KA12X_BAND_SOURCES, 'confirmed') },
  ...bandsFrom100(KA12X_BAND_SOURCES, KA12X_GREEN_SOURCES),
];

// --- Shared rules ----------------------------------------------------------------------------

const heExceptional: ExceptionalTravelRule = {
  coverageThreshold: f(
    '0.70',
    [S.EXCEPTIONAL_TRAVEL_WIKI, S.EXCEPTIONAL_TRAVEL_WIKI_DIFF, S.EWP_XSD],
    'confirmed',
  ),
  reimbursedShare: f(
    '0.80',
    [S.EXCEPTIONAL_TRAVEL_WIKI, S.EXCEPTIONAL_TRAVEL_WIKI_DIFF, S.EWP_XSD],
    'confirmed',
    {
      note: 'Replaces the travel band amount; needs a justification.',
    },
  ),
};
const ka12xExceptional: ExceptionalTravelRule = {
  coverageThreshold: f(
    '0.70',
    [S.OEAD_YOUTH, S.NAEP_CZ_VET, S.EXCEPTIONAL_COSTS_WIKI],
    'confirmed',
  ),
  reimbursedShare: f('0.80', [S.OEAD_YOUTH, S.NAEP_CZ_VET, S.EXCEPTIONAL_COSTS_WIKI], 'confirmed', {
    note: 'Also when a costlier green mode is chosen.',
  }),
};

const coursesOs: OrganisationalSupportRule = {
  perParticipant: f('100.00', [S.TENERIFE, S.T_UBM], 'confirmed', {
    note: 'Per participant in courses and training, projects approved since 2021.',
  }),
};

/** School, calls 2021/22: 350 up to the 100th participant, 200 beyond (no split by activity). */
const schoolTierOs2021: OrganisationalSupportRule = {
  perParticipant: f('350.00', [S.LOCZLUCHOW], 'single-source', {
    note: 'School page (2021/22) gives 350 up to the 100th participant, 200 beyond, without a split by activity; applied to the tier the INDIRE 2022 deck gives it (job shadowing, teaching assignments, short-term individual pupils).',
  }),
  tierThreshold: f(100, [S.LOCZLUCHOW], 'single-source'),
  beyondThreshold: f('200.00', [S.LOCZLUCHOW], 'single-source'),
};

const LONG_TERM_STUDENT_RANGE_NOTE =
  'Programme Guide range reported by French education press (Dec 2021); the other pages copy it, so effectively one source. Reference value: the maximum.';

/**
 * The rule pack of call 2021. Deeply frozen; `provisional` because several figures are
 * single-source or conflicting.
 *
 * @example
 * ```ts
 * import { rules2021 } from 'erasmus-kit';
 * rules2021.ka131.studentMonthly[1].value; // { min: '310.00', max: '600.00', reference: '600.00' }
 * rules2021.durations['KA131-HED']['student-studies']?.shortTerm?.value;
 * // { min: 5, max: 30, unit: 'days' }
 * ```
 */
export const rules2021: RulePack = definePack(2021, {
  unavailableActivities: {
    'KA121-VET': { 'group-mobility': vetGroupUnavailable },
    'KA122-VET': { 'group-mobility': vetGroupUnavailable },
  },
  durations: {
    'KA131-HED': {
      'student-studies': ka131Student,
      'student-traineeship': ka131Student,
      'staff-teaching': ka131Staff,
      'staff-training': ka131Staff,
      'invited-staff': ka131InvitedStaff,
    },
    'KA171-HED': {
      'student-studies': ka171Student,
      'student-traineeship': ka171Student,
      'staff-teaching': ka171Staff,
      'staff-training': ka171Staff,
    },
    'KA121-VET': vetDurations,
    'KA122-VET': vetDurations,
    'KA121-SCH': schDurations,
    'KA122-SCH': schDurations,
    'KA121-ADU': aduDurations,
    'KA122-ADU': aduDurations,
  },
  travelDays: {
    'KA131-HED': {
      'student-studies': ka131StudentTravelDays,
      'student-traineeship': ka131StudentTravelDays,
      'staff-teaching': heStaffDays,
      'staff-training': heStaffDays,
      'invited-staff': heStaffDays,
    },
    'KA171-HED': {
      'student-studies': ka171StudentTravelDays,
      'student-traineeship': ka171StudentTravelDays,
      'staff-teaching': heStaffDays,
      'staff-training': heStaffDays,
    },
    'KA121-VET': ka12xTravelDayTable(Object.keys(vetDurations) as (keyof typeof vetDurations)[]),
    'KA122-VET': ka12xTravelDayTable(Object.keys(vetDurations) as (keyof typeof vetDurations)[]),
    'KA121-SCH': ka12xTravelDayTable(Object.keys(schDurations) as (keyof typeof schDurations)[]),
    'KA122-SCH': ka12xTravelDayTable(Object.keys(schDurations) as (keyof typeof schDurations)[]),
    'KA121-ADU': ka12xTravelDayTable(Object.keys(aduDurations) as (keyof typeof aduDurations)[]),
    'KA122-ADU': ka12xTravelDayTable(Object.keys(aduDurations) as (keyof typeof aduDurations)[]),
  },
  studentCycle: {
    monthsPerCycle: f(12, [S.SAARLAND, S.FU_BERLIN_STUDENTS], 'confirmed', {
      note: 'Studies and traineeships together, per cycle; sources describe calls 2023–2024, the rule is a programme rule.',
    }),
    monthsPerSingleCycleProgramme: f(24, [S.SAARLAND, S.FU_BERLIN_STUDENTS], 'confirmed'),
    daysPerMonthForEarlierMobility: f(30, [S.EWP_XSD], 'single-source', {
      note: 'Earlier short-term participation counts as days / 30 months (15 days = 0.5 month).',
    }),
    recentGraduateMonths: f(12, [S.STARC, S.SANKO, S.RIT_CROATIA], 'single-source', {
      note: 'Traineeship completed within 12 months of graduation; 2014–2020 wording, uncertain for 2021+.',
    }),
  },
  bip: {
    minEcts: f(3, [S.IKY_HE, S.NL_KA131], 'confirmed', {
      note: 'Blended short-term study mobility must award at least 3 ECTS.',
    }),
    minPartnerHeis: f(3, [S.BIP_WIKI, S.EURIRELAND, S.ESDA], 'confirmed'),
    minPartnerCountries: f(3, [S.BIP_WIKI, S.EURIRELAND, S.ESDA], 'confirmed'),
    minParticipants: f(15, [S.KONSTANZ, S.ESDA, S.EURIRELAND], 'confirmed', {
      note: 'Teaching/training staff delivering the BIP do not count.',
    }),
    maxParticipants: f(20, [S.KONSTANZ, S.EURIRELAND], 'confirmed'),
    organisationalSupportPerParticipant: f('400.00', [S.KEMPTEN, S.KONSTANZ], 'confirmed', {
      note: '15–20 participants: 6,000–8,000 EUR per BIP.',
    }),
  },
  ka131: {
    studentMonthly: {
      1: f(
        { min: '310.00', max: '600.00', reference: '600.00' },
        [S.LETUDIANT, S.TRAVELIUX, S.ESPOL],
        'single-source',
        {
          note: LONG_TERM_STUDENT_RANGE_NOTE,
        },
      ),
      2: f(
        { min: '260.00', max: '540.00', reference: '540.00' },
        [S.LETUDIANT, S.TRAVELIUX],
        'single-source',
        {
          note: LONG_TERM_STUDENT_RANGE_NOTE,
        },
      ),
      3: f(
        { min: '200.00', max: '490.00', reference: '490.00' },
        [S.LETUDIANT, S.TRAVELIUX, S.ESPOL],
        'single-source',
        {
          note: LONG_TERM_STUDENT_RANGE_NOTE,
        },
      ),
    },
    studentMonthlyNonAssociated: f('700.00', [S.GIDATARIM], 'single-source', {
      note: 'Calls 2021–2023 (TR NA page); studies and traineeships alike. Region 14 is paid as group 1, AD/MC/SM/VA as group 2.',
    }),
    traineeshipTopUpMonthly: f('150.00', [S.LETUDIANT, S.KOZMINSKI], 'confirmed', {
      note: 'Not for international mobility; adds to the fewer-opportunities top-up.',
    }),
    fewerOpportunitiesTopUpMonthly: f('250.00', [S.LETUDIANT, S.UMP], 'confirmed'),
    greenTravelTopUp: f('50.00', [S.UCTM, S.HTWG], 'confirmed', {
      note: 'One-off, for students without travel support who travel green (plus up to 4 travel days, see travelDays).',
    }),
    studentTravelSupport: f('listed-cases', [S.UCTM, S.UPJS, S.BRUCKNER], 'confirmed', {
      note: 'Only (a) students from outermost regions, Cyprus, Iceland, Malta and OCTs; (b) fewer-opportunities students in short-term mobility; (c) students going to non-associated countries other than region 14 and AD/MC/SM/VA (Erasmus+ Programme Guide 2021, Part B, "Mobility projects for higher education students and staff", funding rules).',
    }),
    shortTermDaily: {
      days1to14: f('70.00', [S.KEMPTEN, S.KONSTANZ, S.GIDATARIM], 'confirmed'),
      days15to30: f('50.00', [S.KEMPTEN, S.KONSTANZ, S.GIDATARIM], 'confirmed'),
    },
    shortTermFewerOpportunitiesTopUp: {
      days5to14: f('100.00', [S.KEMPTEN, S.KONSTANZ, S.GIDATARIM], 'confirmed'),
      days15to30: f('150.00', [S.KEMPTEN, S.KONSTANZ, S.GIDATARIM], 'confirmed'),
    },
    staffDaily: {
      1: f({ max: '180.00', reference: '180.00' }, [S.IBU_STAFF, S.SABANCI], 'single-source', {
        note: 'Published by one HEI and treated as the Programme Guide maximum because the Turkish NA pays exactly 90 % of it (162). Minimum not found.',
      }),
      2: f({ max: '160.00', reference: '160.00' }, [S.IBU_STAFF, S.SABANCI], 'single-source', {
        note: 'As group 1 (Turkish NA: 144 = 90 %). Minimum not found.',
      }),
      3: f({ max: '140.00', reference: '140.00' }, [S.IBU_STAFF, S.SABANCI], 'single-source', {
        note: 'As group 1 (Turkish NA: 126 = 90 %). Minimum not found.',
      }),
    },
    staffDailyNonAssociated: f('180.00', [S.ITU_KA131, S.TUKE], 'confirmed', {
      note: 'Staff going to non-associated regions under KA131 (calls 2021–2023); 126 from day 15.',
    }),
    staffFullRateDays: f(14, [S.OPOLE, S.HAW_LANDSHUT, S.USIENA], 'confirmed'),
    staffReductionFromDay15: f('0.70', [S.HAW_LANDSHUT, S.USIENA, S.OPOLE], 'confirmed', {
      note: 'Days 15–60 at 70 % of the rate; whether the reduced daily amount is rounded or truncated is not documented.',
    }),
    organisationalSupport: {
      perParticipant: f('400.00', [S.OS_WIKI, S.OS_WIKI_SOURCE], 'single-source', {
        note: 'The sources describe call 2024; assumed the same for calls 2021–2023, not verified.',
      }),
      tierThreshold: f(100, [S.OS_WIKI, S.OS_WIKI_SOURCE], 'single-source', {
        note: 'Assumed from call 2024, not verified. Zero-grant participants count.',
      }),
      beyondThreshold: f('230.00', [S.OS_WIKI, S.OS_WIKI_SOURCE], 'single-source', {
        note: 'Assumed from call 2024, not verified.',
      }),
    },
    inclusionSupportPerParticipant: f('100.00', [S.IKY_INCLUSION], 'single-source', {
      note: 'Greek NA page, KA1, year not stated; uncertain for HE 2021–2023.',
    }),
  },
  ka171: {
    studentMonthlyOutgoing: f('700.00', [S.YILDIZ, S.PRZ], 'conflicting', {
      alternative: '750.00 (one Polish HEI, year unknown)',
      note: 'Sources describe calls 2022 and 2023.',
    }),
    studentMonthlyIncoming: {
      2: f('850.00', [S.USIENA], 'single-source', {
        note: 'Italian ICM page, probably of the 2014–2020 era: uncertain.',
      }),
      3: f('800.00', [S.YILDIZ, S.PRZ, S.UAV], 'confirmed'),
    },
    staffDailyOutgoing: f('180.00', [S.ITU_KA171, S.AKSIM, S.PRZ], 'confirmed', {
      note: '126 from day 15.',
    }),
    staffDailyIncoming: {
      2: f('160.00', [S.AUTH, S.USIENA], 'single-source', {
        note: 'Year not stated; +2 travel days.',
      }),
      3: f('140.00', [S.AKSIM, S.TUKE], 'confirmed', { note: '98 from day 15.' }),
    },
    staffReductionFromDay15: f('0.70', [S.ITU_KA171, S.AKSIM, S.PRZ], 'confirmed', {
      note: '180 → 126 and 140 → 98 from day 15.',
    }),
  },
  vetSchAdu: {
    staffDaily: {
      1: f(
        { min: '60.00', max: '180.00', reference: '117.00' },
        [S.LOCZLUCHOW, S.TENERIFE],
        'single-source',
        {
          note: 'Programme Guide group ranges not found. min/max: the overall span 60–180 of one undated course-provider page (no group split); reference: the Polish NA value quoted by a school (2021/22). Accompanying persons are paid at the staff rate.',
        },
      ),
      2: f(
        { min: '60.00', max: '180.00', reference: '104.00' },
        [S.LOCZLUCHOW, S.TENERIFE],
        'single-source',
        {
          note: 'As group 1; reference: the Polish NA value (2021/22).',
        },
      ),
      3: f(
        { min: '60.00', max: '180.00', reference: '91.00' },
        [S.LOCZLUCHOW, S.TENERIFE],
        'single-source',
        {
          note: 'As group 1; reference: the Polish NA value (2021/22). A Czech course provider gives 60–140 for CZ (https://erasmus-prague.cz/course-fee-and-billing/).',
        },
      ),
    },
    learnerDaily: {
      1: f({ reference: '64.00' }, [S.LOCZLUCHOW], 'single-source', {
        note: 'School page quoting its NA (2021/22); range not found, so no bound is enforced.',
      }),
      2: f({ reference: '56.00' }, [S.LOCZLUCHOW], 'single-source', {
        note: 'School page quoting its NA (2021/22); range not found.',
      }),
      3: f({ reference: '48.00' }, [S.LOCZLUCHOW], 'single-source', {
        note: 'School page quoting its NA (2021/22); range not found.',
      }),
    },
    fullRateDays: f(14, [S.LOCZLUCHOW, S.OPOLE, S.KA1_COURSES], 'confirmed'),
    reductionFromDay15: f('0.70', [S.LOCZLUCHOW, S.OPOLE, S.KA1_COURSES], 'confirmed'),
    learnerReducedRateUntilDay: f(365, [S.HYRIA], 'single-source', {
      note: 'Learners: the reduced rate runs from day 15 to day 365, no further step-down.',
    }),
    reducedDailyPublished: {
      staff: {
        1: f('82.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 117 = 81.90, published rounded.',
        }),
        2: f('73.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 104 = 72.80, published rounded.',
        }),
        3: f('64.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 91 = 63.70, published rounded.',
        }),
      },
      learners: {
        1: f('45.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 64 = 44.80, published rounded.',
        }),
        2: f('39.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 56 = 39.20, published rounded.',
        }),
        3: f('34.00', [S.LOCZLUCHOW], 'single-source', {
          note: '70 % of 48 = 33.60, published rounded.',
        }),
      },
    },
    courseFees: {
      perDay: f('80.00', [S.TENERIFE, S.T_UBM, S.QUARTERMEDIATION], 'conflicting', {
        alternative: '70.00 per day, max 700 (one school page, probably the 2014–2020 value)',
      }),
      maxDays: f(10, [S.IKY_VET, S.TENERIFE], 'confirmed'),
      maxPerParticipant: f('800.00', [S.TENERIFE, S.T_UBM, S.QUARTERMEDIATION], 'conflicting', {
        alternative: '700.00 (one school page, probably the 2014–2020 value)',
      }),
    },
    organisationalSupport: {
      VET: { 'staff-course': coursesOs },
      SCH: {
        'staff-course': coursesOs,
        'staff-job-shadowing': schoolTierOs2021,
        'staff-teaching': schoolTierOs2021,
        'learner-short-term': schoolTierOs2021,
      },
      ADU: { 'staff-course': coursesOs },
    },
    inclusionSupportPerParticipant: f('100.00', [S.LOCZLUCHOW], 'single-source', {
      note: 'School page, calls 2021/22.',
    }),
    recentGraduateMonths: f(12, [S.EURODESK_VET], 'single-source', {
      note: 'VET recent graduates: up to 12 months after graduation (Erasmus+ Programme Guide 2021, Part B, "Mobility projects for VET learners and staff").',
    }),
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
  exceptionalTravel: { he: heExceptional, vetSchAdu: ka12xExceptional },
});
