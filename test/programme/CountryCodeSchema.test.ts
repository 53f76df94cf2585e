import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InputError } from '../../src/errors.js';
import { CountryCodeSchema, normalizeCountryCode } from '../../src/programme/CountryCodeSchema.js';

describe('CountryCodeSchema', () => {
  it('normalises case and the EL / UK aliases', () => {
    expect(CountryCodeSchema.parse('de')).toBe('DE');
    expect(CountryCodeSchema.parse('EL')).toBe('GR');
    expect(CountryCodeSchema.parse('el')).toBe('GR');
    expect(CountryCodeSchema.parse('UK')).toBe('GB');
    expect(CountryCodeSchema.parse('GB')).toBe('GB');
    expect(CountryCodeSchema.parse('xk')).toBe('XK');
  });

  it('fails on unknown or malformed codes, naming them', () => {
    for (const bad of ['XX', 'GRC', '', 'U K', 7, undefined]) {
      const result = CountryCodeSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('Unknown country code');
    }
  });

  it('composes inside other schemas and reports the path', () => {
    const Schema = z.object({ receivingCountry: CountryCodeSchema });
    expect(Schema.parse({ receivingCountry: 'uk' })).toEqual({ receivingCountry: 'GB' });
    const result = Schema.safeParse({ receivingCountry: 'QQ' });
    expect(result.error?.issues[0]?.path).toEqual(['receivingCountry']);
  });

  it('carries a description and examples for JSON Schema', () => {
    const meta = z.globalRegistry.get(CountryCodeSchema);
    expect(meta?.description).toMatch(/ISO 3166-1 alpha-2/);
    const key: string = 'examples';
    const examples = (meta?.[key] ?? []) as string[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(CountryCodeSchema.safeParse(example).success).toBe(true);
    }
  });
});

describe('normalizeCountryCode', () => {
  it('returns the canonical code', () => {
    expect(normalizeCountryCode('el')).toBe('GR');
    expect(normalizeCountryCode('RE')).toBe('RE');
  });

  it('throws an InputError naming the code', () => {
    expect(() => normalizeCountryCode('XX')).toThrow(InputError);
    expect(() => normalizeCountryCode('XX')).toThrow(/"XX"/);
    expect(() => normalizeCountryCode(null)).toThrow(/Unknown country code null/);
  });
});
