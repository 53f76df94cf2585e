/**
 * How far a figure can be trusted:
 * - `confirmed`: two or more independent sources, or the Programme Guide itself;
 * - `single-source`: one source only;
 * - `conflicting`: sources disagree; the value chosen is kept and the alternative named;
 * - `carried-forward`: copied from an earlier call year for lack of a source;
 * - `derived`: computed from published figures, not itself published; the computation is
 *   recorded with the figure (`derivation`).
 *
 * Every status but `confirmed` makes a result that uses the figure provisional.
 *
 * @example
 * ```ts
 * import type { FigureStatus } from 'erasmus-kit';
 * const status: FigureStatus = 'single-source';
 * ```
 */
export type FigureStatus =
  | 'confirmed'
  | 'single-source'
  | 'conflicting'
  | 'carried-forward'
  | 'derived';

/**
 * Where a figure comes from and how far it can be trusted.
 *
 * @example
 * ```ts
 * import type { Provenance } from 'erasmus-kit';
 * const provenance: Provenance = {
 *   sources: ['https://erasmus-plus.ec.europa.eu/programme-guide'],
 *   status: 'confirmed',
 * };
 * ```
 */
export interface Provenance {
  /** The source URLs (at least one): of the value, or of the figures it is derived from. */
  readonly sources: readonly [string, ...string[]];
  /** How far the figure can be trusted. */
  readonly status: FigureStatus;
  /** For `carried-forward` figures: the call year the value was copied from. */
  readonly carriedFrom?: number;
  /** For `conflicting` figures: the value(s) the other sources give, in words. */
  readonly alternative?: string;
  /**
   * For `derived` figures (required): how the value was computed from published figures, in
   * words. Kept when a derived figure is carried forward.
   */
  readonly derivation?: string;
  /** Anything a reader should know: the assumption made, the context. */
  readonly note?: string;
}

/**
 * A figure of a rule pack: a value with its {@link Provenance}.
 *
 * @example
 * ```ts
 * import type { Figure } from 'erasmus-kit';
 * const greenTopUp: Figure<string> = {
 *   value: '50.00',
 *   sources: ['https://erasmus-plus.ec.europa.eu/programme-guide'],
 *   status: 'confirmed',
 * };
 * ```
 */
export type Figure<T> = Provenance & {
  /** The value. Money is a decimal string (`"50.00"`), never a number. */
  readonly value: T;
};

/** True when a status is anything but `confirmed` (a result using it must warn). */
export function isProvisional(status: FigureStatus): boolean {
  return status !== 'confirmed';
}
