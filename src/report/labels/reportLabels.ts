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

/** The frozen table of each locale read so far (five at most), built on its first read. */
const tables = new Map<ReportLocale, ReportLabels>();

/** The table of `locale`: built by `build` and frozen, all the way down, the first time. */
function table(locale: ReportLocale, build: () => ReportLabels): ReportLabels {
  let labels = tables.get(locale);
  if (labels === undefined) {
    labels = deepFreeze(build()) as ReportLabels;
    tables.set(locale, labels);
  }
  return labels;
}

/**
 * The label tables of the reports, one per locale. Each table is built and frozen, all the way
 * down, the first time it is read (importing builds none of them); later reads give the same
 * object.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels['sr-Cyrl'].yearStatus.met; // 'испуњено'
 * reportLabels.lt.units.day.few; // 'dienos'
 * Object.isFrozen(reportLabels.hr.text); // true
 * reportLabels.en === reportLabels.en; // true
 * ```
 */
export const reportLabels: Readonly<Record<ReportLocale, ReportLabels>> = Object.freeze({
  /** English. */
  get en() {
    return table('en', en);
  },
  /** Serbian, Cyrillic script. */
  get 'sr-Cyrl'() {
    return table('sr-Cyrl', srCyrl);
  },
  /** Serbian, Latin script. */
  get 'sr-Latn'() {
    return table('sr-Latn', srLatn);
  },
  /** Croatian. */
  get hr() {
    return table('hr', hr);
  },
  /** Lithuanian. */
  get lt() {
    return table('lt', lt);
  },
});
