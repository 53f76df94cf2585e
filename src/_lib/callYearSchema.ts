import * as z from 'zod/mini';
import { CALL_YEAR_RANGE, CALL_YEARS } from './callYear.js';
import { showInput } from './showInput.js';

/**
 * The zod schema of a supported call year, shared by every input that names one, so the message
 * for an unsupported year is written once.
 */
export const CallYearSchema = z.literal(CALL_YEARS, {
  error: (issue) =>
    `Call year ${showInput(issue.input)} is not supported: rule packs exist for ${CALL_YEAR_RANGE}`,
});
