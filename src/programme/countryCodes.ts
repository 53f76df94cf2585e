/**
 * The ISO 3166-1 alpha-2 codes Erasmus+ uses, by status and region (Programme Guide, Part A,
 * "Eligible countries"; sources in docs/sources.md). Codes only: names come from
 * `Intl.DisplayNames`.
 *
 * @module
 */

/** The 27 EU Member States. Greece is `GR` (EU systems say `EL`). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** The 6 third countries associated to the Programme. */
export const ASSOCIATED_COUNTRIES = ['IS', 'LI', 'NO', 'MK', 'RS', 'TR'] as const;

/**
 * Third countries not associated to the Programme, by region (the 2021+ numbering; some sources
 * number regions 5–13 differently, see `regions.ts`).
 */
export const REGION_MEMBERS = {
  1: ['AL', 'BA', 'XK', 'ME'],
  2: ['AM', 'AZ', 'BY', 'GE', 'MD', 'UA'],
  3: ['DZ', 'EG', 'IL', 'JO', 'LB', 'LY', 'MA', 'PS', 'SY', 'TN'],
  4: ['RU'],
  5: [
    'AF',
    'BD',
    'BT',
    'KH',
    'CN',
    'KP',
    'IN',
    'ID',
    'LA',
    'MY',
    'MV',
    'MN',
    'MM',
    'NP',
    'PK',
    'PH',
    'LK',
    'TH',
    'VN',
    'BN',
    'HK',
    'JP',
    'KR',
    'MO',
    'SG',
    'TW',
  ],
  6: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  7: ['IR', 'IQ', 'YE', 'BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  8: [
    'CK',
    'FJ',
    'KI',
    'MH',
    'FM',
    'NR',
    'NU',
    'PW',
    'PG',
    'WS',
    'SB',
    'TL',
    'TO',
    'TV',
    'VU',
    'AU',
    'NZ',
  ],
  9: [
    'AO',
    'BJ',
    'BW',
    'BF',
    'BI',
    'CV',
    'CM',
    'CF',
    'TD',
    'KM',
    'CG',
    'CD',
    'CI',
    'DJ',
    'GQ',
    'ER',
    'SZ',
    'ET',
    'GA',
    'GM',
    'GH',
    'GN',
    'GW',
    'KE',
    'LS',
    'LR',
    'MG',
    'MW',
    'ML',
    'MR',
    'MU',
    'MZ',
    'NA',
    'NE',
    'NG',
    'RW',
    'ST',
    'SN',
    'SC',
    'SL',
    'SO',
    'ZA',
    'SS',
    'SD',
    'TZ',
    'TG',
    'UG',
    'ZM',
    'ZW',
  ],
  10: [
    'AR',
    'BO',
    'BR',
    'CO',
    'CR',
    'EC',
    'SV',
    'GT',
    'HN',
    'MX',
    'NI',
    'PA',
    'PY',
    'PE',
    'VE',
    'CL',
    'UY',
  ],
  11: [
    'AG',
    'BS',
    'BB',
    'BZ',
    'CU',
    'DM',
    'DO',
    'GD',
    'GY',
    'HT',
    'JM',
    'KN',
    'LC',
    'VC',
    'SR',
    'TT',
  ],
  12: ['US', 'CA'],
  13: ['AD', 'MC', 'SM', 'VA'],
  14: ['FO', 'CH', 'GB'],
} as const;

/**
 * Outermost regions (part of the EU, TFEU art. 349) and overseas countries and territories
 * (OCTs, TFEU Annex II) that have their own ISO code, with the Member State whose status they
 * take. The Azores, Madeira and the Canary Islands have no ISO
 * alpha-2 code of their own: use `PT` / `ES`.
 */
export const TERRITORIES = {
  GP: { memberState: 'FR', territory: 'outermost-region' },
  GF: { memberState: 'FR', territory: 'outermost-region' },
  MQ: { memberState: 'FR', territory: 'outermost-region' },
  YT: { memberState: 'FR', territory: 'outermost-region' },
  RE: { memberState: 'FR', territory: 'outermost-region' },
  MF: { memberState: 'FR', territory: 'outermost-region' },
  GL: { memberState: 'DK', territory: 'oct' },
  NC: { memberState: 'FR', territory: 'oct' },
  PF: { memberState: 'FR', territory: 'oct' },
  TF: { memberState: 'FR', territory: 'oct' },
  WF: { memberState: 'FR', territory: 'oct' },
  PM: { memberState: 'FR', territory: 'oct' },
  BL: { memberState: 'FR', territory: 'oct' },
  AW: { memberState: 'NL', territory: 'oct' },
  BQ: { memberState: 'NL', territory: 'oct' },
  CW: { memberState: 'NL', territory: 'oct' },
  SX: { memberState: 'NL', territory: 'oct' },
} as const;

/** Codes EU systems use instead of the ISO code: `EL` for Greece, `UK` for the United Kingdom. */
export const COUNTRY_CODE_ALIASES = { EL: 'GR', UK: 'GB' } as const;

/** A non-associated region number (1–14). */
export type RegionNumber = keyof typeof REGION_MEMBERS;

/**
 * A canonical country code erasmus-kit knows: the ISO 3166-1 alpha-2 code of an EU Member
 * State, an associated or non-associated third country, Kosovo (`XK`), or an outermost region or
 * overseas territory with its own code. Greece is `GR` and the United Kingdom `GB`; the aliases
 * `EL` and `UK` are accepted on input and normalised to these.
 *
 * @example
 * ```ts
 * import { type CountryCode, normalizeCountryCode } from 'erasmus-kit';
 * const greece: CountryCode = normalizeCountryCode('EL'); // 'GR'
 * ```
 */
export type CountryCode =
  | (typeof EU_MEMBER_STATES)[number]
  | (typeof ASSOCIATED_COUNTRIES)[number]
  | (typeof REGION_MEMBERS)[RegionNumber][number]
  | keyof typeof TERRITORIES;
