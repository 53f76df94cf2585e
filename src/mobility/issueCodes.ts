import { deepFreeze } from '../_lib/freeze.js';
import {
  KA131_OUTGOING_ONLY,
  KA171_REGIONS,
  PG_ADU,
  PG_COUNTRIES,
  PG_HE,
  PG_KA171,
  PG_SCH,
  PG_VET,
  REGULATION_MOBILITY,
} from '../rules/citations.js';
import {
  BIP_LINK_WIKI,
  BIP_WIKI,
  DURATION_WIKI,
  EC_TRAVEL_DAYS,
  EWP_XSD,
  FORCE_MAJEURE_WIKI_DIFF,
  GIDATARIM_DURATION,
  NL_KA131,
  OS_WIKI,
} from '../rules/sources.js';

/**
 * What an eligibility issue code means: its severity, its meaning in words and where the rule is
 * written down.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_ISSUE_CODES, type EligibilityIssueCodeInfo } from 'erasmus-kit';
 * const info: EligibilityIssueCodeInfo = ELIGIBILITY_ISSUE_CODES['same-country'];
 * info.severity; // 'error'
 * ```
 */
export interface EligibilityIssueCodeInfo {
  /** `error` (the mobility is not eligible) or `warning` (it is, but read this). */
  readonly severity: 'error' | 'warning';
  /** What the code means, in English. */
  readonly meaning: string;
  /**
   * Where the rule is written down: a Programme Guide section (in the edition of the mobility's
   * call year), a legal act, a public URL or a page of these docs.
   */
  readonly section: string;
}

/** Programme Guide sections giving the duration of the activities of every action. */
const PG_DURATIONS = `${PG_HE}; ${PG_VET}; ${PG_SCH}; ${PG_ADU}: eligibility criteria (duration of the activity)`;

/** The codes, one documented entry each (see ELIGIBILITY_ISSUE_CODES). */
const CODES = {
  /** The mobility duration (dates minus interruptions) is below the activity's minimum. */
  'duration-too-short': {
    severity: 'error',
    meaning:
      "The mobility duration (days from the dates minus interruptions, travel excluded) is below the activity's minimum for the call year.",
    section: PG_DURATIONS,
  },
  /** The mobility duration is above the activity's maximum. */
  'duration-too-long': {
    severity: 'error',
    meaning: "The mobility duration is above the activity's maximum for the call year.",
    section: PG_DURATIONS,
  },
  /** Below the minimum, but force majeure is declared, which lifts the minimum. */
  'force-majeure-minimum-lifted': {
    severity: 'warning',
    meaning:
      'The duration is below the minimum, but force majeure is declared: the minimum does not apply. Keep the evidence; the National Agency decides.',
    section: `${PG_DURATIONS}; ${FORCE_MAJEURE_WIKI_DIFF}`,
  },
  /** With non-funded (zero-grant) days, the funded part is shorter than the minimum. */
  'funded-period-too-short': {
    severity: 'error',
    meaning:
      'Part of the stay is not funded (non-funded days) and the funded part is shorter than the minimum duration.',
    section: `${PG_HE}, eligibility criteria (duration); ${GIDATARIM_DURATION}`,
  },
  /** The sending country's status is not allowed for the action. */
  'sending-country-not-eligible': {
    severity: 'error',
    meaning:
      "The sending country's status (EU Member State, associated, non-associated) is not allowed for the action (for example a KA131 student or HEI staff mobility sent from a third country not associated to the Programme, which belongs to KA171).",
    section: `${PG_COUNTRIES}; ${PG_HE}; ${PG_VET}; ${PG_SCH}; ${PG_ADU}: eligible participating organisations; ${KA131_OUTGOING_ONLY}`,
  },
  /** The receiving country's status is not allowed for the action. */
  'receiving-country-not-eligible': {
    severity: 'error',
    meaning: "The receiving country's status is not allowed for the action.",
    section: `${PG_COUNTRIES}; ${PG_SCH}: eligibility criteria (venue of the activity)`,
  },
  /** KA171 needs one end in an EU/associated country and the other in a non-associated one. */
  'country-pair-not-eligible': {
    severity: 'error',
    meaning:
      'KA171 mobility runs between an EU Member State or associated country and a third country not associated to the Programme; KA131 needs one end in one. This pair is not such a pair.',
    section: `${PG_COUNTRIES}; ${PG_HE}; ${PG_KA171}`,
  },
  /** A KA131 mobility to a non-associated country: the international strand (≤ 20 % of the grant). */
  'international-strand': {
    severity: 'warning',
    meaning:
      "A KA131 mobility to a third country not associated to the Programme falls under KA131's international strand, which may use at most 20 % of the KA131 grant.",
    section: `${PG_HE}, international mobility; ${NL_KA131}`,
  },
  /** A country combination no source found allows or forbids. */
  'country-rule-unsourced': {
    severity: 'warning',
    meaning:
      'No source was found on whether this country combination is allowed for the activity (KA131 staff invited from an enterprise in a non-associated country; VET and adult-education mobility to a non-associated country); check the Programme Guide of the call year.',
    section: `${PG_COUNTRIES}; docs/eligibility.md`,
  },
  /** Sending and receiving country are the same. */
  'same-country': {
    severity: 'error',
    meaning:
      'The receiving country is the sending country: a learning mobility means moving to a country other than the country of residence (Regulation (EU) 2021/817, Art. 2(2)), so it is not eligible.',
    section: REGULATION_MOBILITY,
  },
  /** A territory and its Member State (or two territories of one Member State). */
  'same-country-territory': {
    severity: 'warning',
    meaning:
      'The sending and receiving countries are an outermost region or overseas territory and its own Member State (or two territories of it). No source was found on whether this counts as going abroad, so it is a warning.',
    section: `${REGULATION_MOBILITY}; docs/eligibility.md`,
  },
  /** The receiving country is the participant's country of residence. */
  'residence-country': {
    severity: 'error',
    meaning:
      "The receiving country is the participant's country of residence: a learning mobility means moving to a country other than the country of residence (Regulation (EU) 2021/817, Art. 2(2)).",
    section: REGULATION_MOBILITY,
  },
  /** KA171 with CH, GB, FO, AD, MC, SM or VA as the partner country. */
  'ka171-partner-ka131-only': {
    severity: 'warning',
    meaning:
      "KA171 with Switzerland, the United Kingdom, the Faroe Islands, Andorra, Monaco, San Marino or the Vatican as the partner country: these countries are funded through KA131's international strand, not through KA171 (which covers regions 1–12).",
    section: KA171_REGIONS,
  },
  /** Short-term student mobility must be blended (or doctoral). */
  'short-term-requires-blended': {
    severity: 'error',
    meaning:
      'Short-term student mobility must be blended (a compulsory virtual component) or a BIP, unless the student is a doctoral candidate.',
    section: `${PG_HE}, eligibility criteria for student mobility (blended mobility)`,
  },
  /** A blended mobility or BIP without its virtual component. */
  'virtual-component-missing': {
    severity: 'error',
    meaning: 'A blended mobility or BIP needs a virtual component; this one has none.',
    section: `${PG_HE}, blended mobility and Blended Intensive Programmes; ${BIP_WIKI}`,
  },
  /** BIPs take student studies and staff teaching/training only. */
  'bip-activity-not-allowed': {
    severity: 'error',
    meaning:
      'A BIP takes student mobility for studies and staff mobility for teaching or training only (KA131 or KA171 participants).',
    section: `${PG_HE}, Blended Intensive Programmes; ${BIP_WIKI}; ${BIP_LINK_WIKI}`,
  },
  /** A BIP student mobility must be short-term. */
  'bip-requires-short-term': {
    severity: 'error',
    meaning: 'Student mobility in a BIP is short-term (5–30 physical days).',
    section: `${PG_HE}, Blended Intensive Programmes`,
  },
  /** A blended short-term study mobility awards fewer ECTS than the minimum. */
  'ects-too-low': {
    severity: 'error',
    meaning:
      'A blended short-term study mobility (BIP included) must award at least the minimum number of ECTS credits.',
    section: `${PG_HE}, eligibility criteria for student mobility (blended mobility)`,
  },
  /** A recent graduate in an activity other than a traineeship (or learner mobility in VET). */
  'recent-graduate-activity': {
    severity: 'error',
    meaning:
      'Recent graduates may take part in traineeships only (in VET: learner mobility), not in this activity.',
    section: `${PG_HE}, eligibility criteria for student mobility (recent graduates); ${PG_VET}`,
  },
  /** A recent-graduate mobility that ends more than 12 months after graduation. */
  'recent-graduate-too-late': {
    severity: 'error',
    meaning:
      'A recent graduate must carry out and complete the mobility within 12 months of graduation.',
    section: `${PG_HE}, eligibility criteria for student mobility (recent graduates); ${PG_VET}`,
  },
  /** The recent-graduate rule is not sourced for this sector. */
  'recent-graduate-unsourced': {
    severity: 'warning',
    meaning:
      'No recent-graduate rule was found for this sector (school or adult education); check the Programme Guide.',
    section: `${PG_SCH}; ${PG_ADU}; docs/eligibility.md`,
  },
  /** Previous participation plus this mobility exceeds the 12-month (24-month) cap of the cycle. */
  'cycle-cap-exceeded': {
    severity: 'error',
    meaning:
      'Months already spent abroad with Erasmus+ in the same study cycle plus this mobility exceed the cap (12 months, 24 in single-cycle programmes); a short-term stay counts as days / 30 months.',
    section: `${PG_HE}, eligibility criteria for student mobility (duration per study cycle); ${EWP_XSD}`,
  },
  /** A zero-grant mobility: eligible, no EU grant. */
  'zero-grant': {
    severity: 'warning',
    meaning:
      'A zero-grant mobility: no individual support and no travel grant, but it is a real Erasmus+ mobility (durations still apply) and counts for organisational support.',
    section: `${PG_HE}, funding rules; ${OS_WIKI}`,
  },
  /** More travel days declared than the call year funds. */
  'travel-days-capped': {
    severity: 'warning',
    meaning:
      'More travel days were declared than the call year funds; only the allowance is funded.',
    section: `${PG_HE}; ${PG_VET}; ${PG_SCH}; ${PG_ADU}: funding rules (individual support, travel days); ${EC_TRAVEL_DAYS}`,
  },
  /** The activity is known not to be available under the action in the call year. */
  'activity-not-available': {
    severity: 'error',
    meaning:
      "The call year's rule pack says this activity is not available under this action (for example group mobility of VET learners up to call 2023).",
    section: `${PG_VET}, eligible activities; docs/rules.md`,
  },
  /** The rule pack has no duration limits for the activity (not available, or not found). */
  'duration-limits-unknown': {
    severity: 'warning',
    meaning:
      "The call year's rule pack has no duration limits for this activity (and format): its limits were not found in the sources (the activity is not known to be unavailable). The duration was not checked.",
    section: `${PG_DURATIONS}; docs/rules.md`,
  },
  /** A long-term period ending on the last day of February, close to a limit or a full month. */
  'february-end-30-360': {
    severity: 'warning',
    meaning:
      'A long-term period (30/360 count) ends on the last day of February and its count is within 2 days of a duration limit or of a full month: the published Beneficiary Module formula (used here) and the reading "every month counts 30 days" give different counts, and no source says which one the Beneficiary Module applies at this edge.',
    section: DURATION_WIKI,
  },
  /** A figure used by the check is not confirmed (single-source, conflicting or carried forward). */
  'provisional-rule': {
    severity: 'warning',
    meaning:
      'A figure this check used is not confirmed by the Programme Guide or two independent sources; the verdict may change when it is.',
    section: 'docs/rules.md (figures and provenance); the figure’s sources in the rule pack',
  },
} as const satisfies Record<string, EligibilityIssueCodeInfo>;

/**
 * Every code an eligibility issue can carry, with its severity (one per code), its meaning and
 * where the rule is written down: a Programme Guide section (the edition of the mobility's call
 * year), Regulation (EU) 2021/817, a public URL (National Agency or Beneficiary Module pages), or
 * docs/eligibility.md and docs/rules.md. Codes are stable: new ones may be added, none is renamed.
 *
 * A rule no source was found for is reported as a `warning`, never an `error`, and its message
 * says so (`country-rule-unsourced`, `same-country-territory`, `recent-graduate-unsourced`,
 * `february-end-30-360`).
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_ISSUE_CODES } from 'erasmus-kit';
 * ELIGIBILITY_ISSUE_CODES['duration-too-short'].severity; // 'error'
 * ```
 */
export const ELIGIBILITY_ISSUE_CODES: {
  readonly [C in keyof typeof CODES]: EligibilityIssueCodeInfo;
} = deepFreeze(CODES);

/**
 * A stable eligibility issue code: a key of {@link ELIGIBILITY_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { EligibilityIssueCode } from 'erasmus-kit';
 * const code: EligibilityIssueCode = 'cycle-cap-exceeded';
 * ```
 */
export type EligibilityIssueCode = keyof typeof CODES;
