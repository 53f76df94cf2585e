/**
 * The range an agency sets for a call year, when its universities choose their own rates
 * (internal).
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import { UNIVERSITY_RANGES } from './data/universityRanges.js';
import type { UniversityRangeData } from './types.js';

/** The ranges of an agency (by its code) for a call year, if it sets ranges. */
export function universityRange(
  agency: string | undefined,
  callYear: CallYear,
): UniversityRangeData | undefined {
  return UNIVERSITY_RANGES.find((r) => r.agency === agency && r.callYear === callYear);
}
