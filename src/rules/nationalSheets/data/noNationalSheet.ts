/**
 * The National Agencies without a national sheet: each university sets its rates (FR, BE, LV,
 * BG, IE), or the rate depends on the distance to the host city (NL).
 *
 * @module
 */
import * as N from '../sources.js';
import type { NoSheetData } from '../types.js';

/** The agencies for which no sheet is shipped, with why. */
export const NO_NATIONAL_SHEET: readonly NoSheetData[] = [
  {
    agency: 'FR01',
    name: 'Agence Erasmus+ France / Education Formation',
    country: 'FR',
    reason:
      'French rates are set per university: each sending institution decides its grant amounts within the Programme Guide ranges.',
    sources: [N.AGENCE_FR],
  },
  {
    name: 'AEF-Europe (French Community of Belgium)',
    country: 'BE',
    reason:
      'Belgian rates vary by institution in the French Community; nothing was found for the Flemish Community.',
    sources: [N.RTBF],
  },
  {
    agency: 'LV01',
    name: 'Valsts izglītības attīstības aģentūra (VIAA)',
    country: 'LV',
    reason:
      'Latvian rates are set per university and project, mixing EU and national money (one university pays 700 EUR from the EU plus 200 EUR from the government).',
    sources: [N.LU_LV, N.RTU],
  },
  {
    agency: 'BG01',
    name: 'Human Resource Development Centre (HRDC)',
    country: 'BG',
    reason: 'Bulgarian rates differ by university: each adapts the agency’s model table.',
    sources: [N.VFU],
  },
  {
    agency: 'IE02',
    name: 'Higher Education Authority (HEA)',
    country: 'IE',
    reason: 'Irish rates are set at university level (one university pays 230 or 280 EUR a month).',
    sources: [N.UL_IE, N.EURIRELAND_FAQ],
  },
  {
    agency: 'NL01',
    name: 'Nuffic',
    country: 'NL',
    reason:
      'Dutch monthly rates depend on the distance to the host city as well as on the country group (one table covers host cities 0–750 km away), which a sheet of one rate per group cannot express.',
    sources: [N.MAASTRICHT],
  },
];
