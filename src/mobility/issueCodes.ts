import { deepFreeze } from '../_lib/freeze.js';

/**
 * What an eligibility issue code means: its severity, its meaning in words and where the rule is
 * written down.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_ISSUE_CODES, type EligibilityIssueCodeInfo } from 'erasmus-kit';
 * const info: EligibilityIssueCodeInfo = ELIGIBILITY_ISSUE_CODES['same-country'];
 * info.severity; // 'warning'
 * ```
 */
export interface EligibilityIssueCodeInfo {
  /** `error` (the mobility is not eligible) or `warning` (it is, but read this). */
  readonly severity: 'error' | 'warning';
  /** What the code means, in English. */
  readonly meaning: string;
  /** The section(s) of the domain notes the rule comes from. */
  readonly section: string;
}

/** The codes, one documented entry each (see ELIGIBILITY_ISSUE_CODES). */
const CODES = {
  /** The mobility duration (dates minus interruptions) is below the activity's minimum. */
  'duration-too-short': {
    severity: 'error',
    meaning:
      "The mobility duration (days from the dates minus interruptions, travel excluded) is below the activity's minimum for the call year.",
    section:
      'he-mobility-rules.md §2.1, §3, §4.1; programme-catalogue.md §2.2; vet-sch-adu-rates.md §5',
  },
  /** The mobility duration is above the activity's maximum. */
  'duration-too-long': {
    severity: 'error',
    meaning: "The mobility duration is above the activity's maximum for the call year.",
    section:
      'he-mobility-rules.md §2.1, §3, §4.1; programme-catalogue.md §2.2; vet-sch-adu-rates.md §5',
  },
  /** Below the minimum, but force majeure is declared, which lifts the minimum. */
  'force-majeure-minimum-lifted': {
    severity: 'warning',
    meaning:
      'The duration is below the minimum, but force majeure is declared: the minimum does not apply. Keep the evidence; the National Agency decides.',
    section: 'he-mobility-rules.md §8 (force majeure); practice-notes.md §2.2',
  },
  /** With non-funded (zero-grant) days, the funded part is shorter than the minimum. */
  'funded-period-too-short': {
    severity: 'error',
    meaning:
      'Part of the stay is not funded (non-funded days) and the funded part is shorter than the minimum duration.',
    section: 'he-mobility-rules.md §2.1 (partial funding), §4.1',
  },
  /** The sending country's status is not allowed for the action. */
  'sending-country-not-eligible': {
    severity: 'error',
    meaning:
      "The sending country's status (EU Member State, associated, non-associated) is not allowed for the action.",
    section: 'he-mobility-rules.md §0, §1.1, §7; programme-catalogue.md §1.1, §2.1',
  },
  /** The receiving country's status is not allowed for the action. */
  'receiving-country-not-eligible': {
    severity: 'error',
    meaning: "The receiving country's status is not allowed for the action.",
    section: 'he-mobility-rules.md §0, §1.1, §7; programme-catalogue.md §2.1',
  },
  /** KA171 needs one end in an EU/associated country and the other in a non-associated one. */
  'country-pair-not-eligible': {
    severity: 'error',
    meaning:
      'KA171 mobility runs between an EU Member State or associated country and a third country not associated to the Programme; this pair is not such a pair.',
    section: 'he-mobility-rules.md §0, §7',
  },
  /** A KA131 mobility to a non-associated country: the international strand (≤ 20 % of the grant). */
  'international-strand': {
    severity: 'warning',
    meaning:
      "A KA131 mobility to a third country not associated to the Programme falls under KA131's international strand, which may use at most 20 % of the KA131 grant.",
    section: 'he-mobility-rules.md §0, §2.3',
  },
  /** A country combination the domain notes neither allow nor forbid. */
  'country-rule-unsourced': {
    severity: 'warning',
    meaning:
      'The domain notes do not say whether this country combination is allowed for the action; check the Programme Guide of the call year.',
    section: 'he-mobility-rules.md §2.3; programme-catalogue.md §2.1',
  },
  /** Sending and receiving country are the same. */
  'same-country': {
    severity: 'warning',
    meaning:
      'The receiving country is the sending country. The Programme Guide rule (mobility abroad) is not sourced in the domain notes, so this is a warning, not an error.',
    section: 'he-mobility-rules.md §8 (last row), §11 item 7',
  },
  /** The receiving country is the participant's country of residence. */
  'residence-country': {
    severity: 'warning',
    meaning:
      "The receiving country is the participant's country of residence. The rule is not sourced in the domain notes, so this is a warning.",
    section: 'he-mobility-rules.md §8 (last row), §11 item 7',
  },
  /** Short-term student mobility must be blended (or doctoral). */
  'short-term-requires-blended': {
    severity: 'error',
    meaning:
      'Short-term student mobility must be blended (a compulsory virtual component) or a BIP, unless the student is a doctoral candidate.',
    section: 'he-mobility-rules.md §3',
  },
  /** A blended mobility or BIP without its virtual component. */
  'virtual-component-missing': {
    severity: 'error',
    meaning: 'A blended mobility or BIP needs a virtual component; this one has none.',
    section: 'he-mobility-rules.md §3, §4.1',
  },
  /** BIPs take student studies and staff teaching/training only. */
  'bip-activity-not-allowed': {
    severity: 'error',
    meaning:
      'A BIP takes student mobility for studies and staff mobility for teaching or training only.',
    section: 'he-mobility-rules.md §3.1',
  },
  /** A BIP student mobility must be short-term. */
  'bip-requires-short-term': {
    severity: 'error',
    meaning: 'Student mobility in a BIP is short-term (5–30 physical days).',
    section: 'he-mobility-rules.md §3',
  },
  /** A blended short-term study mobility awards fewer ECTS than the minimum. */
  'ects-too-low': {
    severity: 'error',
    meaning:
      'A blended short-term study mobility (BIP included) must award at least the minimum number of ECTS credits.',
    section: 'he-mobility-rules.md §3',
  },
  /** A recent graduate in an activity other than a traineeship (or learner mobility in VET). */
  'recent-graduate-activity': {
    severity: 'error',
    meaning:
      'Recent graduates may take part in traineeships only (in VET: learner mobility), not in this activity.',
    section: 'he-mobility-rules.md §2.1, §8; programme-catalogue.md §2.1',
  },
  /** A recent-graduate mobility that ends more than 12 months after graduation. */
  'recent-graduate-too-late': {
    severity: 'error',
    meaning:
      'A recent graduate must carry out and complete the mobility within 12 months of graduation.',
    section: 'he-mobility-rules.md §2.1; programme-catalogue.md §2.1',
  },
  /** The recent-graduate rule is not sourced for this sector. */
  'recent-graduate-unsourced': {
    severity: 'warning',
    meaning:
      'The domain notes give no recent-graduate rule for this sector (school or adult education); check the Programme Guide.',
    section: 'programme-catalogue.md §2.1',
  },
  /** Previous participation plus this mobility exceeds the 12-month (24-month) cap of the cycle. */
  'cycle-cap-exceeded': {
    severity: 'error',
    meaning:
      'Months already spent abroad with Erasmus+ in the same study cycle plus this mobility exceed the cap (12 months, 24 in single-cycle programmes); a short-term stay counts as days / 30 months.',
    section: 'he-mobility-rules.md §2.1',
  },
  /** A zero-grant mobility: eligible, no EU grant. */
  'zero-grant': {
    severity: 'warning',
    meaning:
      'A zero-grant mobility: no individual support and no travel grant, but it is a real Erasmus+ mobility (durations still apply) and counts for organisational support.',
    section: 'he-mobility-rules.md §8 (zero-grant)',
  },
  /** More travel days declared than the call year funds. */
  'travel-days-capped': {
    severity: 'warning',
    meaning:
      'More travel days were declared than the call year funds; only the allowance is funded.',
    section: 'he-mobility-rules.md §2.4, §4.1; programme-catalogue.md §2.3; practice-notes.md §2.2',
  },
  /** The activity is known not to be available under the action in the call year. */
  'activity-not-available': {
    severity: 'error',
    meaning:
      "The call year's rule pack says this activity is not available under this action (for example group mobility of VET learners up to call 2023).",
    section: 'vet-sch-adu-rates.md §5',
  },
  /** The rule pack has no duration limits for the activity (not available, or not found). */
  'duration-limits-unknown': {
    severity: 'warning',
    meaning:
      "The call year's rule pack has no duration limits for this activity (and format): its limits were not found in the sources (the activity is not known to be unavailable). The duration was not checked.",
    section: 'vet-sch-adu-rates.md §5; programme-catalogue.md §10 item 5',
  },
  /** A figure used by the check is not confirmed (single-source, conflicting or carried forward). */
  'provisional-rule': {
    severity: 'warning',
    meaning:
      'A figure this check used is not confirmed by the Programme Guide or two independent sources; the verdict may change when it is.',
    section: 'DESIGN.md principle 3; the figure’s provenance in the rule pack',
  },
} as const satisfies Record<string, EligibilityIssueCodeInfo>;

/**
 * Every code an eligibility issue can carry, with its default severity, its meaning and the
 * section of the domain notes (`/work/shared/domain/*.md`, summarising the Programme Guide and the
 * Beneficiary Module) it comes from. Codes are stable: new ones may be added, none is renamed.
 *
 * A rule the domain notes do not source is reported as a `warning`, never an `error`, and its
 * message says so (`same-country`, `residence-country`, `country-rule-unsourced`).
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
