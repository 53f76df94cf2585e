import { deepFreeze } from '../../_lib/freeze.js';
import { en } from './en.js';
import { hr } from './hr.js';
import { lt } from './lt.js';
import { srCyrl } from './srCyrl.js';
import { srLatn } from './srLatn.js';
import type { ReportLabels, ReportLocale } from './types.js';

/**
 * The report locales, in a fixed order.
 *
 * @example
 * ```ts
 * import { REPORT_LOCALES } from 'erasmus-kit';
 * REPORT_LOCALES; // ['en', 'sr-Cyrl', 'sr-Latn', 'hr', 'lt']
 * ```
 */
export const REPORT_LOCALES: readonly ReportLocale[] = deepFreeze([
  'en',
  'sr-Cyrl',
  'sr-Latn',
  'hr',
  'lt',
] as const satisfies readonly ReportLocale[]);

/**
 * The label tables of the reports, one per locale.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels['sr-Cyrl'].yearStatus.met; // 'испуњено'
 * reportLabels.lt.units.day.few; // 'dienos'
 * ```
 */
export const reportLabels: Readonly<Record<ReportLocale, ReportLabels>> = deepFreeze({
  /** English. */
  en,
  /** Serbian, Cyrillic script. */
  'sr-Cyrl': srCyrl,
  /** Serbian, Latin script. */
  'sr-Latn': srLatn,
  /** Croatian. */
  hr,
  /** Lithuanian. */
  lt,
} satisfies Record<ReportLocale, ReportLabels>);
