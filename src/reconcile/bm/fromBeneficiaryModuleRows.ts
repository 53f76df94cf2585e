import * as z from 'zod/mini';
import { callYearSchema } from '../../_lib/callYearSchema.js';
import { lazySchema, makeParser, type SafeResult, toSafe, unwrapLazy } from '../../_lib/zod.js';
import { CountryCodeSchema } from '../../programme/CountryCodeSchema.js';
import { MOBILITY_ACTIONS } from '../../rules/vocabulary.js';
import type { ReconcileRecord } from '../types.js';
import { cellText } from './cells.js';
import { type BeneficiaryModuleColumn, COLUMNS } from './columns.js';
import { matchColumns } from './headers.js';
import { type RowSettings, readRow } from './readRow.js';
import type { BeneficiaryModuleImport, BeneficiaryModuleOptions, ImportProblem } from './types.js';

const rowsParser = makeParser(
  lazySchema(() => z.array(z.unknown(), { error: 'Expected an array of rows' })),
  {
    root: 'rows',
  },
);
const optionsParser = makeParser(
  lazySchema(() =>
    z.optional(
      z.strictObject({
        columns: z.optional(
          z.strictObject(
            Object.fromEntries(
              COLUMNS.map((column) => [column, z.optional(z.string().check(z.minLength(1)))]),
            ) as Record<BeneficiaryModuleColumn, z.ZodMiniOptional<z.ZodMiniString>>,
          ),
        ),
        dateFormat: z.optional(
          z.enum(['DD-MM-YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD', 'MM/DD/YYYY', 'serial']),
        ),
        action: z.optional(z.enum(MOBILITY_ACTIONS)),
        callYear: z.optional(callYearSchema()),
        sendingCountry: z.optional(unwrapLazy(CountryCodeSchema)),
        firstRow: z.optional(z.int().check(z.minimum(1))),
      }),
    ),
  ),
  { root: 'options' },
);

const ALWAYS: readonly BeneficiaryModuleColumn[] = [
  'id',
  'activity',
  'startDate',
  'endDate',
  'receivingCountry',
];

/** Cells of a format row under the header (as Mobility Tool+ files had): marks and formats. */
const FORMAT_HINT =
  /^(\*|dict|text|date|number|integer|decimal|boolean|yes\/no|d{1,2}[-/.]m{1,2}[-/.]y{2,4})$/i;

const isRow = (row: unknown): row is Readonly<Record<string, unknown>> =>
  typeof row === 'object' && row !== null && !Array.isArray(row);

/** The headers of the rows, in the order first seen (XLSX readers leave out empty cells). */
function headersOf(rows: readonly unknown[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) if (isRow(row)) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Why a row is left aside on purpose (a format row, a sub-row, an empty row), if it is. */
function asideReason(
  row: Readonly<Record<string, unknown>>,
  first: boolean,
  mapped: Partial<Record<BeneficiaryModuleColumn, string>>,
): { readonly column: string; readonly message: string } | undefined {
  const cells = Object.values(mapped).map((header) => cellText(row[header]));
  if (cells.every((cell) => cell === '')) {
    return { column: '', message: 'An empty row: left aside.' };
  }
  if (first && cells.filter((cell) => FORMAT_HINT.test(cell)).length >= 2) {
    return {
      column: '',
      message:
        'A format row (mandatory marks, dictionary marks or date formats) under the header: left aside.',
    };
  }
  const dataType = mapped.dataType;
  const kind = dataType === undefined ? '' : cellText(row[dataType]).toLowerCase();
  if (dataType !== undefined && /itinerar|certif/.test(kind)) {
    return {
      column: dataType,
      message: `${dataType}: an itinerary or certification sub-row, not a mobility: left aside.`,
    };
  }
  return undefined;
}

/** Rows whose id another row has too: errors, and the rows are left out (as the BM rejects them). */
function duplicates(
  read: readonly { readonly row: number; readonly record: ReconcileRecord }[],
  column: string,
): ImportProblem[] {
  const rowsById = new Map<string, number[]>();
  for (const { row, record } of read)
    rowsById.set(record.id, [...(rowsById.get(record.id) ?? []), row]);
  return read
    .filter(({ record }) => (rowsById.get(record.id) ?? []).length > 1)
    .map(({ row, record }) => ({
      severity: 'error',
      row,
      column,
      value: record.id,
      message: `${column}: "${record.id}" is also the id of row${(rowsById.get(record.id) ?? []).length > 2 ? 's' : ''} ${(rowsById.get(record.id) ?? []).filter((r) => r !== row).join(', ')}; the Beneficiary Module rejects duplicate mobility activity IDs, so none of these rows is read.`,
    }));
}

/**
 * Turns the rows of a Beneficiary Module mobility export — objects keyed by header, as a CSV or
 * XLSX parser yields them — into records for `reconcileGrants`, and lists every problem.
 *
 * The exact headers of a real export are not published (they change with the action, the call
 * year and BM releases), so headers are matched loosely: in any case, with spaces and
 * punctuation ignored, without `*`, `?` or bracketed units, against the BM screen and import-file
 * labels, the data-dictionary labels and the Mobility Tool+ labels (see docs/reconcile.md);
 * `options.columns` names any header the defaults miss. A required column that is not found
 * (mobility activity ID, activity type, start and end date, receiving country; the grant
 * agreement number unless `options.action` and `options.callYear` are given; the sending
 * country unless `options.sendingCountry` is) is one error naming the headers looked for and
 * the headers found, and no row is read.
 *
 * Cells are read without guessing: activity types as codes (`HE-SMS`, `SM-COUR-TRAIN`, …) or
 * labels; country codes in ISO or the EC's `EL`/`UK`; flags as yes/no, y/n, true/false or 1/0
 * (an empty flag is not set); dates day first (`DD-MM-YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`), ISO,
 * or spreadsheet serial numbers (`options.dateFormat` allows one form only, such as
 * `MM/DD/YYYY`); amounts with a decimal point or comma. The action and the call year come from
 * the grant agreement number. The distance comes from the real distance or, without it, from
 * the distance band's lower bound; green travel from its flag or from the means of transport.
 *
 * A cell that cannot be read — a date in no known form or that does not exist, an unknown
 * activity or country, an amount with ambiguous separators — is an error with its row, column
 * and value, and its row is left out; so are rows whose mobility activity ID another row has.
 * A format row under the header, itinerary and certification sub-rows and empty rows are left
 * aside with a warning. Nothing is dropped silently.
 *
 * @param rows - the rows, each an object keyed by header
 * @param options - `columns` (header overrides), `dateFormat`, `action`, `callYear`,
 *   `sendingCountry` and `firstRow` (the row number of `rows[0]`, default 2)
 * @returns the records, the problems and how the columns were matched
 * @throws InputError when `rows` is not an array or the options are invalid
 *
 * @example
 * ```ts
 * import { fromBeneficiaryModuleRows } from 'erasmus-kit';
 * const read = fromBeneficiaryModuleRows([
 *   {
 *     'GRANT AGREEMENT NO.': '2024-1-RS01-KA131-HED-000001234',
 *     'Mobility Activity ID': '001234-MOB-00001',
 *     'Activity Type': 'HE-STT',
 *     'Sending Country': 'RS',
 *     'Receiving Country': 'EL',
 *     'Start Date': '07/10/2024',
 *     'End Date': '11/10/2024',
 *     'Individual support': '1052,00',
 *   },
 *   {
 *     'GRANT AGREEMENT NO.': '2024-1-RS01-KA131-HED-000001234',
 *     'Mobility Activity ID': '001234-MOB-00002',
 *     'Activity Type': 'HE-STT',
 *     'Sending Country': 'RS',
 *     'Receiving Country': 'IT',
 *     'Start Date': '31/02/2024',
 *     'End Date': '04/03/2024',
 *   },
 * ]);
 * read.records[0]?.mobility.receivingCountry; // 'GR'
 * read.records[0]?.mobility.startDate; // '2024-10-07'
 * read.records[0]?.reported.individualSupport; // '1052.00'
 * read.problems.map((p) => [p.row, p.column, p.value]); // [[3, 'Start Date', '31/02/2024']]
 * ```
 */
export function fromBeneficiaryModuleRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  options?: BeneficiaryModuleOptions,
): BeneficiaryModuleImport {
  const opts = optionsParser.parse(options);
  const list: readonly unknown[] = Array.isArray(rows) ? rows : rowsParser.parse(rows);
  const firstRow = opts?.firstRow ?? 2;
  const required: BeneficiaryModuleColumn[] = [
    ...ALWAYS,
    ...(opts?.action !== undefined && opts.callYear !== undefined ? [] : ['project' as const]),
    ...(opts?.sendingCountry === undefined ? ['sendingCountry' as const] : []),
  ];
  const match = matchColumns(
    headersOf(list),
    (opts?.columns ?? {}) as Partial<Record<BeneficiaryModuleColumn, string>>,
    required,
    firstRow - 1,
  );
  const columns = { mapped: match.mapped, unused: match.unused };
  if (match.problems.length > 0) return { records: [], problems: match.problems, columns };

  const settings: RowSettings = {
    mapped: match.mapped,
    dateFormat: opts?.dateFormat,
    action: opts?.action,
    callYear: opts?.callYear,
    sendingCountry: opts?.sendingCountry,
  };
  const problems: ImportProblem[] = [];
  const read: { row: number; record: ReconcileRecord }[] = [];
  for (let i = 0; i < list.length; i++) {
    const row = list[i];
    const rowNumber = firstRow + i;
    if (!isRow(row)) {
      const value = cellText(row);
      problems.push({
        severity: 'error',
        row: rowNumber,
        column: '',
        value,
        message: 'Not a row: expected an object keyed by header.',
      });
      continue;
    }
    const aside = asideReason(row, i === 0, match.mapped);
    if (aside !== undefined) {
      problems.push({ severity: 'warning', row: rowNumber, value: '', ...aside });
      continue;
    }
    const result = readRow(row, rowNumber, settings);
    problems.push(...result.problems);
    if (result.record !== undefined) read.push({ row: rowNumber, record: result.record });
  }
  const repeated = duplicates(read, match.mapped.id as string);
  const left = new Set(repeated.map((p) => p.row));
  return {
    records: read.filter(({ row }) => !left.has(row)).map(({ record }) => record),
    problems: [...problems, ...repeated].sort((a, b) => a.row - b.row),
    columns,
  };
}

const safeRows = toSafe(fromBeneficiaryModuleRows);

/**
 * The non-throwing twin of {@link fromBeneficiaryModuleRows}: what it would throw (`rows` not an
 * array, invalid options) gives `{ success: false, error }`. Problems in the rows are never
 * errors here: they are in the result's `problems`.
 *
 * @param rows - as for {@link fromBeneficiaryModuleRows}
 * @param options - as for {@link fromBeneficiaryModuleRows}
 * @returns `{ success: true, data }` with the records and problems, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeFromBeneficiaryModuleRows } from 'erasmus-kit';
 * safeFromBeneficiaryModuleRows([], { dateFormat: 'YY/MM/DD' } as never).success; // false
 * const read = safeFromBeneficiaryModuleRows([{ 'Mobility ID': 'M1' }]);
 * read.success ? read.data.problems[0]?.message.startsWith('Required column') : undefined; // true
 * ```
 */
export function safeFromBeneficiaryModuleRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  options?: BeneficiaryModuleOptions,
): SafeResult<BeneficiaryModuleImport> {
  return safeRows(rows, options);
}
