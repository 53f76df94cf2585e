/**
 * erasmus-kit: the rules of the Erasmus+ programme 2021–2027 as a typed, pure library.
 *
 * @packageDocumentation
 */

export { type IsoDate, IsoDateSchema, parseIsoDate, safeParseIsoDate } from './_lib/dates.js';
export { DEFAULT_ROUNDING, type MoneyString, type RoundingPolicy } from './_lib/money.js';
export type { SafeResult } from './_lib/zod.js';
export { ErasmusKitError, InputError, type InputIssue, isErasmusKitError } from './errors.js';
export { type ErrorCode, type ErrorDetails, errorMessages } from './messages.js';
