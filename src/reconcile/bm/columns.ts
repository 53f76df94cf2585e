/**
 * Private: the columns of a Beneficiary Module mobility export that `fromBeneficiaryModuleRows`
 * reads, each with the header spellings it accepts: the BM screen and import-file labels, the
 * labels of the BM data dictionary (as the Erasmus Without Paper BM reporting schema quotes
 * them, https://github.com/erasmus-without-paper/ewp-specs-api-bm-mobilities/blob/7af912686d0572e5b51097ecd280e9ce30f8bf2d/endpoints/report-request.xsd)
 * and the Mobility Tool+ labels the BM kept. The exact headers of a real export are not
 * published, so these are defaults that `options.columns` overrides.
 *
 * @module
 */

/**
 * A column `fromBeneficiaryModuleRows` reads, by its role: identification (`project`, `id`,
 * `dataType`), the mobility (`activity` … `forceMajeure`) and the stored values compared
 * (`calculatedDays` … `total`).
 *
 * @example
 * ```ts
 * import type { BeneficiaryModuleColumn } from 'erasmus-kit';
 * const column: BeneficiaryModuleColumn = 'individualSupport';
 * ```
 */
export type BeneficiaryModuleColumn =
  | 'project'
  | 'id'
  | 'dataType'
  | 'activity'
  | 'longTerm'
  | 'sendingCountry'
  | 'receivingCountry'
  | 'startDate'
  | 'endDate'
  | 'interruptionDays'
  | 'nonFundedDays'
  | 'travelDays'
  | 'distanceBand'
  | 'distanceKm'
  | 'green'
  | 'meansOfTransport'
  | 'fewerOpportunities'
  | 'fewerOpportunitiesTopUp'
  | 'recentGraduate'
  | 'doctoral'
  | 'blended'
  | 'bip'
  | 'zeroGrant'
  | 'forceMajeure'
  | 'calculatedDays'
  | 'fundedDays'
  | 'individualSupport'
  | 'travel'
  | 'topUps'
  | 'total';

/** The headers each column is known by; the first is the one messages name. */
export const COLUMN_ALIASES: Readonly<Record<BeneficiaryModuleColumn, readonly string[]>> = {
  project: ['Grant Agreement No.', 'Grant agreement number', 'Project number', 'Project code'],
  id: ['Mobility activity ID', 'Mobility ID', 'Mobility activity identifier'],
  dataType: ['Data type'],
  activity: ['Activity Type', 'activity-type'],
  longTerm: ['Long-term activity', 'Long-term mobility activity', 'Long-term'],
  sendingCountry: ['Sending country', 'sending-country', 'Country of the sending organisation'],
  receivingCountry: [
    'Receiving country',
    'receiving-country',
    'Country of the receiving organisation',
  ],
  startDate: ['Start Date', 'start-date', 'Start date of the activity'],
  endDate: ['End Date', 'end-date', 'End date of the activity'],
  interruptionDays: [
    'Interrupted duration',
    'Interruption Duration (days)',
    'interruption-duration',
  ],
  nonFundedDays: ['Non-Funded Duration (days)', 'nonfunded-duration', 'Non funded days'],
  travelDays: ['Funded travel days', 'Travel Days (max. 2)', 'Travel days', 'funded-travel-days'],
  distanceBand: ['Distance Band', 'distance-band'],
  distanceKm: ['Real distance in kilometers', 'Real distance', 'Real distance in kilometres'],
  green: [
    'Sustainable means of transport',
    'Green travel',
    'Sustainable means of transport (green travel)',
  ],
  meansOfTransport: ['Main means of transport', 'Means of transport'],
  fewerOpportunities: [
    'Participant with fewer opportunities',
    'fewer-opportunities',
    'Fewer opportunities',
  ],
  fewerOpportunitiesTopUp: [
    'Participant with a top-up amount for fewer opportunities',
    'Top-up for fewer opportunities',
  ],
  recentGraduate: ['Recent graduate', 'recent-graduate'],
  doctoral: ['Doctoral Mobility activity', 'doctoral', 'Doctoral mobility'],
  blended: ['Blended mobility activity', 'blended', 'Blended mobility'],
  bip: ['Blended intensive programme', 'bip', 'Blended intensive programme mobility'],
  zeroGrant: ['Zero grant', 'zero-grant'],
  forceMajeure: ['Force majeure', 'Force Majeure ?', 'force-majeure'],
  calculatedDays: ['Duration Calculated (days)', 'duration-calculated', 'Calculated duration'],
  fundedDays: ['Funded Duration (days)', 'funded-duration', 'Total funded days'],
  individualSupport: [
    'Individual support',
    'Individual support grant',
    'EU Individual Support',
    'individual-support',
  ],
  travel: ['Travel grant', 'Travel support', 'EU Travel Grant', 'Total EU Travel Grant'],
  topUps: ['Top-ups', 'Top-up amount', 'Total top-ups'],
  total: [
    'Mobility activity Grant (calculated)',
    'EU Mobility Total Grant Calculated',
    'Total grant',
    'Grant total',
  ],
};

/** Every column, in the order above. */
export const COLUMNS = Object.keys(COLUMN_ALIASES) as BeneficiaryModuleColumn[];

/**
 * A header reduced to what matching compares: lower case, without a byte-order mark, without
 * bracketed units (`(days)`), `*` or `?`, and with every run of other punctuation or spaces
 * made one space. `"Force Majeure ?"` → `"force majeure"`, `"Travel Days (max. 2)"` → `"travel days"`.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
