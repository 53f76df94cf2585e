/**
 * The rule pack of call 2026. No call-2026 amount was found; the sector summary of the call
 * describes higher education as "continuity": every figure is carried forward from 2025 and
 * marked so.
 *
 * @module
 */
import { definePack, packData } from './definePack.js';
import { carryForward } from './figureHelpers.js';
import { NO_RISE_AFTER_2024, rules2025 } from './rules2025.js';
import * as S from './sources.js';
import type { RulePack } from './types.js';

/**
 * The rule pack of call 2026: the 2025 pack carried forward (every figure `carried-forward`,
 * `carriedFrom` the year it was last sourced). Deeply frozen and provisional.
 *
 * @example
 * ```ts
 * import { rules2026 } from 'erasmus-kit';
 * rules2026.ka131.organisationalSupport.perParticipant.carriedFrom; // 2024
 * rules2026.travelBands['KA131-HED'][0]?.standard.carriedFrom; // 2025
 * rules2026.travelBands['KA131-HED'][0]?.standard.value; // '28.00'
 * ```
 */
export const rules2026: RulePack = definePack(2026, {
  ...carryForward(packData(rules2025), 2025),
  note: `No call-2026 amount was found: every figure is carried forward. ${NO_RISE_AFTER_2024} The announcement of call 2026 names no change of grant levels, and a summary of the 2026 Programme Guide describes higher education mobility as "continuity" (${S.ACA_2026}).`,
});
