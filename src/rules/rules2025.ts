/**
 * The rule pack of call 2025. No call-2025 amounts were found for HE (rates-2025-2026.md F2):
 * the 2024 figures are carried forward and marked so. KA1 staff ranges, course fees and travel
 * days have 2025 sources. From 2025 each National Agency is fixed-rate or variable-rate in the
 * Beneficiary Module's "Applicable rates" (F1).
 *
 * @module
 */
import { definePack, packData } from './definePack.js';
import { carryForward, fig as f } from './figureHelpers.js';
import { rules2024 } from './rules2024.js';
import * as S from './sources.js';
import type { RulePack } from './types.js';

const prev = rules2024;
const carried = carryForward(packData(prev), 2024);

const APPLICABLE_RATES =
  'From call 2025 each NA is fixed-rate (central values) or variable-rate (the NA publishes a min–max range; the beneficiary enters integer student amounts per group, and the staff percentage and amounts) in the Beneficiary Module "Applicable rates" (https://wikis.ec.europa.eu/pages/viewpage.action?pageId=180000453).';

/**
 * The rule pack of call 2025. Deeply frozen and provisional: most figures are carried forward
 * from 2024.
 *
 * @example
 * ```ts
 * import { rules2025 } from 'erasmus-kit';
 * rules2025.ka131.fewerOpportunitiesTopUpMonthly.status; // 'carried-forward'
 * rules2025.ka131.fewerOpportunitiesTopUpMonthly.carriedFrom; // 2024
 * rules2025.vetSchAdu.staffDaily[1].status; // 'single-source' (a 2025 source)
 * ```
 */
export const rules2025: RulePack = definePack(2025, {
  ...carried,
  ka131: {
    ...carried.ka131,
    studentMonthly: carryForward(prev.ka131.studentMonthly, 2024, APPLICABLE_RATES),
    staffDaily: carryForward(prev.ka131.staffDaily, 2024, APPLICABLE_RATES),
  },
  vetSchAdu: {
    ...carried.vetSchAdu,
    staffDaily: prev.vetSchAdu.staffDaily,
    fullRateDays: prev.vetSchAdu.fullRateDays,
    reductionFromDay15: prev.vetSchAdu.reductionFromDay15,
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
    'KA121-VET': prev.travelDays['KA121-VET'],
    'KA122-VET': prev.travelDays['KA122-VET'],
    'KA121-SCH': prev.travelDays['KA121-SCH'],
    'KA122-SCH': prev.travelDays['KA122-SCH'],
    'KA121-ADU': prev.travelDays['KA121-ADU'],
    'KA122-ADU': prev.travelDays['KA122-ADU'],
  },
});
