/**
 * Private: the `actuals` argument of `evaluateIndicator` and `evaluatePlan`, read inside their
 * argument schemas' transforms — validated by `parseActuals` (its paths start at `actuals`, zod's
 * codes kept), and the issues of matching actuals to indicators written under `actuals`.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { safeParseActuals } from './actualSchema.js';
import type { Actual } from './actualTypes.js';
import type { MatchIssue } from './gatherActuals.js';

/** The validated actuals, or `undefined` after adding their issues to `issues`. */
export function readActuals(
  actuals: unknown,
  issues: z.core.$ZodRawIssue[],
): readonly Actual[] | undefined {
  const validated = safeParseActuals(actuals);
  if (validated.success) return validated.data;
  for (const issue of validated.error.issues) issues.push({ ...issue, input: undefined });
  return undefined;
}

/** A matching issue as a zod issue: `custom`, under `actuals`, with its `params.code`. */
export function matchIssue(issue: MatchIssue, input: unknown): z.core.$ZodRawIssue {
  return {
    code: 'custom',
    input,
    message: issue.message,
    path: ['actuals', ...issue.path],
    params: { code: issue.code },
  };
}
