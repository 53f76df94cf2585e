import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { ErasmusKitError, InputError } from '../../src/errors.js';
import {
  type CountryGroupTable,
  heCountryGroups,
  vetSchAduCountryGroups,
} from '../../src/programme/countryGroups.js';

// Independent lists, typed from the domain notes (not read from the implementation).
const EU27 =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const ASSOCIATED = 'IS LI NO MK RS TR'.split(' ');
const PAID_AS_GROUP = 'CH GB FO AD MC SM VA'.split(' ');

/** he-mobility-rules.md §1.2 (calls 2021–2023). */
const HE_2021 = {
  1: 'DK FI IS IE LI LU NO SE CH GB FO',
  2: 'AT BE CY FR DE GR IT MT NL PT ES AD MC SM VA',
  3: 'BG HR CZ EE HU LV LT MK PL RO RS SK SI TR',
};
/** he-mobility-rules.md §1.3 (call 2024 onward). */
const HE_2024 = {
  1: 'AT BE DK FI FR DE IS IE IT LI LU NL NO SE CH GB FO',
  2: 'CY CZ EE GR LV MT PT SK SI ES AD MC SM VA',
  3: 'BG HR HU LT MK PL RO RS TR',
};

function expected(lists: Record<1 | 2 | 3, string>, without: readonly string[] = []) {
  const out: Record<string, number> = {};
  for (const group of [1, 2, 3] as const) {
    for (const code of lists[group].split(' ')) if (!without.includes(code)) out[code] = group;
  }
  return out;
}

/** Index access through a variable key (the tables are keyed by string). */
const groupOf = (table: CountryGroupTable, code: string) => table.groups[code];
const exceptionOf = (table: CountryGroupTable, code: string) => table.exceptions?.[code];
const de: string = 'DE';
const fr: string = 'FR';

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

describe('heCountryGroups', () => {
  it('uses the original groups for calls 2021–2023 and the new groups from 2024', () => {
    for (const year of [2021, 2022, 2023] as const) {
      expect(heCountryGroups(year).groups).toEqual(expected(HE_2021));
      expect(heCountryGroups(year).fromCallYear).toBe(2021);
    }
    for (const year of [2024, 2025, 2026] as const) {
      expect(heCountryGroups(year).groups).toEqual(expected(HE_2024));
    }
    expect(groupOf(heCountryGroups(2023), 'DE')).toBe(2);
    expect(groupOf(heCountryGroups(2024), 'DE')).toBe(1);
  });

  it('moves exactly AT BE DE FR IT NL to group 1 and CZ EE LV SK SI to group 2 in 2024', () => {
    const before = heCountryGroups(2023).groups;
    const after = heCountryGroups(2024).groups;
    const moved = Object.keys(after).filter((code) => after[code] !== before[code]);
    expect(sorted(moved)).toEqual(sorted('AT BE DE FR IT NL CZ EE LV SK SI'.split(' ')));
    for (const code of 'AT BE DE FR IT NL'.split(' '))
      expect([before[code], after[code]]).toEqual([2, 1]);
    for (const code of 'CZ EE LV SK SI'.split(' '))
      expect([before[code], after[code]]).toEqual([3, 2]);
  });

  it('covers exactly the EU, associated, region-14 and micro-state codes', () => {
    for (const year of CALL_YEARS) {
      expect(sorted(Object.keys(heCountryGroups(year).groups))).toEqual(
        sorted([...EU27, ...ASSOCIATED, ...PAID_AS_GROUP]),
      );
      expect(heCountryGroups(year).sector).toBe('HE');
    }
  });

  it('pays region 14 like group 1 and the micro-states like group 2, with provenance', () => {
    for (const year of CALL_YEARS) {
      const table = heCountryGroups(year);
      for (const code of ['CH', 'GB', 'FO']) expect(table.groups[code]).toBe(1);
      for (const code of ['AD', 'MC', 'SM', 'VA']) {
        expect(table.groups[code]).toBe(2);
        expect(table.exceptions?.[code]?.alternative).toMatch(/Group 1/);
      }
    }
    expect(exceptionOf(heCountryGroups(2022), 'AD')?.status).toBe('conflicting');
    expect(exceptionOf(heCountryGroups(2022), 'CH')?.status).toBe('confirmed');
  });

  it('marks France and Italy in 2024 as conflicting and names the alternative', () => {
    for (const code of ['FR', 'IT']) {
      const provenance = heCountryGroups(2024).exceptions?.[code];
      expect(provenance?.status).toBe('conflicting');
      expect(provenance?.alternative).toMatch(/Group 2/);
    }
    expect(exceptionOf(heCountryGroups(2024), 'DE')).toBeUndefined();
  });

  it('carries the 2024 groups forward to 2025 and 2026', () => {
    for (const year of [2025, 2026] as const) {
      const table = heCountryGroups(year);
      expect(table.fromCallYear).toBe(2025);
      expect(table.provenance.status).toBe('carried-forward');
      expect(table.provenance.carriedFrom).toBe(2024);
      for (const provenance of Object.values(table.exceptions ?? {})) {
        expect(provenance.status).toBe('carried-forward');
        expect(provenance.carriedFrom).toBe(2024);
      }
      expect(exceptionOf(table, 'FR')?.alternative).toMatch(/Group 2/);
    }
    expect(heCountryGroups(2024).provenance.status).toBe('confirmed');
    expect(heCountryGroups(2021).provenance.status).toBe('confirmed');
  });
});

describe('vetSchAduCountryGroups', () => {
  it('matches the HE groups on the 33 EU and associated countries, without third countries', () => {
    for (const year of CALL_YEARS) {
      const table = vetSchAduCountryGroups(year);
      expect(table.sector).toBe('VET-SCH-ADU');
      expect(sorted(Object.keys(table.groups))).toEqual(sorted([...EU27, ...ASSOCIATED]));
      const lists = year < 2024 ? HE_2021 : HE_2024;
      expect(table.groups).toEqual(expected(lists, PAID_AS_GROUP));
    }
  });

  it('has the statuses of vet-sch-adu-rates.md §4', () => {
    expect(vetSchAduCountryGroups(2021).provenance.status).toBe('confirmed');
    expect(vetSchAduCountryGroups(2024).provenance.status).toBe('single-source');
    expect(vetSchAduCountryGroups(2026).provenance).toMatchObject({
      status: 'carried-forward',
      carriedFrom: 2024,
    });
  });
});

describe('country group tables', () => {
  const all: CountryGroupTable[] = CALL_YEARS.flatMap((year) => [
    heCountryGroups(year),
    vetSchAduCountryGroups(year),
  ]);

  it('give every table and exception at least one source', () => {
    for (const table of all) {
      expect(table.provenance.sources.length).toBeGreaterThan(0);
      for (const source of table.provenance.sources) expect(source).toMatch(/^https?:\/\//);
      for (const [code, provenance] of Object.entries(table.exceptions ?? {})) {
        expect(table.groups[code]).toBeDefined();
        expect(provenance.sources.length).toBeGreaterThan(0);
        if (provenance.status === 'conflicting') expect(provenance.alternative).toBeTruthy();
      }
    }
  });

  it('are deeply frozen: mutation throws in strict mode', () => {
    const table = heCountryGroups(2024) as unknown as {
      groups: Record<string, number>;
      provenance: { sources: string[] };
      exceptions: Record<string, { status: string }>;
    };
    expect(() => {
      table.groups[de] = 3;
    }).toThrow(TypeError);
    expect(() => {
      table.provenance.sources.push('x');
    }).toThrow(TypeError);
    expect(() => {
      (table.exceptions[fr] as { status: string }).status = 'confirmed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(vetSchAduCountryGroups(2025).groups)).toBe(true);
    expect(groupOf(heCountryGroups(2024), 'DE')).toBe(1);
  });

  it('reject an unsupported call year with unsupported-call-year', () => {
    for (const bad of [2020, 2027]) {
      expect(() => heCountryGroups(bad as never)).toThrow(ErasmusKitError);
      expect(() => vetSchAduCountryGroups(bad as never)).toThrow(
        /not supported: rule packs exist for 2021–2026/,
      );
    }
    // issue 15, item 7: what is not a whole number is an InputError saying what was received
    for (const bad of ['2024', null, Number.NaN]) {
      expect(() => heCountryGroups(bad as never)).toThrow(InputError);
      expect(() => vetSchAduCountryGroups(bad as never)).toThrow(/callYear must be a /);
    }
    try {
      heCountryGroups(2019 as never);
    } catch (error) {
      expect((error as ErasmusKitError).code).toBe('unsupported-call-year');
    }
  });
});
