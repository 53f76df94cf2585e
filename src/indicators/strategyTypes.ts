import type { Indicator } from './indicatorTypes.js';

/**
 * An action of an action plan: what is done, with which funds, by whom, and how it is measured.
 *
 * @example
 * ```ts
 * import type { PlanAction } from 'erasmus-kit';
 * const action: PlanAction = {
 *   id: '2.3.1',
 *   title: 'Apply Quality Management System',
 *   funding: ['Human resources'],
 *   implementers: ['Project manager', 'Project work group'],
 *   indicators: [
 *     { id: '2.3.1', label: 'Annual analysis of QMS', kind: 'frequency', targets: { 2016: 1 } },
 *   ],
 * };
 * ```
 */
export interface PlanAction {
  /** A stable id, unique among the plan's actions (`"1.2.1"`). */
  readonly id: string;
  /** The number printed in the source document, when it differs from `id` (a typo kept). */
  readonly printedNumber?: string | undefined;
  /** What is done, as written. */
  readonly title: string;
  /** Funding sources ("Erasmus+ funds", "Human resources"). */
  readonly funding?: readonly string[] | undefined;
  /** Who carries it out. */
  readonly implementers?: readonly string[] | undefined;
  /** How it is measured (may be empty for a qualitative plan). */
  readonly indicators?: readonly Indicator[] | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}

/**
 * An objective of a goal, with its actions.
 *
 * @example
 * ```ts
 * import type { PlanObjective } from 'erasmus-kit';
 * const objective: PlanObjective = {
 *   id: '2.1',
 *   title: 'Ensure validation and recognition of learning outcomes achieved abroad',
 *   actions: [],
 * };
 * ```
 */
export interface PlanObjective {
  /** A stable id, unique among the plan's objectives (`"1.2"`). */
  readonly id: string;
  /** The objective as written; absent when the source gives none. */
  readonly title?: string | undefined;
  /** Its actions. */
  readonly actions?: readonly PlanAction[] | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}

/**
 * A strategic goal, with its objectives (a qualitative plan may have none).
 *
 * @example
 * ```ts
 * import type { PlanGoal } from 'erasmus-kit';
 * const goal: PlanGoal = { id: '3', title: 'The school is known at international level' };
 * ```
 */
export interface PlanGoal {
  /** A stable id, unique among the plan's goals (`"1"`). */
  readonly id: string;
  /** The goal as written. */
  readonly title: string;
  /** An English rendering, when the source is in another language. */
  readonly titleEn?: string | undefined;
  /** Its objectives. */
  readonly objectives?: readonly PlanObjective[] | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}

/**
 * A phase of a strategy ("in the first two years, staff mobility; then students").
 *
 * @example
 * ```ts
 * import type { StrategyPhase } from 'erasmus-kit';
 * const phase: StrategyPhase = {
 *   id: 'initial',
 *   title: 'Initial period',
 *   durationYears: 2,
 *   focus: ['staff mobility'],
 * };
 * ```
 */
export interface StrategyPhase {
  /** A stable id, unique among the phases. */
  readonly id: string;
  /** The phase's name. */
  readonly title: string;
  /** The first year, when the source dates it. */
  readonly from?: number | undefined;
  /** The last year, when the source dates it. */
  readonly to?: number | undefined;
  /** Its length in years, when the source gives a length rather than dates. */
  readonly durationYears?: number | undefined;
  /** What the phase concentrates on. */
  readonly focus?: readonly string[] | undefined;
  /** The phase as described in the source. */
  readonly description?: string | undefined;
}

/**
 * A SWOT analysis.
 *
 * @example
 * ```ts
 * import type { Swot } from 'erasmus-kit';
 * const swot: Swot = {
 *   strengths: ['Project manager and work groups in place'],
 *   weaknesses: [],
 *   opportunities: [],
 *   threats: [],
 * };
 * ```
 */
export interface Swot {
  /** Strengths. */
  readonly strengths: readonly string[];
  /** Weaknesses. */
  readonly weaknesses: readonly string[];
  /** Opportunities. */
  readonly opportunities: readonly string[];
  /** Threats. */
  readonly threats: readonly string[];
}

/**
 * The institution a strategy belongs to.
 *
 * @example
 * ```ts
 * import type { StrategyInstitution } from 'erasmus-kit';
 * const institution: StrategyInstitution = { name: 'Sveučilište u Mostaru', country: 'BA' };
 * ```
 */
export interface StrategyInstitution {
  /** Its name, as written. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country?: string | undefined;
  /** The city. */
  readonly city?: string | undefined;
}

/**
 * An internationalisation strategy: institution, period, vision, mission, values, optional SWOT
 * and phases, and goals → objectives → actions → indicators.
 *
 * @example
 * ```ts
 * import type { Strategy } from 'erasmus-kit';
 * const strategy: Strategy = {
 *   institution: { name: 'A school', country: 'LT' },
 *   period: { from: 2016, to: 2020 },
 *   goals: [{ id: '1', title: 'Develop international cooperation' }],
 * };
 * ```
 */
export interface Strategy {
  /** The document's title. */
  readonly title?: string | undefined;
  /** Who the strategy belongs to. */
  readonly institution: StrategyInstitution;
  /** The language of the texts (BCP 47, such as `"lt"`, `"sr-Cyrl"`). */
  readonly language?: string | undefined;
  /** The years the plan covers, both included; every target year must lie inside. */
  readonly period?:
    | {
        /** The first year. */
        readonly from: number;
        /** The last year. */
        readonly to: number;
      }
    | undefined;
  /** The vision statement. */
  readonly vision?: string | undefined;
  /** The mission statement. */
  readonly mission?: string | undefined;
  /** The values. */
  readonly values?: readonly string[] | undefined;
  /** A SWOT analysis. */
  readonly swot?: Swot | undefined;
  /** Phases, in order. */
  readonly phases?: readonly StrategyPhase[] | undefined;
  /** The goals. */
  readonly goals: readonly PlanGoal[];
  /** Where the strategy comes from (a URL or a document name). */
  readonly source?: string | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}
