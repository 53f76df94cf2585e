/**
 * A fast path for validating long lists of actuals (internal). It accepts only the plainest
 * shapes — `value`, survey counts, `perUnit`, `events` — and only when every field is exactly
 * what `ActualSchema` would accept; anything else (dates, occurrences, milestones, Likert counts,
 * a key set to `undefined`, an unusual prototype) goes to the zod schema, which also produces the
 * error messages. A property test checks that whatever the fast path accepts, the schema accepts.
 *
 * @module
 */
import { parseOptions } from '../_lib/zod.js';
import { ActualsSchema } from './actualSchema.js';
import type { Actual } from './actualTypes.js';

const BASE = new Set(['indicatorId', 'year', 'source', 'note']);
const PAYLOADS = new Set(['value', 'survey', 'perUnit', 'events']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Only the given keys, each present with a defined value. */
function keysWithin(object: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key) || object[key] === undefined) return false;
  }
  return true;
}

function fastPayload(key: string, value: unknown): boolean {
  switch (key) {
    case 'value':
      return typeof value === 'number' && Number.isFinite(value);
    case 'survey': {
      if (!isPlainObject(value) || !keysWithin(value, ['satisfied', 'responses', 'invited'])) {
        return false;
      }
      const { satisfied, responses, invited } = value;
      if (!count(satisfied) || !count(responses) || satisfied > responses) return false;
      return invited === undefined || (count(invited) && invited >= 1 && invited >= responses);
    }
    case 'perUnit': {
      if (!isPlainObject(value) || !keysWithin(value, ['amount', 'units', 'unitsShort'])) {
        return false;
      }
      const { amount, units, unitsShort } = value;
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return false;
      if (!count(units)) return false;
      return unitsShort === undefined || (count(unitsShort) && unitsShort <= units);
    }
    default: {
      // 'events'
      if (!isPlainObject(value) || !keysWithin(value, ['events', 'responses'])) return false;
      const { events, responses } = value;
      return count(events) && count(responses);
    }
  }
}

function fastActual(input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  let payloads = 0;
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (BASE.has(key)) {
      if (typeof value !== 'string' && key !== 'year') return false;
      continue;
    }
    if (!PAYLOADS.has(key) || !fastPayload(key, value)) return false;
    payloads += 1;
  }
  const { indicatorId, year } = input;
  return (
    payloads === 1 &&
    typeof indicatorId === 'string' &&
    indicatorId.length > 0 &&
    Number.isSafeInteger(year) &&
    (year as number) >= 1000 &&
    (year as number) <= 9000
  );
}

/** True when every entry is an actual of the plainest shapes, valid as it stands. */
export function isFastActualList(input: unknown): input is Actual[] {
  if (!Array.isArray(input)) return false;
  for (const entry of input) if (!fastActual(entry)) return false;
  return true;
}

/** A validation problem in a list of actuals, with its path inside the list. */
export interface ActualsIssue {
  /** The message. */
  readonly message: string;
  /** The path inside the list. */
  readonly path: PropertyKey[];
}

/**
 * Validates a list of actuals: the fast path when it applies, `ActualsSchema` otherwise.
 * Returns the actuals, or every problem found.
 */
export function validateActuals(
  input: unknown,
): { readonly actuals: Actual[] } | { readonly issues: ActualsIssue[] } {
  if (isFastActualList(input)) return { actuals: input };
  const result = ActualsSchema.safeParse(input, parseOptions());
  if (result.success) return { actuals: result.data as Actual[] };
  return {
    issues: result.error.issues.map((issue) => ({ message: issue.message, path: issue.path })),
  };
}
