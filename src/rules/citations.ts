/**
 * Where the eligibility and grant rules are written down, as the texts they cite: the Programme
 * Guide sections of the mobility actions (by title; with the edition of a call year, or without
 * one where `makeIssue` adds the mobility's call year), and citations made of several sources.
 * The URLs are named in `sources.ts`. Private.
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import {
  ERASMUSPLUS_RS_HE,
  EUC_KA131,
  EUPA_KA171,
  IKY_KA171,
  MARBURG,
  REGULATION_2021_817,
  SAARLAND,
} from './sources.js';
import type { MobilityAction } from './vocabulary.js';

/** The Programme Guide, without edition: `makeIssue` adds the call year in an issue's rule. */
export const PROGRAMME_GUIDE = 'Erasmus+ Programme Guide';

/** The title of each sector's mobility-projects section in Part B (KA131 and KA171: `HED`). */
const SECTIONS = {
  HED: 'Mobility projects for higher education students and staff',
  VET: 'Mobility projects for VET learners and staff',
  SCH: 'Mobility projects for school pupils and staff',
  ADU: 'Mobility projects for adult education learners and staff',
} as const;

type Sector = keyof typeof SECTIONS;

/**
 * The Part B section of the action's sector: `Erasmus+ Programme Guide 2024, Part B, "Mobility
 * projects for higher education students and staff"` with a call year, the same without `2024`
 * without one. KA131 and KA171 share the higher-education section.
 */
export function pgSection(action: MobilityAction, callYear?: CallYear): string {
  const guide = callYear === undefined ? PROGRAMME_GUIDE : `${PROGRAMME_GUIDE} ${callYear}`;
  return `${guide}, Part B, "${SECTIONS[action.slice(-3) as Sector]}"`;
}

/** The funding rules of the action's sector in the call year's Programme Guide. */
export function fundingRules(callYear: CallYear, action: MobilityAction): string {
  return `${pgSection(action, callYear)}, funding rules`;
}

/** Higher education: KA131, and KA171, which the same section describes. */
export const PG_HE = pgSection('KA131-HED');
/** KA171: the HE mobility section, on mobility supported by external policy funds. */
export const PG_KA171 = `${PG_HE}, mobility supported by external policy funds (KA171)`;
/** KA121/KA122 in vocational education and training. */
export const PG_VET = pgSection('KA121-VET');
/** KA121/KA122 in school education. */
export const PG_SCH = pgSection('KA121-SCH');
/** KA121/KA122 in adult education. */
export const PG_ADU = pgSection('KA121-ADU');

/** Part A: which countries take part, and with which status. */
export const PG_COUNTRIES = `${PROGRAMME_GUIDE}, Part A, "Eligible countries"`;

/** Regulation (EU) 2021/817, Art. 2(2): learning mobility is moving to another country. */
export const REGULATION_MOBILITY = `Regulation (EU) 2021/817, Art. 2(2), ${REGULATION_2021_817}`;

/** National Agencies on KA131's international strand being outgoing only (incoming is KA171). */
export const KA131_OUTGOING_ONLY = [EUPA_KA171, ERASMUSPLUS_RS_HE, IKY_KA171].join(' ; ');

/** KA171 covers regions 1–12; CH, GB, FO and AD/MC/SM/VA are funded through KA131. */
export const KA171_REGIONS = [IKY_KA171, EUC_KA131, MARBURG, SAARLAND].join(' ; ');
