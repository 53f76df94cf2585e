import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { ErasmusKitError, InputError } from '../../src/errors.js';
import { countryInfo, getCountry, listCountries } from '../../src/programme/countries.js';

// Independent lists from programme-catalogue.md §6.1–6.4 (not read from the implementation).
const EU27 =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const ASSOCIATED = 'IS LI NO MK RS TR'.split(' ');
const OUTERMOST = { GP: 'FR', GF: 'FR', MQ: 'FR', YT: 'FR', RE: 'FR', MF: 'FR' };
const OCTS = {
  GL: 'DK',
  NC: 'FR',
  PF: 'FR',
  TF: 'FR',
  WF: 'FR',
  PM: 'FR',
  BL: 'FR',
  AW: 'NL',
  BQ: 'NL',
  CW: 'NL',
  SX: 'NL',
};

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('getCountry', () => {
  it('gives Germany group 2 in call 2023 and group 1 from call 2024', () => {
    expect(getCountry('DE', 2023).livingCostGroup).toBe(2);
    expect(getCountry('DE', 2024).livingCostGroup).toBe(1);
    expect(getCountry('DE', 2026).livingCostGroup).toBe(1);
    expect(getCountry('CZ', 2023).livingCostGroup).toBe(3);
    expect(getCountry('CZ', 2024).livingCostGroup).toBe(2);
  });

  it('knows Bosnia and Herzegovina as non-associated, region 1', () => {
    const ba = getCountry('BA', 2024);
    expect(ba).toMatchObject({ code: 'BA', status: 'non-associated', region: 1 });
    expect(ba.livingCostGroup).toBeUndefined();
    expect('livingCostGroup' in ba).toBe(false);
    expect('vetSchAduGroup' in ba).toBe(false);
  });

  it('knows Serbia as associated in 2021, with group 3', () => {
    expect(getCountry('RS', 2021)).toMatchObject({
      code: 'RS',
      status: 'associated',
      livingCostGroup: 3,
      vetSchAduGroup: 3,
    });
    expect('region' in getCountry('RS', 2021)).toBe(false);
    expect(getCountry('RS', 2021).provenance.status).toBe('confirmed');
    expect(getCountry('RS', 2026).provenance).toMatchObject({
      status: 'carried-forward',
      carriedFrom: 2025,
    });
  });

  it('accepts EL and UK as aliases and returns the ISO code', () => {
    expect(getCountry('EL', 2024)).toEqual(getCountry('GR', 2024));
    expect(getCountry('EL', 2024).code).toBe('GR');
    expect(getCountry('EL', 2024).name).toBe('Greece');
    expect(getCountry('UK', 2024)).toEqual(getCountry('GB', 2024));
    expect(getCountry('uk', 2021)).toMatchObject({
      code: 'GB',
      name: 'United Kingdom',
      status: 'non-associated',
      region: 14,
      livingCostGroup: 1,
    });
  });

  it('pays region 14 like group 1 and the micro-states like group 2, HE only', () => {
    for (const code of ['CH', 'GB', 'FO']) {
      expect(getCountry(code, 2022)).toMatchObject({ region: 14, livingCostGroup: 1 });
      expect(getCountry(code, 2022).vetSchAduGroup).toBeUndefined();
    }
    for (const code of ['AD', 'MC', 'SM', 'VA']) {
      expect(getCountry(code, 2024)).toMatchObject({ region: 13, livingCostGroup: 2 });
      expect(getCountry(code, 2024).provenance.status).toBe('conflicting');
    }
  });

  it('knows Kosovo as XK, non-associated, region 1', () => {
    expect(getCountry('XK', 2022)).toMatchObject({
      code: 'XK',
      name: 'Kosovo',
      status: 'non-associated',
      region: 1,
    });
  });

  it('gives outermost regions and OCTs the status of their Member State', () => {
    expect(getCountry('RE', 2024)).toMatchObject({
      code: 'RE',
      name: 'Réunion',
      status: 'eu-member',
      memberState: 'FR',
      territory: 'outermost-region',
    });
    expect(getCountry('CW', 2021)).toMatchObject({
      code: 'CW',
      status: 'eu-member',
      memberState: 'NL',
      territory: 'oct',
    });
    for (const [code, state] of Object.entries(OUTERMOST)) {
      expect(getCountry(code, 2023)).toMatchObject({
        memberState: state,
        territory: 'outermost-region',
      });
    }
    for (const [code, state] of Object.entries(OCTS)) {
      const info = getCountry(code, 2023);
      expect(info).toMatchObject({ status: 'eu-member', memberState: state, territory: 'oct' });
      expect(info.status).not.toBe('non-associated');
      expect(info.livingCostGroup).toBeUndefined();
      expect(info.provenance.status).toBe('single-source');
    }
  });

  it('accepts lower and mixed case and returns upper case', () => {
    expect(getCountry('de', 2024).code).toBe('DE');
    expect(getCountry('eL', 2024).code).toBe('GR');
    expect(getCountry('re', 2024).territory).toBe('outermost-region');
  });

  it.each([
    ['', '""'],
    ['DEU', '"DEU"'],
    [' DE', '" DE"'],
    ['D1', '"D1"'],
    [123, '123'],
    [null, 'null'],
    [{}, '{}'],
  ])('rejects malformed %j with an InputError naming the code', (bad, shown) => {
    const error = errorOf(() => getCountry(bad as never, 2024));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('invalid-input');
    expect((error as InputError).message).toContain(`Unknown country code ${shown}`);
    expect((error as InputError).issues[0].message).toContain(shown);
  });

  it.each([
    ['XX', '"XX"'],
    ['AQ', '"AQ"'],
    ['zz', '"zz"'],
  ])(
    'rejects the well-formed but unknown %j with unknown-country (issue 15 item 7)',
    (bad, shown) => {
      const error = errorOf(() => getCountry(bad, 2024));
      expect(error).toBeInstanceOf(ErasmusKitError);
      expect(error).not.toBeInstanceOf(InputError);
      expect((error as ErasmusKitError).code).toBe('unknown-country');
      expect((error as ErasmusKitError).message).toContain(`Unknown country code ${shown}`);
    },
  );

  it.each([2020, 2027])('rejects call year %j with unsupported-call-year', (year) => {
    const error = errorOf(() => getCountry('DE', year as never));
    expect(error).toBeInstanceOf(ErasmusKitError);
    expect(error).not.toBeInstanceOf(InputError);
    expect((error as ErasmusKitError).code).toBe('unsupported-call-year');
  });

  // issue 15, item 7: a call year that is not a whole number is bad input, at `callYear`
  it.each([
    ['2024', 'callYear must be a number; got the string "2024"'],
    [null, 'callYear must be a number; got null'],
    [2024.5, 'callYear must be a whole number; got 2024.5'],
  ])('rejects call year %j with an InputError saying what was received', (year, message) => {
    const error = errorOf(() => getCountry('DE', year as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.path).toEqual(['callYear']);
    expect((error as InputError).issues[0]?.message).toBe(message);
  });

  it('checks the code before the call year', () => {
    expect(errorOf(() => getCountry('D1', 2019 as never))).toBeInstanceOf(InputError);
    expect((errorOf(() => getCountry('XX', 2019 as never)) as ErasmusKitError).code).toBe(
      'unknown-country',
    );
  });

  it('names countries with Intl.DisplayNames, in English by default', () => {
    expect(getCountry('DE', 2024).name).toBe('Germany');
    expect(getCountry('DE', 2024, {}).name).toBe('Germany');
    expect(getCountry('DE', 2024, { locale: 'en' }).name).toBe('Germany');
    expect(getCountry('DE', 2024, { locale: 'lt' }).name).toBe('Vokietija');
    expect(getCountry('LT', 2024, { locale: 'lt' }).name).toBe('Lietuva');
    expect(getCountry('RS', 2024, { locale: 'sr-Cyrl' }).name).toBe('Србија');
    expect(getCountry('HR', 2024, { locale: 'hr' }).name).toBe('Hrvatska');
    expect(getCountry('DE', 2024, { locale: 'de' }).name).toBe('Deutschland');
  });

  it('rejects bad options with an InputError', () => {
    for (const options of [{ locale: 'not a locale!' }, { locale: 42 }, { lang: 'en' }, 'en']) {
      expect(errorOf(() => getCountry('DE', 2024, options as never))).toBeInstanceOf(InputError);
    }
  });

  it('returns frozen results', () => {
    const info = getCountry('DE', 2024);
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info.provenance)).toBe(true);
    expect(Object.isFrozen(info.provenance.sources)).toBe(true);
    expect(() => {
      (info as { status: string }).status = 'associated';
    }).toThrow(TypeError);
  });
});

describe('listCountries', () => {
  it('counts 27 Member States and 6 associated countries in every call year', () => {
    for (const year of CALL_YEARS) {
      const countries = listCountries(year);
      const members = countries.filter(
        (c) => c.status === 'eu-member' && c.territory === undefined,
      );
      expect(members.map((c) => c.code).sort()).toEqual([...EU27].sort());
      const associated = countries.filter((c) => c.status === 'associated');
      expect(associated.map((c) => c.code).sort()).toEqual([...ASSOCIATED].sort());
    }
  });

  it('lists the territories with their Member States', () => {
    const territories = listCountries(2024).filter((c) => c.territory !== undefined);
    expect(Object.fromEntries(territories.map((c) => [c.code, c.memberState]))).toEqual({
      ...OUTERMOST,
      ...OCTS,
    });
  });

  it('puts every non-associated country in a region 1–14 and nothing else in one', () => {
    for (const country of listCountries(2022)) {
      if (country.status === 'non-associated') {
        expect(country.region).toBeGreaterThanOrEqual(1);
        expect(country.region).toBeLessThanOrEqual(14);
      } else {
        expect(country.region).toBeUndefined();
      }
    }
    const regionOf = (code: string) => listCountries(2022).find((c) => c.code === code)?.region;
    expect(regionOf('AL')).toBe(1);
    expect(regionOf('UA')).toBe(2);
    expect(regionOf('MA')).toBe(3);
    expect(regionOf('RU')).toBe(4);
    expect(regionOf('US')).toBe(12);
  });

  it('is sorted by code, without duplicates, and agrees with getCountry', () => {
    const countries = listCountries(2024, { locale: 'lt' });
    const codes = countries.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    for (const country of countries) {
      expect(getCountry(country.code, 2024, { locale: 'lt' })).toEqual(country);
      expect(country.name).not.toBe('');
    }
  });

  it('gives every country a provenance with a source', () => {
    for (const country of listCountries(2026)) {
      expect(country.provenance.sources[0]).toMatch(/^https?:\/\//);
      if (country.provenance.status === 'conflicting') {
        expect(country.provenance.alternative).toBeTruthy();
      }
    }
  });

  it('rejects unsupported call years and bad options', () => {
    expect((errorOf(() => listCountries(2030 as never)) as ErasmusKitError).code).toBe(
      'unsupported-call-year',
    );
    expect(errorOf(() => listCountries(2024, { locale: '' }))).toBeInstanceOf(InputError);
    expect(Object.isFrozen(listCountries(2024))).toBe(true);
  });
});

// Issue 15 §2 (no result caches): English infos come from a table per call year built on first
// use; other locales are built on each call. Either way the same info as getCountry.
describe('countryInfo (internal)', () => {
  it('gives what getCountry gives for the same code, year and locale, frozen', () => {
    expect(countryInfo('DE', 2024)).toEqual(getCountry('de', 2024));
    expect(countryInfo('DE', 2024, 'lt')).toEqual(getCountry('DE', 2024, { locale: 'lt' }));
    expect(countryInfo('DE', 2024, 'lt').name).toBe('Vokietija');
    expect(countryInfo('DE', 2023).livingCostGroup).toBe(2);
    expect(countryInfo('DE', 2024).livingCostGroup).toBe(1);
    expect(Object.isFrozen(countryInfo('DE', 2024))).toBe(true);
    expect(Object.isFrozen(countryInfo('DE', 2024, 'lt'))).toBe(true);
  });
});
