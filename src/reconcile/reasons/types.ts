/**
 * Private: what a candidate reason is. Each family of reasons (one file each) looks at a record
 * and proposes variants of its mobility — the mobility with one factor changed — which the
 * runner recomputes; a variant that gives the stored value becomes a reason.
 *
 * @module
 */
import type { Decimal } from '../../_lib/decimal.js';
import type { MoneyString, RoundingPolicy } from '../../_lib/money.js';
import type { GrantResult } from '../../grants/types.js';
import type { Mobility, MobilityInput } from '../../mobility/MobilityInputSchema.js';
import type { RateSheet } from '../../rules/defineRateSheet.js';
import type { ParsedReported } from '../schemas.js';
import type { ReasonCode, ReconcileField } from '../types.js';

/** What the candidates know of a record. */
export interface ExplainContext {
  /** The validated mobility. */
  readonly mobility: Mobility;
  /** The library's result for it. */
  readonly grant: GrantResult;
  /** The stored values. */
  readonly reported: ParsedReported;
  /** The rate sheet applied, if any. */
  readonly rateSheet: RateSheet | undefined;
  /** The rounding policy asked for, if any. */
  readonly rounding: RoundingPolicy | undefined;
  /** Whether the top-ups are stored apart from individual support. */
  readonly separateTopUps: boolean;
  /** The tolerance in euros. */
  readonly tolerance: Decimal;
}

/** A difference found, before its reasons. */
export type PendingDifference =
  | {
      readonly field: 'calculatedDays' | 'fundedDays';
      readonly unit: 'day';
      readonly reported: number;
      readonly recomputed: number;
    }
  | {
      readonly field: 'individualSupport' | 'travel' | 'topUps' | 'total';
      readonly unit: 'EUR';
      readonly reported: MoneyString;
      readonly recomputed: MoneyString;
    };

/** The mobility with one factor changed: a reason when its grant gives the stored value. */
export interface Variant {
  readonly kind: 'variant';
  /** The reason it stands for. */
  readonly code: ReasonCode;
  /** The fields it may explain. */
  readonly fields: readonly ReconcileField[];
  /** The changed mobility. */
  readonly mobility: MobilityInput | Mobility;
  /** Other grant options, when the variant changes them (the record's own otherwise). */
  readonly options?: {
    readonly rateSheet?: RateSheet | undefined;
    readonly rounding?: RoundingPolicy | undefined;
  };
  /** What gives the stored value: "with a 136-day count of these dates (calendar days)". */
  readonly what: string;
  /** What the library did instead: "long-term student mobility counts them 30/360: 135 days". */
  readonly instead: string;
  /** Counts only when this day field differs without a reason of its own. */
  readonly onlyIfUnexplained?: 'calculatedDays' | 'fundedDays';
}

/** A reason that needs no recomputation (hand-typed amounts, a cent of rounding per line). */
export interface Note {
  readonly kind: 'note';
  /** The reason it stands for. */
  readonly code: ReasonCode;
  /** The fields it may explain. */
  readonly fields: readonly ReconcileField[];
  /** The explanation of a difference, or `undefined` when it does not apply to it. */
  readonly message: (difference: PendingDifference) => string | undefined;
}

/** A family of reasons: its variants and notes for a record. */
export type Candidate = (ctx: ExplainContext) => readonly (Variant | Note)[];
