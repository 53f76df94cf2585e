/**
 * The one table of error codes and their message templates. Every `ErasmusKitError` takes its
 * message from here, so wording lives in one place and codes stay stable.
 *
 * @module
 */
import { CALL_YEAR_RANGE } from './_lib/callYear.js';
import { showInput } from './_lib/showInput.js';

/**
 * Message templates for every {@link ErrorCode}. A template receives the error's `details`.
 *
 * @example
 * ```ts
 * import { errorMessages } from 'erasmus-kit';
 * errorMessages['unsupported-call-year']({ callYear: 2019 });
 * // 'Call year 2019 is not supported: rule packs exist for 2021–2026.'
 * ```
 */
export const errorMessages = {
  /** Input failed validation (an `InputError`). */
  'invalid-input': (details: { summary?: string }) =>
    `Invalid input:\n${details.summary ?? '(no details)'}`,
  /** No rule pack exists for the call year. */
  'unsupported-call-year': (details: { callYear?: unknown; supported?: string }) =>
    `Call year ${showInput(details.callYear)} is not supported: rule packs exist for ${details.supported ?? CALL_YEAR_RANGE}.`,
  /** A country code is not one Erasmus+ uses. */
  'unknown-country': (details: { code?: unknown }) =>
    `Unknown country code ${showInput(details.code)}: expected an ISO 3166-1 alpha-2 code used by Erasmus+.`,
  /** An action code is not in the catalogue. */
  'unknown-action': (details: { code?: unknown }) =>
    `Unknown action code ${showInput(details.code)}.`,
  /** A bug in erasmus-kit. */
  'internal-error': (details: { reason?: string }) =>
    `Internal error in erasmus-kit: ${details.reason ?? 'unexpected state'}. Please report it.`,
} as const satisfies Record<string, (details: never) => string>;

/**
 * A stable, literal error code carried by every {@link ErasmusKitError}.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'erasmus-kit';
 * const code: ErrorCode = 'unsupported-call-year';
 * ```
 */
export type ErrorCode = keyof typeof errorMessages;

/**
 * The details an error of code `C` carries: the values its message template reads.
 *
 * @example
 * ```ts
 * import type { ErrorDetails } from 'erasmus-kit';
 * const details: ErrorDetails<'unsupported-call-year'> = { callYear: 2019 };
 * ```
 */
export type ErrorDetails<C extends ErrorCode> = Parameters<(typeof errorMessages)[C]>[0];
