/**
 * Private helpers to write rule-pack figures tersely and to carry figures from one call year to
 * the next (marking them `carried-forward`).
 *
 * @module
 */
import type { CallYear } from '../_lib/callYear.js';
import type { Figure, FigureStatus, Provenance } from '../_lib/provenance.js';

/** Optional provenance fields of a figure. */
export interface FigureExtras {
  /** The alternative value(s) other sources give (for `conflicting` figures). */
  readonly alternative?: string;
  /** How the value was computed from published figures (required for `derived` figures). */
  readonly derivation?: string;
  /** What a reader should know. */
  readonly note?: string;
}

/** Makes a figure. */
export function fig<T>(
  value: T,
  sources: readonly [string, ...string[]],
  status: FigureStatus,
  extras: FigureExtras = {},
): Figure<T> {
  return { value, sources, status, ...extras };
}

/** Whether a value is a figure: an object with `value`, `sources` and `status`. */
export function isFigure(value: unknown): value is Figure<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    'status' in value &&
    'sources' in value &&
    Array.isArray((value as Provenance).sources)
  );
}

/**
 * The figure copied into a later call year: status `carried-forward`, `carriedFrom` the year the
 * value was last sourced (kept when the figure was itself carried). A derived figure keeps its
 * `derivation`, an appended `note` follows the figure's own. A figure already carried, with no
 * note to add, is that figure itself: carrying it again would change nothing.
 */
export function carry<T>(figure: Figure<T>, fromYear: CallYear, note?: string): Figure<T> {
  if (note === undefined && figure.status === 'carried-forward' && figure.carriedFrom !== undefined)
    return figure;
  const carried: Figure<T> = {
    ...figure,
    status: 'carried-forward',
    carriedFrom: figure.status === 'carried-forward' ? (figure.carriedFrom ?? fromYear) : fromYear,
  };
  if (note === undefined) return carried;
  return { ...carried, note: figure.note === undefined ? note : `${figure.note} ${note}` };
}

/**
 * A section of a pack in which every figure is carried forward from `fromYear`. Structure
 * (objects, arrays, plain numbers such as band limits) is copied as is; a part in which nothing
 * changes (its figures already carried, no note to add) is kept, not copied, so a pack carried
 * from a carried pack shares what they have in common (both are frozen).
 */
export function carryForward<T>(section: T, fromYear: CallYear, note?: string): T {
  if (isFigure(section)) return carry(section, fromYear, note) as T;
  if (Array.isArray(section)) {
    const items = section.map((item) => carryForward(item, fromYear, note));
    return (items.every((item, i) => item === section[i]) ? section : items) as T;
  }
  if (typeof section === 'object' && section !== null) {
    const out: Record<string, unknown> = {};
    let changed = false;
    for (const [key, value] of Object.entries(section)) {
      out[key] = carryForward(value, fromYear, note);
      changed ||= out[key] !== value;
    }
    return (changed ? out : section) as T;
  }
  return section;
}
