/**
 * Private: the warnings a grant result adds about its figures — Programme Guide reference values
 * used where a National Agency chooses the rate, figures that are not confirmed — and the final
 * list without repeats.
 *
 * @module
 */
import type { CallYear } from '../../_lib/callYear.js';
import type { FigureUsed } from '../../_lib/provenance.js';
import type { RateSheet } from '../../rules/defineRateSheet.js';
import type { RateSheetPath } from '../../rules/rateSheet/types.js';
import type { GrantWarning } from '../types.js';

const USED =
  'the Programme Guide reference values were used for the rates a National Agency chooses';
const NO_SHEET = `No rate sheet was given: ${USED}. Pass options.rateSheet for your National Agency’s rates.`;
const SHEET_WITHOUT = `The rate sheet gives no value for these rates: ${USED}. Add them to the rate sheet for your National Agency’s rates.`;

/** Why the Programme Guide reference values were used, and for which figures. */
export function referenceWarning(
  paths: readonly string[],
  callYear: CallYear,
  sheetYear: CallYear | undefined,
): GrantWarning {
  const message =
    sheetYear === undefined
      ? NO_SHEET
      : sheetYear === callYear
        ? SHEET_WITHOUT
        : `The rate sheet is for call ${sheetYear} and was not applied to this call-${callYear} mobility: ${USED}. Pass a rate sheet of call ${callYear} for your National Agency’s rates.`;
  return { code: 'reference-values', message, paths: unique(paths) };
}

/** The warning of a result that used figures that are not confirmed (one per path). */
export function provisionalWarning(figures: readonly FigureUsed[]): GrantWarning {
  // `join` writes one flat string: results keep the message.
  const list = figures.map((f) => `${f.path} (${f.status})`).join(', ');
  return {
    code: 'provisional-figure',
    message: `This result used figures that are not confirmed: ${list}. The amount may change when they are.`,
    paths: figures.map((f) => f.path).slice(),
  };
}

const SHEET = 'rateSheet.';

/**
 * What a result that used some of a rate sheet's values must repeat: each warning of the sheet
 * about a value used (minima, national money, a value beyond a bound not confirmed), and which
 * values used are filed under their call year with medium or low confidence.
 */
export function rateSheetWarnings(
  sheet: RateSheet,
  lines: readonly { readonly figures: readonly FigureUsed[] }[],
): GrantWarning[] {
  const out: GrantWarning[] = [];
  // A sheet typed in without provenance has nothing to repeat: no work per result.
  if (sheet.warnings === undefined && sheet.provenance === undefined) return out;
  const used = new Set<string>();
  for (const line of lines)
    for (const f of line.figures)
      if (f.path.startsWith(SHEET)) used.add(f.path.slice(SHEET.length));
  if (used.size === 0) return out;
  for (const w of sheet.warnings ?? []) {
    const paths = w.paths.filter((p) => used.has(p)).map((p) => SHEET + p);
    if (paths.length > 0) out.push({ code: w.code, message: w.message, paths });
  }
  const unsure = [...used].filter((p) => {
    const confidence = sheet.provenance?.[p as RateSheetPath]?.callYearConfidence;
    return confidence === 'medium' || confidence === 'low';
  });
  if (unsure.length > 0) {
    const list = unsure
      .map((p) => `${SHEET}${p} (${sheet.provenance?.[p as RateSheetPath]?.callYearConfidence})`)
      .join(', ');
    out.push({
      code: 'rate-sheet-call-year',
      message: `The call year of these rate-sheet values is not certain: ${list}. Their sources do not name the call: it is inferred (from an academic year, the country groups or the travel bands), or the page is undated (see the sheet's provenance).`,
      paths: unsure.map((p) => SHEET + p),
    });
  }
  return out;
}

/** The strings in order of first appearance, without repeats. */
function unique(list: readonly string[]): string[] {
  return list.filter((item, i) => list.indexOf(item) === i).slice();
}

/**
 * The warnings without repeats (same code and message), in order. Lists that results keep are
 * copied by `slice` to their exact size: a list grown by `push` or `filter` keeps spare room.
 */
export function withoutRepeats(warnings: readonly GrantWarning[]): GrantWarning[] {
  let out: GrantWarning[] | undefined;
  for (let i = 0; i < warnings.length; i++) {
    const w = warnings[i] as GrantWarning;
    let j = 0;
    while (j < i && !sameWarning(warnings[j] as GrantWarning, w)) j++;
    if (j < i) out ??= warnings.slice(0, i);
    else out?.push(w);
  }
  return (out ?? warnings).slice();
}

function sameWarning(a: GrantWarning, b: GrantWarning): boolean {
  return a.code === b.code && a.message === b.message;
}
