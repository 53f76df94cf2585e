/**
 * The errors every function of erasmus-kit throws, their issue codes and messages, and the result type of the safe twins.
 *
 * @example
 * ```ts
 * import { isErasmusKitError } from 'erasmus-kit/errors';
 *
 * isErasmusKitError(new Error('x')); // false
 * ```
 *
 * @module errors
 */

export type { SafeResult } from '../_lib/zod.js';
export { ErasmusKitError, InputError, type InputIssue, isErasmusKitError } from '../errors.js';
export { INPUT_ISSUE_CODES, type InputIssueCode } from '../inputIssueCodes.js';
export { type ErrorCode, type ErrorDetails, errorMessages } from '../messages.js';
