/**
 * The call years for which erasmus-kit has rule packs, oldest first.
 *
 * @example
 * ```ts
 * import { CALL_YEARS } from 'erasmus-kit';
 * CALL_YEARS; // [2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 */
export const CALL_YEARS = [2021, 2022, 2023, 2024, 2025, 2026] as const;

/**
 * A supported call year: the year of the call under which a project was awarded
 * (a `2024-1-RS01-KA131-HED-…` project uses call 2024 rules for all its mobilities).
 *
 * @example
 * ```ts
 * import type { CallYear } from 'erasmus-kit';
 * const callYear: CallYear = 2024;
 * ```
 */
export type CallYear = (typeof CALL_YEARS)[number];

/** The supported call years in words, `"2021–2026"`, for messages. */
export const CALL_YEAR_RANGE = `${CALL_YEARS[0]}–${CALL_YEARS[CALL_YEARS.length - 1]}`;

/** Whether a value is a supported call year. */
export function isCallYear(value: unknown): value is CallYear {
  return (CALL_YEARS as readonly unknown[]).includes(value);
}
