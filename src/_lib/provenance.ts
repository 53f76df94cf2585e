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

/**
 * One figure of a rule pack with its path (`'ka131.studentMonthly.1'`,
 * `'travelBands.KA131-HED.0.standard'`, `'countryGroups.he.groups.DE'`); `T` is the type of its
 * value, when known.
 *
 * @example
 * ```ts
 * import { type FigureEntry, listFigures, rules2024 } from 'erasmus-kit';
 * const first: FigureEntry | undefined = listFigures(rules2024)[0];
 * const ects: FigureEntry<number> = { path: 'bip.minEcts', figure: rules2024.bip.minEcts };
 * ects.figure.value; // 3
 * ```
 */
export interface FigureEntry<T = unknown> {
  /** Dotted path of the figure inside the pack; array items by index. */
  readonly path: string;
  /** The figure: value, sources, status. */
  readonly figure: Figure<T>;
}

/**
 * A rule-pack figure a result used: where it is in the pack, and how far it can be trusted.
 *
 * @example
 * ```ts
 * import type { FigureUsed } from 'erasmus-kit';
 * const used: FigureUsed = {
 *   path: 'travelDays.KA131-HED.staff-teaching.standard.standard',
 *   value: 2,
 *   status: 'confirmed',
 *   sources: ['https://wikis.ec.europa.eu/x/UINTC'],
 * };
 * ```
 */
export interface FigureUsed {
  /** The figure's path in the call year's rule pack, dotted (`durations.KA131-HED.…`). */
  readonly path: string;
  /** The value that was used. */
  readonly value: unknown;
  /** How far the figure can be trusted; anything but `confirmed` makes a result provisional. */
  readonly status: FigureStatus;
  /** The figure's sources. */
  readonly sources: readonly string[];
}

/**
 * The {@link FigureUsed} record of the figure at `path` of a pack, as results report it: a new
 * small frozen object (the figure's sources are the pack's own frozen list, not a copy). `value`
 * is the value used, when it is not the figure's own (a range figure is used at its reference).
 */
export function usedFigure<T>(
  path: string,
  figure: Figure<T>,
  value: unknown = figure.value,
): FigureUsed {
  return Object.freeze({ path, value, status: figure.status, sources: figure.sources });
}
