import { deepFreeze } from '../_lib/freeze.js';
import type { Provenance } from '../_lib/provenance.js';
import { type CountryCode, REGION_MEMBERS, type RegionNumber } from './countryCodes.js';

// Sources: the Programme Guide, Part A, "Eligible countries", and the pages below.
const PG_ELIGIBLE = 'https://erasmus-plus.ec.europa.eu/programme-guide/part-a/eligible-countries';
const LIMEGROW = 'https://dev-programmes.dev5.limegrow.com/en/programme/22286/eu';
const GUIDE_2014_20 =
  'http://ec.europa.eu/programmes/erasmus-plus/programme-guide/part-a/who-can-participate/eligible-countries_en';
const BOOK_2014_20 = 'https://ec.europa.eu/programmes/erasmus-plus/book/export/html/312_en';
const HS_MANNHEIM =
  'https://www.hs-mannheim.de/die-hochschule/internationales/international-office/auslandsaufenthalte-outgoing/schritt-6-finanzierung/erasmus/erasmus-stt.html';
const UNIBS =
  'https://www.unibs.it/it/ateneo/comunicazione/tutte-le-faq/quanto-ammonta-la-borsa-erasmus';
const UMANRESA = 'https://www.umanresa.cat/ca/internacional/out/beques/erasmus-estudi';
const PANSIM =
  'https://pansim.edu.pl/erasmus-plus/wyjazdy-student%C3%B3w-na-studia-sms-i-na-praktyk%C4%99-smp-smt-%E2%80%93-stawki-miesi%C4%99czne';
const GIDATARIM = 'https://erasmus.gidatarim.edu.tr/pages/hibe-miktarlari';
const UCTM = 'https://erasmus.uctm.edu/2022-1-bg01-ka131-hed-000060529';
const EUC =
  'https://erasmus.euc.ac.cy/international-credit-mobility/international-dimension-of-ka131-action/';
const FU_BERLIN =
  'https://www.fu-berlin.de/studium/international/studium_ausland/erasmus_praktikum/foerderung/index.html';
const UK_PARTICIPATING = 'https://erasmusplus.org.uk/participating-countries3cea.html';

/**
 * A region of third countries not associated to the Programme, with its members and where its
 * number and membership come from.
 *
 * @example
 * ```ts
 * import { listRegions, type RegionInfo } from 'erasmus-kit';
 * const westernBalkans: RegionInfo | undefined = listRegions()[0];
 * westernBalkans?.countries; // ['AL', 'BA', 'XK', 'ME']
 * ```
 */
export interface RegionInfo {
  /** The region number (1–14), in the numbering of the 2021+ Programme Guides. */
  readonly region: RegionNumber;
  /** The region's English name, e.g. `'Western Balkans'`. */
  readonly name: string;
  /** Its members' ISO codes. */
  readonly countries: readonly CountryCode[];
  /** Sources and status of the region's number and membership. */
  readonly provenance: Provenance;
}

/** Regions 5–12: numbered differently by different sources. */
function renumbered(region: number, sources: readonly [string, ...string[]]): Provenance {
  return {
    sources,
    status: 'conflicting',
    alternative: `Region ${region + 1}: the numbering in which Andorra, Monaco, San Marino and Vatican City State form region 5 (Polish, Turkish and Bulgarian sources).`,
    note: 'Membership and number not verified against the Programme Guide (no source found); needed for reporting only, not for rates.',
  };
}

const regionData = {
  1: {
    name: 'Western Balkans',
    provenance: { sources: [PG_ELIGIBLE], status: 'confirmed' },
  },
  2: {
    name: 'Neighbourhood East',
    provenance: {
      sources: [PG_ELIGIBLE, LIMEGROW, GUIDE_2014_20],
      status: 'single-source',
      note: 'Armenia and Azerbaijan are in the Programme Guide excerpt (truncated); Belarus has one source; Georgia, Moldova and Ukraine come from the 2014–2020 list. Ukraine: its territory as recognised by international law.',
    },
  },
  3: {
    name: 'South-Mediterranean',
    provenance: {
      sources: [GUIDE_2014_20],
      status: 'single-source',
      note: 'From the 2014–2020 list; not verified for 2021+.',
    },
  },
  4: {
    name: 'Russian Federation',
    provenance: {
      sources: [LIMEGROW],
      status: 'single-source',
      note: 'The territory of Russia as recognised by international law.',
    },
  },
  5: { name: 'Asia', provenance: renumbered(5, [BOOK_2014_20]) },
  6: { name: 'Central Asia', provenance: renumbered(6, [BOOK_2014_20]) },
  7: { name: 'Middle East', provenance: renumbered(7, [PG_ELIGIBLE]) },
  8: { name: 'Pacific', provenance: renumbered(8, [PG_ELIGIBLE]) },
  9: { name: 'Sub-Saharan Africa', provenance: renumbered(9, [PG_ELIGIBLE]) },
  10: { name: 'Latin America', provenance: renumbered(10, [PG_ELIGIBLE]) },
  11: { name: 'Caribbean', provenance: renumbered(11, [PG_ELIGIBLE]) },
  12: { name: 'United States and Canada', provenance: renumbered(12, [PG_ELIGIBLE]) },
  13: {
    name: 'European micro-states',
    provenance: {
      sources: [HS_MANNHEIM, UNIBS, UMANRESA, PANSIM, GIDATARIM, UCTM, EUC],
      status: 'conflicting',
      alternative:
        'Region 5: Polish, Turkish, Bulgarian and Cypriot sources number Andorra, Monaco, San Marino and Vatican City State region 5 (the 2014–2020 numbering).',
      note: 'German, Italian and Spanish sources call them region 13. Rates key on the ISO code, not the number.',
    },
  },
  14: {
    name: 'Faroe Islands, Switzerland, United Kingdom',
    provenance: {
      sources: [FU_BERLIN, UNIBS, UK_PARTICIPATING],
      status: 'confirmed',
      note: 'The United Kingdom is a non-associated third country from call 2021.',
    },
  },
} as const satisfies Record<RegionNumber, { name: string; provenance: Provenance }>;

/** Countries whose membership is better or worse sourced than their region as a whole. */
const memberProvenance: Partial<Record<CountryCode, Provenance>> = {
  AM: { sources: [PG_ELIGIBLE], status: 'confirmed' },
  AZ: { sources: [PG_ELIGIBLE], status: 'confirmed' },
};

const regions: readonly RegionInfo[] = deepFreeze(
  (Object.keys(REGION_MEMBERS) as `${RegionNumber}`[]).map((key) => {
    const region = Number(key) as RegionNumber;
    return {
      region,
      name: regionData[region].name,
      countries: [...REGION_MEMBERS[region]],
      provenance: regionData[region].provenance,
    };
  }),
) as readonly RegionInfo[];

/**
 * The 14 regions of third countries not associated to the Programme, in order, each with its
 * members and provenance. Region numbers follow the 2021+ Programme Guides (Part A, "Eligible
 * countries") as far as the sources show them; numbers 5–13 are disputed (status
 * `conflicting`) and the library never keys a rate on them. The list is deeply frozen.
 *
 * @returns the 14 regions, region 1 first
 *
 * @example
 * ```ts
 * import { listRegions } from 'erasmus-kit';
 * listRegions().length; // 14
 * listRegions()[13]?.countries; // ['FO', 'CH', 'GB']
 * listRegions()[12]?.provenance.status; // 'conflicting'
 * ```
 */
export function listRegions(): readonly RegionInfo[] {
  return regions;
}

/** The provenance of a non-associated country's region membership. */
export function regionProvenance(region: RegionNumber, code: CountryCode): Provenance {
  return memberProvenance[code] ?? regionData[region].provenance;
}
