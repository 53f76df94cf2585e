/** The seed 001 plan evaluated against its sample actuals: the input of the report tests. */
import { seed001Actuals, seed001AsOf } from '../../examples/data/seed001-actuals.js';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';

export const seedPlan = seed001Plan;
export const seedEvaluation = evaluatePlan(seed001Plan, seed001Actuals, { asOf: seed001AsOf });
