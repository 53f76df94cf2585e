import type { MoneyString } from '../_lib/money.js';
import { type SafeResult, toSafe } from '../_lib/zod.js';
import type {
  FieldDifference,
  InvalidRecord,
  ReconciledRecord,
  ReconcileStatus,
  ReconciliationResult,
} from '../reconcile/types.js';
import { type Block, toHtml, toMarkdown } from './docModel.js';
import { counted, fill, formatMoney, formatNumber } from './format.js';
import { reportLabels } from './labels/reportLabels.js';
import type { ReportLabels, ReportLocale } from './labels/types.js';
import { reconciliationArgs } from './reconciliationShape.js';

/**
 * Options of {@link renderReconciliationReport}.
 *
 * @example
 * ```ts
 * import type { ReconciliationReportOptions } from 'erasmus-kit';
 * const options: ReconciliationReportOptions = { format: 'html', locale: 'sr-Cyrl' };
 * ```
 */
export interface ReconciliationReportOptions {
  /** `markdown` or `html` (one self-contained page). */
  readonly format: 'markdown' | 'html';
  /** The language of the report's words and number formats. */
  readonly locale: ReportLocale;
}

const STATUSES: readonly ReconcileStatus[] = [
  'match',
  'differs',
  'ineligible',
  'incomplete',
  'invalid',
];

/** A signed amount or day count in the locale (`+€44.94`, `-2 days`). */
/** An issue's path inside its record (`mobility.endDate`), or whole when it is elsewhere (`options.…`). */
function pathInRecord(path: readonly PropertyKey[]): string {
  return (path[0] === 'records' ? path.slice(2) : path).map(String).join('.');
}

function signed(text: string, positive: boolean): string {
  return positive ? `+${text}` : text;
}

const isPositive = (amount: MoneyString) => !amount.startsWith('-') && amount !== '0.00';

/** The stored, recomputed and difference cells of a difference. */
function values(locale: ReportLocale, labels: ReportLabels, d: FieldDifference): string[] {
  if (d.unit === 'day') {
    const days = (n: number) => counted(locale, n, labels.units.day);
    return [days(d.reported), days(d.recomputed), signed(days(d.difference), d.difference > 0)];
  }
  const euros = (amount: MoneyString) => formatMoney(locale, amount);
  return [
    euros(d.reported),
    euros(d.recomputed),
    signed(euros(d.difference), isPositive(d.difference)),
  ];
}

/** The blocks of one record with differences: its table and every reason. */
function recordBlocks(
  locale: ReportLocale,
  labels: ReportLabels,
  record: ReconciledRecord,
): Block[] {
  const r = labels.reconcile;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${record.id} · ${r.status[record.status]}` },
  ];
  if (record.notCompared.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: fill(r.notCompared, { fields: record.notCompared.map((f) => r.field[f]).join(', ') }),
    });
  }
  blocks.push({
    kind: 'table',
    caption: record.id,
    head: [r.fieldColumn, r.stored, r.recomputed, r.difference],
    rowHeaders: true,
    rows: record.differences.map((d) => [
      { text: r.field[d.field] },
      ...values(locale, labels, d).map((text) => ({ text, numeric: true })),
    ]),
  });
  blocks.push({
    kind: 'list',
    items: record.differences.flatMap((d) =>
      d.reasons.length === 0
        ? [`${r.field[d.field]}: ${r.unexplained}`]
        : d.reasons.map(
            (reason) => `${r.field[d.field]}: ${r.reason[reason.code]}. ${reason.message}`,
          ),
    ),
  });
  return blocks;
}

function reportBlocks(result: ReconciliationResult, locale: ReportLocale): Block[] {
  const labels = reportLabels[locale];
  const r = labels.reconcile;
  const s = result.summary;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: r.title },
    { kind: 'heading', level: 2, text: labels.text.summary },
    {
      kind: 'table',
      caption: labels.text.summary,
      head: [labels.text.status, labels.text.count],
      rowHeaders: true,
      rows: STATUSES.map((status) => [
        { text: r.status[status] },
        { text: formatNumber(locale, s.byStatus[status], 0), numeric: true },
      ]),
    },
    {
      kind: 'paragraph',
      text: fill(r.totals, {
        count: formatNumber(locale, s.totalsCompared, 0),
        stored: formatMoney(locale, s.stored),
        recomputed: formatMoney(locale, s.recomputed),
        net: formatMoney(locale, s.net),
      }),
    },
  ];
  if (s.largest.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: r.largest },
      {
        kind: 'table',
        caption: r.largest,
        head: [r.record, r.fieldColumn, r.difference],
        rowHeaders: true,
        rows: s.largest.map((l) => [
          { text: l.id },
          { text: r.field[l.field] },
          {
            text: signed(formatMoney(locale, l.difference), isPositive(l.difference)),
            numeric: true,
          },
        ]),
      },
    );
  }
  const reconciled = result.records.filter((x): x is ReconciledRecord => x.status !== 'invalid');
  const differing = reconciled.filter((x) => x.differences.length > 0);
  if (differing.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: r.differing },
      ...differing.flatMap((record) => recordBlocks(locale, labels, record)),
    );
  }
  const invalid = result.records.filter((x): x is InvalidRecord => x.status === 'invalid');
  if (invalid.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: r.invalid },
      {
        kind: 'list',
        items: invalid.flatMap((record) =>
          record.error.issues.map(
            (issue) =>
              `${record.id || `#${record.index + 1}`} · ${pathInRecord(issue.path)}: ${issue.message}`,
          ),
        ),
      },
    );
  }
  const others = reconciled.filter((x) => x.differences.length === 0);
  if (others.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: r.others },
      {
        kind: 'table',
        caption: r.others,
        head: [r.record, labels.text.status, r.recomputed],
        rowHeaders: true,
        rows: others.map((record) => [
          { text: record.id },
          { text: r.status[record.status] },
          { text: formatMoney(locale, record.grant.total), numeric: true },
        ]),
      },
    );
  }
  if (differing.length + invalid.length > 0) {
    blocks.push({ kind: 'paragraph', text: r.englishNote, small: true });
  }
  return blocks;
}

/**
 * Renders a reconciliation (the result of `reconcileGrants`) as a report an international office
 * can read and file: the counts by status and the totals, the records that differ most, then
 * every record with differences — a table of each differing field (stored, recomputed,
 * difference) and every reason, or "unexplained" — then the records that could not be read with
 * their errors, and last the other records with their status and recomputed total.
 *
 * The words, the units (with the plural forms of `Intl.PluralRules`; Cyrillic in `sr-Cyrl`) and
 * the amounts (through `Intl.NumberFormat`) are in `locale`; each reason's kind is named in the
 * locale and its explanation quoted in English, as the library states it. Pure and deterministic.
 *
 * @param result - the result of `reconcileGrants`
 * @param options - `format` (`markdown` or `html`) and `locale`
 * @returns the report as a string
 * @throws `InputError` when the result or the options are not of the expected shape
 *
 * @example
 * ```ts
 * import { reconcileGrants, renderReconciliationReport } from 'erasmus-kit';
 * const staff = {
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'staff-training',
 *   sendingCountry: 'RS',
 *   receivingCountry: 'HR',
 *   startDate: '2024-10-07',
 *   endDate: '2024-10-11',
 *   travel: { distanceKm: 370 },
 * } as const;
 * const result = reconcileGrants([
 *   { id: 'MOB-1', mobility: staff, reported: { total: '951.00' } },
 *   { id: 'MOB-2', mobility: { ...staff, zeroGrant: true }, reported: { total: '951.00' } },
 * ]);
 * const text = renderReconciliationReport(result, { format: 'markdown', locale: 'sr-Cyrl' });
 * text.startsWith('# Извештај о усаглашавању'); // true
 * text.includes('Нулти грант.'); // true
 * ```
 */
export function renderReconciliationReport(
  result: ReconciliationResult,
  options: ReconciliationReportOptions,
): string {
  reconciliationArgs.parse({ result, options });
  const blocks = reportBlocks(result, options.locale);
  const title = reportLabels[options.locale].reconcile.title;
  return options.format === 'html' ? toHtml(blocks, title, options.locale) : toMarkdown(blocks);
}

const safeRender = toSafe(renderReconciliationReport);

/**
 * The non-throwing twin of {@link renderReconciliationReport}.
 *
 * @param result - as for {@link renderReconciliationReport}
 * @param options - as for {@link renderReconciliationReport}
 * @returns `{ success: true, data }` with the report, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { reconcileGrants, safeRenderReconciliationReport } from 'erasmus-kit';
 * const result = reconcileGrants([]);
 * safeRenderReconciliationReport(result, { format: 'pdf', locale: 'en' } as never).success; // false
 * safeRenderReconciliationReport(result, { format: 'html', locale: 'lt' }).success; // true
 * ```
 */
export function safeRenderReconciliationReport(
  result: ReconciliationResult,
  options: ReconciliationReportOptions,
): SafeResult<string> {
  return safeRender(result, options);
}
