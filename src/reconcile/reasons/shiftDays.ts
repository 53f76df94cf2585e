/**
 * Private: a mobility whose period the library counts as a given number of days, made by moving
 * its end date (or, where the 30/360 count skips the number, its start date) a few days.
 *
 * @module
 */
import { addDays } from '../../_lib/calendar.js';
import { countDays, type DayCountMethod } from '../../mobility/countDays.js';
import type { Mobility } from '../../mobility/MobilityInputSchema.js';

/** How far around the exact shift to look (the 30/360 count skips a number at month ends). */
const AROUND = [0, -1, 1, -2, 2, -3, 3];

/**
 * The mobility with its period moved so that `method` counts `target` days from start to end,
 * or `undefined` when no date a few days away gives that count.
 */
export function withCalculatedDays(
  m: Mobility,
  method: DayCountMethod,
  target: number,
): Mobility | undefined {
  if (target < 1) return undefined;
  const delta = target - countDays(method, m.startDate, m.endDate);
  for (const k of AROUND) {
    const endDate = addDays(m.endDate, delta + k);
    if (endDate >= m.startDate && countDays(method, m.startDate, endDate) === target) {
      return { ...m, endDate };
    }
  }
  for (const k of AROUND) {
    const startDate = addDays(m.startDate, -(delta + k));
    if (startDate <= m.endDate && countDays(method, startDate, m.endDate) === target) {
      return { ...m, startDate };
    }
  }
  return undefined;
}
