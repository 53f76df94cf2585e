/**
 * Mobilities and helpers shared by the reconciliation tests: a long-term student, a staff
 * member, and the library's own values of a mobility (what a record that matches stores).
 */
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import type { GrantOptions } from '../../src/grants/GrantOptionsSchema.js';
import type { GrantLineKind } from '../../src/grants/types.js';
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';
import type { ReportedValues } from '../../src/reconcile/types.js';

/** 2024-09-01 → 2025-01-14: 134 days counted 30/360 (4 months 14 days), 136 calendar days. */
export const student: MobilityInput = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'RS',
  receivingCountry: 'ES',
  startDate: '2024-09-01',
  endDate: '2025-01-14',
  travel: { distanceKm: 1800 },
};

/** Five days of training in Croatia, two travel days, 370 km (the 100–499 km band). */
export const staff: MobilityInput = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'staff-training',
  sendingCountry: 'RS',
  receivingCountry: 'HR',
  startDate: '2024-10-07',
  endDate: '2024-10-11',
  travelDays: 2,
  travel: { distanceKm: 370 },
};

const SUPPORT: readonly GrantLineKind[] = [
  'individual-support',
  'fewer-opportunities-top-up',
  'traineeship-top-up',
];
const TRAVEL: readonly GrantLineKind[] = ['travel', 'exceptional-travel', 'green-travel-top-up'];

/** The sum of the grant lines of the given kinds, two places (cents, so exact). */
function sum(mobility: MobilityInput, kinds: readonly GrantLineKind[], options?: GrantOptions) {
  const cents = calculateGrant(mobility, options)
    .lines.filter((line) => kinds.includes(line.kind))
    .reduce((total, line) => total + Math.round(Number(line.amount) * 100), 0);
  return (cents / 100).toFixed(2);
}

/** Individual support as the Beneficiary Module stores it (base + top-ups). */
export const supportOf = (mobility: MobilityInput, options?: GrantOptions) =>
  sum(mobility, SUPPORT, options);

/** Travel support (travel, exceptional travel, green-travel top-up). */
export const travelOf = (mobility: MobilityInput, options?: GrantOptions) =>
  sum(mobility, TRAVEL, options);

/** Every value the library computes for a mobility: what a matching record stores. */
export function ownValues(mobility: MobilityInput, options?: GrantOptions): ReportedValues {
  const grant = calculateGrant(mobility, options);
  return {
    calculatedDays: grant.duration.calculatedDays,
    fundedDays: grant.duration.fundedDays,
    individualSupport: supportOf(mobility, options),
    travel: travelOf(mobility, options),
    total: grant.total,
  };
}
