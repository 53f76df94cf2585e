import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import type { InputError } from '../../src/errors.js';
import { getAction, listActions } from '../../src/programme/actions.js';
import { normalizeCountryCode } from '../../src/programme/CountryCodeSchema.js';
import { getCountry, listCountries } from '../../src/programme/countries.js';
import { heCountryGroups, vetSchAduCountryGroups } from '../../src/programme/countryGroups.js';

const knownCodes = listCountries(2024).map((c) => c.code);
const callYear = fc.constantFrom(...CALL_YEARS);
const knownCode = fc.constantFrom(...knownCodes, 'EL', 'UK');
/** Mixes the case of a string's letters. */
const recased = (code: string) =>
  fc
    .array(fc.boolean(), { minLength: code.length, maxLength: code.length })
    .map((upper) =>
      [...code].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''),
    );

describe('country properties', () => {
  it('any input gives a canonical code, or an InputError or unknown-country naming it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.anything()), callYear, (input, year) => {
        try {
          const info = getCountry(input as string, year);
          expect(info.code).toMatch(/^[A-Z]{2}$/);
        } catch (error) {
          const twoLetters = typeof input === 'string' && /^[A-Za-z]{2}$/.test(input);
          expect((error as InputError).code).toBe(twoLetters ? 'unknown-country' : 'invalid-input');
          expect((error as InputError).message).toContain('Unknown country code');
        }
      }),
    );
  });

  it('case does not matter and aliases give the same country', () => {
    fc.assert(
      fc.property(knownCode.chain(recased), callYear, (variant, year) => {
        const info = getCountry(variant, year);
        expect(getCountry(info.code, year)).toBe(info);
        expect(normalizeCountryCode(normalizeCountryCode(variant))).toBe(info.code);
      }),
    );
  });

  it('a country has a group exactly when the group table of its call year lists it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownCodes), callYear, (code, year) => {
        const info = getCountry(code, year);
        expect(info.livingCostGroup).toBe(heCountryGroups(year).groups[code]);
        expect(info.vetSchAduGroup).toBe(vetSchAduCountryGroups(year).groups[code]);
        if (info.status === 'non-associated') expect(info.vetSchAduGroup).toBeUndefined();
        if (info.territory !== undefined) expect(info.memberState).toMatch(/^(FR|NL|DK)$/);
      }),
    );
  });
});

describe('action properties', () => {
  const codes = listActions().map((a) => a.code);

  it('any input gives a catalogue action, or unknown-action or an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...codes), fc.string(), fc.anything()), (input) => {
        try {
          expect(codes).toContain(getAction(input as string).code);
        } catch (error) {
          const wellFormed =
            typeof input === 'string' && /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(input);
          expect((error as InputError).code).toBe(wellFormed ? 'unknown-action' : 'invalid-input');
        }
      }),
    );
  });

  it('case does not matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes).chain(recased), (variant) => {
        expect(getAction(variant).code).toBe(variant.toUpperCase());
      }),
    );
  });
});
