/**
 * The country-group tables, one per sector and period, with their sources. Private data: read
 * them through `heCountryGroups(callYear)` / `vetSchAduCountryGroups(callYear)`.
 *
 * The Programme Guide of each call year lists the groups in Part B, "Mobility projects for higher
 * education students and staff" and "Mobility projects for VET learners and staff", funding rules
 * (individual support); the pages behind each table are named below and in docs/sources.md
 * ("Countries and country groups").
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Provenance } from '../_lib/provenance.js';
import type { CountryGroupTable } from './countryGroupTypes.js';

// Sources, named once.
const INCLUSIVE_MOBILITY = 'https://inclusivemobility.eu/countries/de';
const UNIBS =
  'https://www.unibs.it/it/ateneo/comunicazione/tutte-le-faq/quanto-ammonta-la-borsa-erasmus';
const UMANRESA = 'https://www.umanresa.cat/ca/internacional/out/beques/erasmus-estudi';
const FU_BERLIN =
  'https://www.fu-berlin.de/studium/international/studium_ausland/erasmus_praktikum/foerderung/index.html';
const AKDENIZ =
  'https://uio.akdeniz.edu.tr/tr/erasmus_ogrenci_hareketliligine_iliskin_hibe_miktarlari-3208';
const HS_HANNOVER =
  'https://typo3backend-live.hs-hannover.de/internationales/wege-ins-ausland/studierende/erasmus-studierendenmobilitaet/erasmus-praktikum-smp';
const HS_MANNHEIM =
  'https://www.hs-mannheim.de/die-hochschule/internationales/international-office/auslandsaufenthalte-outgoing/schritt-6-finanzierung/erasmus/erasmus-stt.html';
const TUKE = 'https://erasmus.tuke.sk/grants-staff/';
const ITU = 'http://erasmus.itu.edu.tr/personel-hareketliligi/ka-131-program-ulkeleri/hibe-desteği';
const PO_EDU =
  'https://dwm.po.edu.pl/index.php/pl/program-erasmus/wyjazdy-pracownikow-uczelni/administracja-stt';
const SRH = 'https://srh-university.de/de/dein-studium/international-office/stipendien';
const SAARLAND = 'https://uni-saarland.de/global/go-out/praktikum/erasmus.html';
const OPOLE = 'https://erasmusplus.uni.opole.pl/en/?p=6568';
const OVGU = 'https://www.ovgu.de/-p-74044';
const KILIS = 'https://erasmus.kilis.edu.tr/en/page/5424';
const HFOEV_BREMEN =
  'https://www.hfoev.bremen.de/international/internationalitaet-des-studiums/foerderungsmoeglichkeiten-9353';
const CARISSMA =
  'https://carissma.eu/studium/auslandsaufenthalt/studium-im-ausland/schritt-4-finanzierung';
const VU = 'https://vu.nl/en/employee/internationalisation/grants-and-funds-for-vu-employees';
const LADO_MX = 'https://www.lado.mx/noticia.php?id=15693667';
const ULAPLAND =
  'https://www.ulapland.fi/EN/Studies/Go-International-at-University-of-Lapland/Traineeship-Abroad/Traineeship-grant';
const BM_APPLICABLE_RATES = 'https://wikis.ec.europa.eu/pages/viewpage.action?pageId=180000453';
const ACA_2026 = 'https://aca-secretariat.be/?p=36525';
const LOCZLUCHOW = 'https://www.loczluchow.pl/zycie-szkolne/erasmus/o-projekcie/stawki-jednostkowe';
const AMBIS = 'https://www.ambis.cz/zamestnanci-erasmus-financni-podminky';
const SABANCI = 'https://iro.sabanciuniv.edu/en/staff/exchange/administrative/grants';
const KA1_COURSES = 'https://arletteshohmelian.podia.com/ka1-funding-courses';

/** A provenance that always explains itself. */
type NotedProvenance = Provenance & { readonly note: string };

/** Region 14 (CH, UK, FO) in calls 2021–2023: paid like group 1. */
const region14Until2023: NotedProvenance = {
  sources: [FU_BERLIN, UNIBS],
  status: 'confirmed',
  note: 'Region 14 (Faroe Islands, Switzerland, United Kingdom) is paid like group 1 in KA131.',
};

/** AD, MC, SM, VA in calls 2021–2023: group 2 for students, staff sources disagree. */
const microStatesUntil2023: NotedProvenance = {
  sources: [FU_BERLIN, UNIBS, UMANRESA, TUKE, ITU, HS_MANNHEIM],
  status: 'conflicting',
  alternative:
    'Group 1 for staff: a German source (DAAD, call 2023) places Andorra, Monaco, San Marino and Vatican City State with region 14 in group 1.',
  note: 'Paid like group 2 for students; a Slovak and a Turkish source also pay them at the group 2 staff rate. Their region number (13 or 5) is itself disputed.',
};

/** Region 14 from call 2024: group 1, one German page lists it under both group 1 and group 3. */
const region14From2024: NotedProvenance = {
  sources: [HFOEV_BREMEN, CARISSMA, OPOLE, VU],
  status: 'conflicting',
  alternative:
    'Group 3: one German page for call 2024 lists regions 13 and 14 under both group 1 and group 3 in the same table.',
  note: 'Region 14 (Faroe Islands, Switzerland, United Kingdom) is paid like group 1.',
};

/** AD, MC, SM, VA from call 2024: group 2 kept, staff sources put them in group 1. */
const microStatesFrom2024: NotedProvenance = {
  sources: [FU_BERLIN, UNIBS, PO_EDU, HFOEV_BREMEN],
  status: 'conflicting',
  alternative:
    'Group 1: a Polish source using the 2024 groups puts "regions 13 and 14" in group 1 for staff; a German 2024 page lists them under both group 1 and group 3.',
  note: 'Kept in group 2 as for students in 2021–2023; no source shows a change.',
};

/** FR and IT from call 2024: group 1 per five pages, group 2 per one press quote. */
const frItFrom2024: NotedProvenance = {
  sources: [HS_HANNOVER, SRH, SAARLAND, OPOLE, OVGU, LADO_MX],
  status: 'conflicting',
  alternative:
    'Group 2: ESN Spain, quoted in the press, lists only nine countries changing group in 2024 and omits France and Italy.',
  note: 'Five independent university and NA pages list France and Italy in group 1 from call 2024. A Finnish page omits Italy from both lists (treated as an omission).',
};

/** What "carried forward" means for the 2025/2026 tables. */
const carriedNote =
  'No source for call 2025 or 2026 shows a change of country groups: the call 2024 groups are carried forward (a Polish page applies the 2024 groups to mobilities from February 2025; the call 2026 summary reports continuity).';

/** Marks a per-country provenance of 2024 as carried forward to 2025/2026, keeping its detail. */
function carried(from2024: NotedProvenance): Provenance {
  return {
    ...from2024,
    status: 'carried-forward',
    carriedFrom: 2024,
    note: `Carried forward from call 2024, where its status was "${from2024.status}". ${from2024.note}`,
  };
}

/** HE groups for calls 2021, 2022 and 2023. */
const he2021 = {
  sector: 'HE',
  fromCallYear: 2021,
  groups: {
    DK: 1,
    FI: 1,
    IS: 1,
    IE: 1,
    LI: 1,
    LU: 1,
    NO: 1,
    SE: 1,
    CH: 1,
    GB: 1,
    FO: 1,
    AT: 2,
    BE: 2,
    CY: 2,
    FR: 2,
    DE: 2,
    GR: 2,
    IT: 2,
    MT: 2,
    NL: 2,
    PT: 2,
    ES: 2,
    AD: 2,
    MC: 2,
    SM: 2,
    VA: 2,
    BG: 3,
    HR: 3,
    CZ: 3,
    EE: 3,
    HU: 3,
    LV: 3,
    LT: 3,
    MK: 3,
    PL: 3,
    RO: 3,
    RS: 3,
    SK: 3,
    SI: 3,
    TR: 3,
  },
  provenance: {
    sources: [INCLUSIVE_MOBILITY, UNIBS, UMANRESA, FU_BERLIN, AKDENIZ, HS_HANNOVER],
    status: 'confirmed',
    note: 'Calls 2021–2023, confirmed for call 2023 by pages of that call. Region 14 and the micro-states: see exceptions.',
  },
  exceptions: {
    CH: region14Until2023,
    GB: region14Until2023,
    FO: region14Until2023,
    AD: microStatesUntil2023,
    MC: microStatesUntil2023,
    SM: microStatesUntil2023,
    VA: microStatesUntil2023,
  },
} as const satisfies CountryGroupTable;

/** The HE groups of call 2024 (AT, BE, DE, FR, IT, NL to group 1; CZ, EE, LV, SK, SI to group 2). */
const he2024Groups = {
  AT: 1,
  BE: 1,
  DK: 1,
  FI: 1,
  FR: 1,
  DE: 1,
  IS: 1,
  IE: 1,
  IT: 1,
  LI: 1,
  LU: 1,
  NL: 1,
  NO: 1,
  SE: 1,
  CH: 1,
  GB: 1,
  FO: 1,
  CY: 2,
  CZ: 2,
  EE: 2,
  GR: 2,
  LV: 2,
  MT: 2,
  PT: 2,
  SK: 2,
  SI: 2,
  ES: 2,
  AD: 2,
  MC: 2,
  SM: 2,
  VA: 2,
  BG: 3,
  HR: 3,
  HU: 3,
  LT: 3,
  MK: 3,
  PL: 3,
  RO: 3,
  RS: 3,
  TR: 3,
} as const;

/** HE groups for call 2024. */
const he2024 = {
  sector: 'HE',
  fromCallYear: 2024,
  groups: he2024Groups,
  provenance: {
    sources: [HS_HANNOVER, SRH, SAARLAND, OPOLE, OVGU, KILIS, HFOEV_BREMEN, CARISSMA, VU],
    status: 'confirmed',
    note: 'Call 2024 regrouping: AT, BE, DE, FR, IT, NL moved from group 2 to group 1; CZ, EE, LV, SK, SI from group 3 to group 2. France, Italy, region 14 and the micro-states: see exceptions.',
  },
  exceptions: {
    FR: frItFrom2024,
    IT: { ...frItFrom2024, sources: [...frItFrom2024.sources, ULAPLAND] },
    CH: region14From2024,
    GB: region14From2024,
    FO: region14From2024,
    AD: microStatesFrom2024,
    MC: microStatesFrom2024,
    SM: microStatesFrom2024,
    VA: microStatesFrom2024,
  },
} as const satisfies CountryGroupTable;

/** HE groups for calls 2025 and 2026: the 2024 groups, carried forward. */
const he2025 = {
  sector: 'HE',
  fromCallYear: 2025,
  groups: he2024Groups,
  provenance: {
    sources: [PO_EDU, BM_APPLICABLE_RATES, ACA_2026],
    status: 'carried-forward',
    carriedFrom: 2024,
    note: carriedNote,
  },
  exceptions: Object.fromEntries(
    Object.entries(he2024.exceptions).map(([code, provenance]) => [code, carried(provenance)]),
  ),
} as const satisfies CountryGroupTable;

/** The EU and associated countries' groups of 2021–2023, the same for VET, school and adult. */
const vet2021 = {
  sector: 'VET-SCH-ADU',
  fromCallYear: 2021,
  groups: {
    DK: 1,
    FI: 1,
    IS: 1,
    IE: 1,
    LI: 1,
    LU: 1,
    NO: 1,
    SE: 1,
    AT: 2,
    BE: 2,
    CY: 2,
    FR: 2,
    DE: 2,
    GR: 2,
    IT: 2,
    MT: 2,
    NL: 2,
    PT: 2,
    ES: 2,
    BG: 3,
    HR: 3,
    CZ: 3,
    EE: 3,
    HU: 3,
    LV: 3,
    LT: 3,
    MK: 3,
    PL: 3,
    RO: 3,
    RS: 3,
    SK: 3,
    SI: 3,
    TR: 3,
  },
  provenance: {
    sources: [LOCZLUCHOW, AMBIS, SABANCI],
    status: 'confirmed',
    note: 'Calls 2021–2023, the same grouping as HE; staff and learners use the same grouping. Poland is implied in group 3 by the Polish school source and listed by the HE sources. Only EU Member States and associated third countries: VET/school/adult activities with non-associated countries were not researched.',
  },
} as const satisfies CountryGroupTable;

/** The EU and associated countries' groups of call 2024, taken from the HE 2024 regrouping. */
const vet2024Groups = Object.fromEntries(
  Object.entries(he2024Groups).filter(
    ([code]) => !['CH', 'GB', 'FO', 'AD', 'MC', 'SM', 'VA'].includes(code),
  ),
);

/** VET/school/adult groups for call 2024. */
const vet2024 = {
  sector: 'VET-SCH-ADU',
  fromCallYear: 2024,
  groups: vet2024Groups,
  provenance: {
    sources: [KA1_COURSES, OPOLE],
    status: 'single-source',
    note: 'One KA1 source (staff, 2024/2025) follows the HE 2024 regrouping for the countries it names (DE in group 1; CY, GR, ES, MT in group 2; PL, RO, TR, HU in group 3); the rest follows the full HE 2024 list.',
  },
} as const satisfies CountryGroupTable;

/** VET/school/adult groups for calls 2025 and 2026: the 2024 groups, carried forward. */
const vet2025 = {
  sector: 'VET-SCH-ADU',
  fromCallYear: 2025,
  groups: vet2024Groups,
  provenance: {
    sources: [KA1_COURSES, OPOLE],
    status: 'carried-forward',
    carriedFrom: 2024,
    note: 'No source for call 2025 or 2026 gives VET/school/adult groups: the call 2024 groups are carried forward.',
  },
} as const satisfies CountryGroupTable;

/** The shape of {@link countryGroupTables}. */
interface CountryGroupTables {
  /** Higher education (KA131), by first call year. */
  readonly he: Readonly<Record<2021 | 2024 | 2025, CountryGroupTable>>;
  /** VET, school and adult education (KA121/KA122), by first call year. */
  readonly vetSchAdu: Readonly<Record<2021 | 2024 | 2025, CountryGroupTable>>;
}

/** Every table, deeply frozen, by sector and first call year. */
export const countryGroupTables: CountryGroupTables = {
  he: { 2021: he2021, 2024: he2024, 2025: he2025 },
  vetSchAdu: { 2021: vet2021, 2024: vet2024, 2025: vet2025 },
};
deepFreeze(countryGroupTables);
