import { describe, expect, it } from 'vitest';
import { getCountry } from '../../src/programme/countries.js';
import { listRegions } from '../../src/programme/regions.js';

describe('listRegions', () => {
  it('lists regions 1–14 in order, each with members and a sourced provenance', () => {
    const regions = listRegions();
    expect(regions.map((r) => r.region)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const region of regions) {
      expect(region.countries.length).toBeGreaterThan(0);
      expect(region.name).not.toBe('');
      expect(region.provenance.sources[0]).toMatch(/^https?:\/\//);
      if (region.provenance.status === 'conflicting') {
        expect(region.provenance.alternative).toMatch(/^Region \d+/);
      }
    }
  });

  it('holds the sourced memberships of programme-catalogue.md §6.3', () => {
    const regions = listRegions();
    expect(regions[0]?.countries).toEqual(['AL', 'BA', 'XK', 'ME']);
    expect(regions[0]?.provenance.status).toBe('confirmed');
    expect(regions[3]?.countries).toEqual(['RU']);
    expect(regions[12]?.countries).toEqual(['AD', 'MC', 'SM', 'VA']);
    expect(regions[12]?.provenance.alternative).toMatch(/Region 5/);
    expect(regions[13]?.countries).toEqual(['FO', 'CH', 'GB']);
    expect(regions[11]?.countries).toEqual(['US', 'CA']);
  });

  it('marks the disputed numbering of regions 5–12 as conflicting', () => {
    for (const region of listRegions().slice(4, 12)) {
      expect(region.provenance.status).toBe('conflicting');
      expect(region.provenance.alternative).toContain(`Region ${region.region + 1}`);
    }
  });

  it('agrees with getCountry, with a member-level provenance where one exists', () => {
    for (const region of listRegions()) {
      for (const code of region.countries) {
        expect(getCountry(code, 2024).region).toBe(region.region);
      }
    }
    expect(getCountry('AM', 2024).provenance.status).toBe('confirmed');
    expect(getCountry('GE', 2024).provenance.status).toBe('single-source');
  });

  it('is deeply frozen', () => {
    const regions = listRegions();
    expect(Object.isFrozen(regions)).toBe(true);
    expect(Object.isFrozen(regions[0]?.countries)).toBe(true);
    expect(() => {
      (regions as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
