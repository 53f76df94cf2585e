import * as z from 'zod/mini';
import { ErasmusKitError } from '../errors.js';
import { CALL_YEAR_RANGE, CALL_YEARS, type CallYear, isCallYear } from './callYear.js';
import { showInput, showReceived } from './showInput.js';
import { lazySchema, makeParser } from './zod.js';

/**
 * The zod schema of a supported call year, shared by every input that names one, so the message
 * for an unsupported year is written once. A function, called by the builders of those inputs'
 * schemas, so that importing builds nothing.
 */
export const callYearSchema = () =>
  z.literal(CALL_YEARS, {
    error: (issue) =>
      typeof issue.input === 'number'
        ? `Call year ${showInput(issue.input)} is not supported: rule packs exist for ${CALL_YEAR_RANGE}`
        : `callYear must be a number; got ${showReceived(issue.input)}`,
  });

const callYearNumber = makeParser(
  lazySchema(() =>
    z.int({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `callYear must be a whole number; got ${showInput(issue.input)}`
          : `callYear must be a number; got ${showReceived(issue.input)}`,
    }),
  ),
  { root: 'callYear' },
);

/**
 * Checks a call year given as an argument (`getRules(callYear)`, `heCountryGroups(callYear)`, …):
 * an {@link InputError} at `callYear` for anything but a whole number, `unsupported-call-year`
 * for a whole number without a rule pack.
 */
export function assertCallYear(callYear: unknown): asserts callYear is CallYear {
  if (isCallYear(callYear)) return;
  throw new ErasmusKitError('unsupported-call-year', {
    callYear: callYearNumber.parse(callYear),
    supported: CALL_YEAR_RANGE,
  });
}
