/**
 * The rule pack of call 2026. Nothing was found for call 2026 beyond "continuity" for higher
 * education (rates-2025-2026.md F5): every figure is carried forward from 2025 and marked so.
 *
 * @module
 */
import { definePack, packData } from './definePack.js';
import { carryForward } from './figureHelpers.js';
import { rules2025 } from './rules2025.js';
import type { RulePack } from './types.js';

/**
 * The rule pack of call 2026: the 2025 pack carried forward (every figure `carried-forward`,
 * `carriedFrom` the year it was last sourced). Deeply frozen and provisional.
 *
 * @example
 * ```ts
 * import { rules2026 } from 'erasmus-kit';
 * rules2026.ka131.organisationalSupport.perParticipant.carriedFrom; // 2024
 * rules2026.travelBands['KA131-HED'][0]?.standard.value; // '28.00'
 * ```
 */
export const rules2026: RulePack = definePack(2026, carryForward(packData(rules2025), 2025));
