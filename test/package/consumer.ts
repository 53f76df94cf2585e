/**
 * A consumer of the packed package, for the type check of test/package.test.ts (issue 16,
 * "Public types self-contained"): it imports every entry point and names the public types that
 * appear in the signatures of the core functions, in an ES module and in a CommonJS module.
 */

const body = `
const mobility: MobilityInput = {
  action: 'KA131-HED',
  callYear: 2024,
  activity: 'student-studies',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2024-09-01',
  endDate: '2025-01-31',
};
const grant: GrantResult = calculateGrant(mobility);
const check: EligibilityResult = checkEligibility(mobility);
const safe: SafeResult<GrantResult> = safeCalculateGrant(mobility);
const pack: RulePack = getRules(2024);
const frozen: DeepReadonly<{ a: number[] }> = { a: [1] };
const counted: CountedMobility = mobility;
const parsed: ParsedProject = ProjectInputSchema.parse({ action: 'KA131-HED', callYear: 2024 });
const entry: ParsedEntry | undefined = parsed.counts[0];
const template: DistributiveOmit<MobilityInput, 'action' | 'callYear'> = {
  activity: 'staff-teaching',
  sendingCountry: 'PL',
  receivingCountry: 'PT',
  startDate: '2024-05-06',
  endDate: '2024-05-10',
};
const verdict: SatisfactionResult = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%');
const indicator: Indicator = parseIndicator({ id: '1', name: 'x', kind: 'numeric', unit: 'students', targets: { 2024: 1 } });
const statement: string = renderGrantStatement(grant, { format: 'markdown', locale: 'en' });
const schemas: JsonSchemas = jsonSchemas();
const error: boolean = isErasmusKitError(new Error('x')) || (!safe.success && safe.error instanceof InputError);
const reconciled: typeof reconcileGrants = reconcileGrants;
export const used = [grant, check, safe, pack, frozen, counted, entry, template, verdict, indicator, statement, schemas, error, reconciled];
`;

const imports = `
import { InputError, isErasmusKitError, type SafeResult } from 'erasmus-kit/errors';
import { calculateGrant, safeCalculateGrant, ProjectInputSchema, type GrantResult, type ParsedProject, type ParsedEntry, type DistributiveOmit } from 'erasmus-kit/grants';
import { checkEligibility, type EligibilityResult, type MobilityInput, type DeepReadonly } from 'erasmus-kit/mobility';
import { getRules, type RulePack } from 'erasmus-kit/rules';
import { evaluateSatisfaction, type SatisfactionResult } from 'erasmus-kit/satisfaction';
import { parseIndicator, type Indicator, type CountedMobility } from 'erasmus-kit/indicators';
import { renderGrantStatement } from 'erasmus-kit/report';
import { reconcileGrants } from 'erasmus-kit/reconcile';
import { jsonSchemas, type JsonSchemas } from 'erasmus-kit/schemas';
import * as whole from 'erasmus-kit';
export const same: typeof whole.calculateGrant = calculateGrant;
`;

/**
 * The consumer's source, written as an ES module (`.mts`, or `.ts` for bundler resolution) and as
 * a CommonJS module (`.cts`): the same text, which TypeScript resolves through the `import` or the
 * `require` conditions of the exports map.
 */
export const consumerSource = imports + body;
