import { describe, expect, it } from 'vitest';
import { CALL_YEARS, isCallYear } from '../../src/_lib/callYear.js';
import { isProvisional } from '../../src/_lib/provenance.js';

describe('provenance and call years', () => {
  it('treats every status but confirmed as provisional', () => {
    expect(isProvisional('confirmed')).toBe(false);
    expect(isProvisional('single-source')).toBe(true);
    expect(isProvisional('conflicting')).toBe(true);
    expect(isProvisional('carried-forward')).toBe(true);
  });

  it('knows the supported call years', () => {
    expect(CALL_YEARS).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(isCallYear(2024)).toBe(true);
    expect(isCallYear(2020)).toBe(false);
    expect(isCallYear('2024')).toBe(false);
  });
});
