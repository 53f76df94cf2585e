import { type SafeResult, toSafe } from '../_lib/zod.js';
import type { GrantResult } from '../grants/types.js';
import { type Block, toHtml, toMarkdown } from './docModel.js';
import { counted, fill, formatMoney } from './format.js';
import { calculationText } from './grantCalculation.js';
import { reportLabels } from './labels/reportLabels.js';
import type { ReportLocale } from './labels/types.js';
import { grantArgs } from './reportSchemas.js';

/**
 * Options of {@link renderGrantStatement}.
 *
 * @example
 * ```ts
 * import type { GrantStatementOptions } from 'erasmus-kit';
 * const options: GrantStatementOptions = { format: 'markdown', locale: 'hr' };
 * ```
 */
export interface GrantStatementOptions {
  /** `markdown` or `html` (one self-contained page). */
  readonly format: 'markdown' | 'html';
  /** The language of the statement's words and number formats. */
  readonly locale: ReportLocale;
}

function statementBlocks(
  grant: GrantResult,
  locale: ReportLocale,
): { blocks: Block[]; title: string } {
  const labels = reportLabels[locale];
  const t = labels.text;
  const d = grant.duration;
  // An incomplete grant says so before its total, and its total is labelled as incomplete.
  const total = grant.complete ? t.total : t.totalIncomplete;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t.grantTitle }];
  if (!grant.complete) {
    const parts = grant.missing.map(
      (part) => `${labels.grantLineKind[part.kind]} (${labels.missingReason[part.reason]})`,
    );
    blocks.push(
      { kind: 'heading', level: 2, text: t.incomplete },
      { kind: 'paragraph', text: fill(t.incompleteParts, { parts: parts.join('; ') }) },
    );
  }
  blocks.push({
    kind: 'paragraph',
    text: `${fill(t.grantCallYear, { callYear: grant.rules.callYear })} · ${grant.eligibility.eligible ? t.eligible : t.notEligible} · ${total}: ${formatMoney(locale, grant.total)}`,
  });
  if (grant.eligibility.eligible) {
    let duration = fill(t.duration, {
      days: counted(locale, d.fundedDays, labels.units.day),
      months: counted(locale, d.fullMonths, labels.units.month),
      and: t.and,
      extra: counted(locale, d.extraDays, labels.units.day),
    });
    if (d.travelDays > 0) {
      duration = `${duration.slice(0, -1)}; ${fill(t.travelIncluded, { days: counted(locale, d.travelDays, labels.units.day) })}.`;
    }
    blocks.push({ kind: 'paragraph', text: duration });
  }
  blocks.push({
    kind: 'table',
    caption: t.grantTitle,
    head: [t.item, t.calculation, t.amount],
    rowHeaders: true,
    rows: grant.lines.map((line) => [
      { text: labels.grantLineKind[line.kind] },
      { text: calculationText(locale, labels, line, d.travelDays) },
      { text: formatMoney(locale, line.amount), numeric: true },
    ]),
    footer: [
      { text: total },
      { text: '' },
      { text: formatMoney(locale, grant.total), numeric: true },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: [
      grant.rules.rates === 'reference' ? t.referenceRates : t.rateSheetRates,
      ...(grant.rules.provisional ? [t.provisional] : []),
    ].join(' '),
  });
  const issues = grant.eligibility.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message);
  const rules = grant.lines.map((line) => `${labels.grantLineKind[line.kind]}: ${line.rule}`);
  const warnings = [
    ...grant.missing.map((part) => part.message),
    ...grant.eligibility.issues
      .filter((issue) => issue.severity !== 'error')
      .map((issue) => issue.message),
    ...grant.warnings.map((w) => w.message),
  ];
  if (issues.length + rules.length + warnings.length > 0) {
    blocks.push({ kind: 'paragraph', text: t.englishNote, small: true });
  }
  if (issues.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t.notEligible },
      { kind: 'list', items: issues },
    );
  }
  if (rules.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.rules }, { kind: 'list', items: rules });
  }
  if (warnings.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.warnings }, { kind: 'list', items: warnings });
  }
  return { blocks, title: t.grantTitle };
}

/**
 * Renders a grant result as the line-by-line statement a participant can read: the call year,
 * eligibility and total, the funded duration in months and days, a table of the lines (what
 * each is, how it was calculated, its amount) with the total, which rates were used, and the
 * rules and warnings the calculation reported.
 *
 * An incomplete grant (`grant.complete` is `false`) is marked before anything else: a heading
 * ("Incomplete: this is not the whole grant" in English) and the lines the total leaves out, with
 * why; its total is labelled "Total (incomplete)", and the explanation of each missing part
 * heads the warnings.
 *
 * The words, units (months and days with the plural forms of `Intl.PluralRules`, km, per cent)
 * and numbers and amounts (through `Intl.NumberFormat`: `1.925,00 €` in hr) are in `locale` and
 * its script: each calculation is written from the line's `calculation` (its figures as data),
 * never from the English `basis` (`290 км у једном правцу: разред удаљености 100–499 км` in
 * sr-Cyrl). A line without `calculation` (a result stored before the field existed) is written as
 * quantity × unit amount when that is its amount, or else shows the library's English basis.
 * Rule texts and warnings are quoted in English. Pure and deterministic.
 *
 * @param grant - the result of `calculateGrant`
 * @param options - `format` (`markdown` or `html`) and `locale`
 * @returns the statement as a string
 * @throws `InputError` when the grant result or the options are not of the expected shape
 *
 * @example
 * ```ts
 * import { calculateGrant, renderGrantStatement } from 'erasmus-kit';
 * const mobility = {
 *   action: 'KA171-HED',
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   callYear: 2024,
 *   sendingCountry: 'BA',
 *   receivingCountry: 'HR',
 *   startDate: '2025-02-17',
 *   endDate: '2025-06-30',
 * } as const;
 * const grant = calculateGrant({ ...mobility, travel: { distanceKm: 290 } });
 * const text = renderGrantStatement(grant, { format: 'markdown', locale: 'hr' });
 * text.includes('4 mjeseca i 14 dana'); // true
 * text.includes('3.784,33'); // true (Intl puts a no-break space before €)
 * text.includes('290 km u jednom smjeru: razred udaljenosti 100–499 km'); // true
 * const cyrillic = renderGrantStatement(grant, { format: 'markdown', locale: 'sr-Cyrl' });
 * cyrillic.includes('290 км у једном правцу: разред удаљености 100–499 км'); // true
 * // Without the travel distance the grant is incomplete, and the statement says so first:
 * const partial = renderGrantStatement(calculateGrant(mobility), { format: 'markdown', locale: 'en' });
 * partial.includes('## Incomplete: this is not the whole grant'); // true
 * partial.includes('The total leaves out: Travel (no travel distance was given).'); // true
 * ```
 */
export function renderGrantStatement(grant: GrantResult, options: GrantStatementOptions): string {
  grantArgs.parse({ grant, options });
  const { blocks, title } = statementBlocks(grant, options.locale);
  return options.format === 'html' ? toHtml(blocks, title, options.locale) : toMarkdown(blocks);
}

const trySafeRenderGrantStatement = toSafe(renderGrantStatement);

/**
 * The non-throwing twin of {@link renderGrantStatement}: `{ success: false, error }` with the
 * {@link InputError} when the grant result or the options are not of the expected shape.
 *
 * @param grant - the result of `calculateGrant`
 * @param options - as for {@link renderGrantStatement}
 * @returns `{ success: true, data }` with the statement, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { calculateGrant, safeRenderGrantStatement } from 'erasmus-kit';
 * const grant = calculateGrant({
 *   action: 'KA131-HED',
 *   activity: 'staff-training',
 *   callYear: 2024,
 *   sendingCountry: 'RS',
 *   receivingCountry: 'HR',
 *   startDate: '2024-10-07',
 *   endDate: '2024-10-11',
 * });
 * const statement = safeRenderGrantStatement(grant, { format: 'markdown', locale: 'en' });
 * if (statement.success) console.log(statement.data.startsWith('#')); // true
 * // a locale the reports do not have:
 * safeRenderGrantStatement(grant, { format: 'markdown', locale: 'de' as never }).success; // false
 * ```
 */
export function safeRenderGrantStatement(
  grant: GrantResult,
  options: GrantStatementOptions,
): SafeResult<string> {
  return trySafeRenderGrantStatement(grant, options);
}
