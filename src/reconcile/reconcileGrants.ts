import * as z from 'zod/mini';
import type { RoundingPolicy } from '../_lib/money.js';
import {
  issuesToInputError,
  lazySchema,
  makeParser,
  parseOptions,
  type SafeResult,
  toSafe,
} from '../_lib/zod.js';
import type { InputIssue } from '../errors.js';
import { safeCalculateGrants } from '../grants/calculateGrants.js';
import type { GrantOptions } from '../grants/GrantOptionsSchema.js';
import type { GrantResult } from '../grants/types.js';
import { type Mobility, readMobility } from '../mobility/MobilityInputSchema.js';
import type { RateSheet } from '../rules/defineRateSheet.js';
import { compareFields } from './compare.js';
import { explainDifferences } from './explain.js';
import { FIELDS } from './fields.js';
import {
  type ParsedReported,
  RecordSchema,
  type ResolvedOptions,
  resolveOptions,
} from './schemas.js';
import { summarize } from './summary.js';
import type {
  InvalidRecord,
  ReconciledRecord,
  ReconcileOptions,
  ReconcileRecord,
  ReconciliationResult,
  RecordReconciliation,
  StoredValues,
} from './types.js';

const listParser = makeParser(
  lazySchema(() => z.array(z.unknown(), { error: 'Expected an array of records' })),
  {
    root: 'records',
  },
);

/** A record that passed validation, with its rate sheet. */
interface Prepared {
  readonly index: number;
  readonly id: string;
  readonly mobility: Mobility;
  readonly reported: ParsedReported;
  readonly rateSheet: RateSheet | undefined;
}

/** The issues with `prefix` put before each path. */
function under(prefix: readonly PropertyKey[], issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }) as InputIssue);
}

/** An issue of `calculateGrants` (`mobilities.k.…`) put under the record's mobility. */
function ofRecord(index: number, issue: InputIssue): InputIssue {
  return { ...issue, path: ['records', index, 'mobility', ...issue.path.slice(2)] } as InputIssue;
}

function invalid(index: number, id: string, issues: readonly InputIssue[]): InvalidRecord {
  return { index, id, status: 'invalid', error: issuesToInputError(issues) };
}

/** Validates one record (shape, stored values, mobility, unique id) and picks its rate sheet. */
function prepare(
  item: unknown,
  index: number,
  options: ResolvedOptions,
  seen: Map<string, number>,
): Prepared | InvalidRecord {
  const shape = RecordSchema.safeParse(item, parseOptions());
  const given = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const id = shape.success ? shape.data.id : typeof given['id'] === 'string' ? given['id'] : '';
  const issues = shape.success ? [] : under(['records', index], shape.error.issues);
  const mobility = readMobility(given['mobility'], ['records', index, 'mobility']);
  if (!mobility.success) issues.push(...mobility.error.issues);
  const first = seen.get(id);
  if (shape.success && first !== undefined) {
    issues.push({
      code: 'custom',
      path: ['records', index, 'id'],
      params: { code: 'duplicate-id' },
      message: `Duplicate id "${id}": record ${first} has it too (ids must be unique in a list, as the Beneficiary Module requires of mobility activity IDs)`,
      input: id,
    } as InputIssue);
  } else if (shape.success) {
    seen.set(id, index);
  }
  if (!shape.success || !mobility.success || issues.length > 0) return invalid(index, id, issues);
  const sheet = options.rateSheet;
  return {
    index,
    id,
    mobility: mobility.data,
    reported: shape.data.reported,
    rateSheet: typeof sheet === 'function' ? sheet(item as ReconcileRecord, index) : sheet,
  };
}

function grantOptions(
  sheet: RateSheet | undefined,
  rounding: RoundingPolicy | undefined,
): GrantOptions {
  return {
    ...(sheet === undefined ? {} : { rateSheet: sheet }),
    ...(rounding === undefined ? {} : { rounding }),
  };
}

/** Compares a record with its grant and explains each difference. */
function reconcileOne(p: Prepared, grant: GrantResult, options: ResolvedOptions): ReconciledRecord {
  const { compared, notCompared, pending } = compareFields(grant, p.reported, options.tolerance);
  const differences =
    pending.length === 0
      ? []
      : explainDifferences(
          {
            mobility: p.mobility,
            grant,
            reported: p.reported,
            rateSheet: p.rateSheet,
            rounding: options.rounding,
            separateTopUps: p.reported.topUps !== undefined,
            tolerance: options.tolerance,
          },
          pending,
        );
  const status = !grant.eligibility.eligible
    ? 'ineligible'
    : !grant.complete
      ? 'incomplete'
      : differences.length > 0
        ? 'differs'
        : 'match';
  return {
    index: p.index,
    id: p.id,
    status,
    reported: storedValues(p.reported),
    grant,
    compared,
    notCompared,
    differences,
  };
}

/**
 * Recomputes a whole list of mobilities stored by another system — typically the Beneficiary
 * Module (see `fromBeneficiaryModuleRows`) — and explains every difference from the stored
 * values, line by line and in words.
 *
 * Each record is `{ id, mobility, reported }`. Only the stored fields given are compared: the
 * calculated and funded days exactly, the amounts within `options.tolerance` (default `"0.00"`).
 * Individual support is compared as the Beneficiary Module stores it — the base amount plus the
 * fewer-opportunities and traineeship top-ups — unless `reported.topUps` is given, in which case
 * each is compared with its own part; travel support includes exceptional travel costs and the
 * green-travel top-up of calls 2021–2023.
 *
 * For each difference the mobility is recomputed with one factor changed at a time, in this
 * order: another count of the dates (calendar days or 30/360); no interruptions, no non-funded
 * days, no or otherwise capped travel days; the reference rates instead of the rate sheet, or
 * the neighbouring call year's rates; a top-up paid or not; the neighbouring distance band, or
 * green travel turned over; the zero-grant flag turned over; the stored day count (a stale
 * value); the other rounding. Each change that gives the stored value is a reason, reported in
 * that order (most likely first). Force majeure (amounts typed by hand) and a difference of at
 * most a cent per line (rounding) are noted without recomputing. A difference no change explains
 * has no reasons: it is unexplained.
 *
 * A record that cannot be read (a bad id, stored value, mobility or rate sheet, a duplicate id)
 * is `invalid` with its `InputError`; the others are reconciled all the same. A mobility the
 * library finds ineligible is `ineligible`; a grant that lacks a part (a missing figure or
 * distance) is `incomplete`, and the fields that depend on that part are not compared.
 *
 * @param records - the records, e.g. from `fromBeneficiaryModuleRows`
 * @param options - `rateSheet` (one sheet, or a function choosing each record's), `rounding`,
 *   `tolerance` (euros) and `largest` (how many records the summary lists, default 10)
 * @returns one reconciliation per record, in input order, and a summary
 * @throws InputError when `records` is not an array or the options are invalid; a rate-sheet
 *   function's own errors are not caught
 *
 * @example
 * ```ts
 * import { reconcileGrants } from 'erasmus-kit';
 * const student = {
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   activity: 'student-studies',
 *   format: 'long-term',
 *   sendingCountry: 'RS',
 *   receivingCountry: 'ES',
 *   startDate: '2024-09-01',
 *   endDate: '2025-01-14',
 *   travel: { distanceKm: 1800 },
 * } as const;
 * const result = reconcileGrants([
 *   // 4 months and 14 days (30/360): 4 × €674.00 + 14 × €674.00/30
 *   { id: 'MOB-1', mobility: student, reported: { calculatedDays: 134, individualSupport: '3010.53' } },
 *   // stored with calendar days: 136 days
 *   { id: 'MOB-2', mobility: student, reported: { calculatedDays: 136, individualSupport: '3055.47' } },
 * ]);
 * result.records.map((r) => r.status); // ['match', 'differs']
 * const second = result.records[1];
 * const reasons = second?.status === 'differs' ? second.differences.map((d) => d.reasons[0]?.code) : [];
 * reasons; // ['day-count', 'day-count']
 * result.summary.byStatus.differs; // 1
 * ```
 */
export function reconcileGrants(
  records: readonly ReconcileRecord[],
  options?: ReconcileOptions,
): ReconciliationResult {
  const resolved = resolveOptions(options);
  const list: readonly unknown[] = Array.isArray(records) ? records : listParser.parse(records);
  const out: RecordReconciliation[] = new Array(list.length);
  // Records grouped by their rate sheet, so that each sheet is validated once.
  const groups = new Map<RateSheet | undefined, Prepared[]>();
  const seen = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const p = prepare(list[index], index, resolved, seen);
    if ('status' in p) {
      out[index] = p;
      continue;
    }
    const group = groups.get(p.rateSheet);
    if (group === undefined) groups.set(p.rateSheet, [p]);
    else group.push(p);
  }
  for (const [sheet, group] of groups) {
    const grants = safeCalculateGrants(
      group.map((p) => p.mobility),
      grantOptions(sheet, resolved.rounding),
    );
    for (let k = 0; k < group.length; k++) {
      const p = group[k] as Prepared;
      if (!grants.success) {
        // The sheet the function chose for this record: its issues are under `options.rateSheet`.
        out[p.index] = invalid(p.index, p.id, grants.error.issues);
        continue;
      }
      // Every mobility was parsed above, so each grant is a success; the error path is kept total.
      const grant = grants.data[k] as SafeResult<GrantResult>;
      out[p.index] = grant.success
        ? reconcileOne(p, grant.data, resolved)
        : invalid(
            p.index,
            p.id,
            grant.error.issues.map((issue) => ofRecord(p.index, issue)),
          );
    }
  }
  return { records: out, summary: summarize(out, resolved.largest) };
}

const safeReconcile = toSafe(reconcileGrants);

/**
 * The non-throwing twin of {@link reconcileGrants}: what it would throw (`records` not an array,
 * invalid options) gives `{ success: false, error }`; otherwise `{ success: true, data }`, with
 * invalid records inside the result as `invalid`.
 *
 * @param records - as for {@link reconcileGrants}
 * @param options - as for {@link reconcileGrants}
 * @returns `{ success: true, data }` with the {@link ReconciliationResult}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeReconcileGrants } from 'erasmus-kit';
 * safeReconcileGrants([], { tolerance: -1 } as never).success; // false
 * const result = safeReconcileGrants([{ id: 'X', mobility: {}, reported: {} }] as never);
 * result.success ? result.data.summary.byStatus.invalid : undefined; // 1
 * ```
 */
export function safeReconcileGrants(
  records: readonly ReconcileRecord[],
  options?: ReconcileOptions,
): SafeResult<ReconciliationResult> {
  return safeReconcile(records, options);
}

/** The stored values given, without keys present as `undefined`: a result holds no `undefined`. */
function storedValues(reported: ParsedReported): StoredValues {
  const out: { -readonly [K in keyof StoredValues]: StoredValues[K] } = {};
  for (const key of FIELDS) {
    const value = reported[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
