/**
 * Private: matches the headers of a file to the columns `fromBeneficiaryModuleRows` reads —
 * loosely (see `normalizeHeader`), or as `options.columns` names them — and reports what it
 * could not match.
 *
 * @module
 */
import {
  type BeneficiaryModuleColumn,
  COLUMN_ALIASES,
  COLUMNS,
  normalizeHeader,
} from './columns.js';
import type { ImportProblem } from './types.js';

/** The header each column was found under, the headers not used, and the problems. */
export interface ColumnMatch {
  readonly mapped: Partial<Record<BeneficiaryModuleColumn, string>>;
  readonly unused: string[];
  readonly problems: ImportProblem[];
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** Matches every column; `required` columns that are not found are errors. */
export function matchColumns(
  headers: readonly string[],
  overrides: Partial<Record<BeneficiaryModuleColumn, string>>,
  required: readonly BeneficiaryModuleColumn[],
  headerRow: number,
): ColumnMatch {
  const mapped: Partial<Record<BeneficiaryModuleColumn, string>> = {};
  const problems: ImportProblem[] = [];
  const problem = (column: string, message: string) =>
    problems.push({ severity: 'error', row: headerRow, column, value: '', message });
  const missing: BeneficiaryModuleColumn[] = [];
  const found = `found: ${headers.length === 0 ? 'no headers' : quoted(headers)}`;
  for (const column of COLUMNS) {
    const override = overrides[column];
    const wanted = override === undefined ? COLUMN_ALIASES[column] : [override];
    const keys = new Set(wanted.map(normalizeHeader));
    const matches = headers.filter(
      (header) => header === override || keys.has(normalizeHeader(header)),
    );
    if (matches.length === 1) {
      mapped[column] = matches[0] as string;
    } else if (matches.length > 1) {
      problem(
        matches.join(' / '),
        `Several columns could be ${column}: ${quoted(matches)}. Name the one to use with options.columns.${column}.`,
      );
    } else if (override !== undefined) {
      problem(
        override,
        `options.columns.${column} names "${override}", which is not a header of the file; ${found}.`,
      );
    } else if (required.includes(column)) {
      missing.push(column);
    }
  }
  if (missing.length > 0) {
    problem(
      missing.map((column) => COLUMN_ALIASES[column][0]).join(', '),
      `Required column${missing.length === 1 ? '' : 's'} not found: ${missing.map((column) => `${column} (looked for ${quoted(COLUMN_ALIASES[column])})`).join('; ')}, in any case, spacing and punctuation; ${found}. Name ${missing.length === 1 ? 'it' : 'them'} with options.columns.`,
    );
  }
  const used = new Set(Object.values(mapped));
  return { mapped, unused: headers.filter((header) => !used.has(header)), problems };
}
