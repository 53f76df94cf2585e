import type { CallYear } from '../_lib/callYear.js';
import type { MoneyString } from '../_lib/money.js';
import type { Figure, Provenance } from '../_lib/provenance.js';
import type { ActionCode } from './actionCodes.js';

/**
 * The part of the programme an action belongs to: Key Action 1 (learning mobility), 2
 * (cooperation), 3 (policy support), or the Jean Monnet actions.
 *
 * @example
 * ```ts
 * import { getAction, type KeyAction } from 'erasmus-kit';
 * const keyAction: KeyAction = getAction('KA220-SCH').keyAction; // 'KA2'
 * ```
 */
export type KeyAction = 'KA1' | 'KA2' | 'KA3' | 'JM';

/**
 * A field of the programme: school education, VET, adult education, higher education, youth,
 * sport (the suffixes of decentralised action codes).
 *
 * @example
 * ```ts
 * import { type ActionSector, getAction } from 'erasmus-kit';
 * const sectors: readonly ActionSector[] = getAction('ALLIANCES-EDUCATION-ENTERPRISES').sectors; // ['HED', 'VET']
 * ```
 */
export type ActionSector = 'SCH' | 'VET' | 'ADU' | 'HED' | 'YOU' | 'SPO';

/**
 * Who manages an action: the National Agency of the applicant's country (`'NA'`, decentralised
 * actions), the European Education and Culture Executive Agency (`'EACEA'`, centralised actions,
 * via the Funding & Tenders portal), or the European Commission (`'EC'`).
 *
 * @example
 * ```ts
 * import { getAction, type ManagingBody } from 'erasmus-kit';
 * const body: ManagingBody = getAction('KA131-HED').managedBy; // 'NA'
 * ```
 */
export type ManagingBody = 'NA' | 'EACEA' | 'EC';

/**
 * What an action gives: an accreditation or charter (a status, not a project), a project grant,
 * or support to individuals.
 *
 * @example
 * ```ts
 * import { type ActionKind, getAction } from 'erasmus-kit';
 * const kind: ActionKind = getAction('KA120-VET').kind; // 'accreditation'
 * ```
 */
export type ActionKind = 'accreditation' | 'charter' | 'project' | 'individual';

/**
 * A project's duration limits, in months, as the sources state them.
 *
 * @example
 * ```ts
 * import { getAction, type ProjectDuration } from 'erasmus-kit';
 * const duration: ProjectDuration | undefined = getAction('KA122-SCH').duration?.value;
 * // { minMonths: 6, maxMonths: 18, description: '6–18 months' }
 * ```
 */
export interface ProjectDuration {
  /** The shortest duration allowed, in months. */
  readonly minMonths?: number;
  /** The longest duration allowed, in months (after any extension). */
  readonly maxMonths?: number;
  /** When only some durations are allowed (e.g. `[24, 36]` for "24 or 36 months"). */
  readonly allowedMonths?: readonly number[];
  /** The initial duration when a project starts short and can be extended (KA121: 15 → 24). */
  readonly initialMonths?: number;
  /** The limits in words, as in the sources. */
  readonly description: string;
}

/**
 * How an action is funded, where the sources give amounts: a closed set of lump sums, a lump-sum
 * range (or cap), or a maximum grant. Amounts are euro strings with two places.
 *
 * @example
 * ```ts
 * import { type ActionFunding, getAction } from 'erasmus-kit';
 * const funding: ActionFunding | undefined = getAction('KA210-ADU').funding?.value;
 * // { kind: 'lump-sum-options', amounts: ['30000.00', '60000.00'] }
 * ```
 */
export type ActionFunding =
  | {
      /** The applicant chooses one of a closed set of lump sums. */
      readonly kind: 'lump-sum-options';
      /** The lump sums allowed, smallest first. */
      readonly amounts: readonly MoneyString[];
    }
  | {
      /** A lump sum inside a range, or up to a cap. */
      readonly kind: 'lump-sum-range';
      /** The smallest lump sum, when the sources give one. */
      readonly min?: MoneyString;
      /** The largest lump sum. */
      readonly max: MoneyString;
      /** A lower cap by project duration in months (e.g. `{ 24: '1000000.00' }`). */
      readonly maxByDurationMonths?: Readonly<Record<number, MoneyString>>;
      /** The lump sum may cover at most this share of the evaluated budget, in percent. */
      readonly maxSharePercent?: number;
    }
  | {
      /** A grant up to a maximum (the funding model is not stated as a lump sum). */
      readonly kind: 'maximum-grant';
      /** The maximum grant per project. */
      readonly max: MoneyString;
    };

/**
 * One action of the Erasmus+ 2021–2027 catalogue (Programme Guide, Part B), with the sources
 * of what is known about it. Figures that no source gives (such as the KA220 duration)
 * are absent and explained in `note`, never guessed. Frozen.
 *
 * @example
 * ```ts
 * import { type ActionInfo, getAction } from 'erasmus-kit';
 * const ka220: ActionInfo = getAction('KA220-HED');
 * ka220.managedBy; // 'NA'
 * ka220.funding?.value; // { kind: 'lump-sum-options', amounts: ['120000.00', '250000.00', '400000.00'] }
 * ```
 */
export interface ActionInfo {
  /** The action code: `KAxyz-FIELD` for decentralised actions, a stable slug for the others. */
  readonly code: ActionCode;
  /** The action's English name. */
  readonly name: string;
  /** Key Action 1, 2, 3 or Jean Monnet. */
  readonly keyAction: KeyAction;
  /** The fields it serves (empty when the sources do not say). */
  readonly sectors: readonly ActionSector[];
  /** Who manages it: National Agency, EACEA or the Commission. */
  readonly managedBy: ManagingBody;
  /** Accreditation, charter, project or individual support. */
  readonly kind: ActionKind;
  /** Who applies, in words. */
  readonly applicants: string;
  /** Minimum partnership, in words, where the sources give it. */
  readonly partnership?: string;
  /** The first call year the action exists in, where the sources date it. */
  readonly fromCallYear?: CallYear;
  /** The project duration limits, with their sources, where known. */
  readonly duration?: Figure<ProjectDuration>;
  /** Lump sums or maximum grant, with their sources, where known. */
  readonly funding?: Figure<ActionFunding>;
  /** What else a reader should know: missing figures, exclusions, caveats. */
  readonly note?: string;
  /** Sources and status of the entry itself (existence, managing body, applicants). */
  readonly provenance: Provenance;
}
