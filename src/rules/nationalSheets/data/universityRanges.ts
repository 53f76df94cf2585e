/**
 * The National Agencies whose universities choose their own rates within the agency's ranges
 * (the Beneficiary Module's variable rates, from call 2025:
 * https://wikis.ec.europa.eu/pages/viewpage.action?pageId=180000453). Kept apart from the fixed
 * sheets, so that `defineRateSheet` can check a university's rates against them without loading
 * the sheets.
 *
 * Empty: no agency's call-2025 or call-2026 ranges were found in a public source.
 *
 * @module
 */
import type { UniversityRangeData } from '../types.js';

/** The agencies' ranges, by agency and call year. */
export const UNIVERSITY_RANGES: readonly UniversityRangeData[] = [];
