/**
 * Private: the list of not-confirmed figures a result used, for its `provisional` flag, its
 * `provisional-rule` issues and its `provisional-figure` warning.
 *
 * @module
 */
import { type FigureUsed, isProvisional } from '../_lib/provenance.js';

/**
 * Adds `figure` to `list` when it is not confirmed and no figure of its path is listed yet (one
 * per path, in order of first use: figures of one path are equal). The list is made on the first
 * such figure, so a result that uses none allocates nothing; returns the list.
 */
export function addIfProvisional(
  list: FigureUsed[] | undefined,
  figure: FigureUsed,
): FigureUsed[] | undefined {
  if (!isProvisional(figure.status)) return list;
  if (list === undefined) return [figure];
  for (let i = 0; i < list.length; i++) {
    if ((list[i] as FigureUsed).path === figure.path) return list;
  }
  list.push(figure);
  return list;
}
