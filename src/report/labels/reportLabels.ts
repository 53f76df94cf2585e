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
export const REPORT_LOCALES: readonly ReportLocale[] = Object.freeze([
  'en',
  'sr-Cyrl',
  'sr-Latn',
  'hr',
  'lt',
] as const satisfies readonly ReportLocale[]);

/**
 * The label tables of the reports, one per locale. Each table is frozen, all the way down, the
 * first time it is read (nothing is frozen at import; a frozen table is not visited again).
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels['sr-Cyrl'].yearStatus.met; // 'испуњено'
 * reportLabels.lt.units.day.few; // 'dienos'
 * Object.isFrozen(reportLabels.hr.text); // true
 * ```
 */
export const reportLabels: Readonly<Record<ReportLocale, ReportLabels>> = Object.freeze({
  /** English. */
  get en() {
    return deepFreeze(en);
  },
  /** Serbian, Cyrillic script. */
  get 'sr-Cyrl'() {
    return deepFreeze(srCyrl);
  },
  /** Serbian, Latin script. */
  get 'sr-Latn'() {
    return deepFreeze(srLatn);
  },
  /** Croatian. */
  get hr() {
    return deepFreeze(hr);
  },
  /** Lithuanian. */
  get lt() {
    return deepFreeze(lt);
  },
});
