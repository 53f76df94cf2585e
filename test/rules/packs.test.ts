import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_YEARS } from '../../src/_lib/callYear.js';
import { getRules } from '../../src/rules/getRules.js';
import { listFigures } from '../../src/rules/listFigures.js';
import { RulePackSchema } from '../../src/rules/RulePackSchema.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2022 } from '../../src/rules/rules2022.js';
import { rules2023 } from '../../src/rules/rules2023.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { rules2025 } from '../../src/rules/rules2025.js';
import { rules2026 } from '../../src/rules/rules2026.js';
import type { RulePack, TravelBand } from '../../src/rules/types.js';
import { MOBILITY_ACTIONS } from '../../src/rules/vocabulary.js';

const PACKS: readonly RulePack[] = [
  rules2021,
  rules2022,
  rules2023,
  rules2024,
  rules2025,
  rules2026,
];

function everyObject(value: unknown, visit: (object: object, path: string) => void, path = '') {
  if (typeof value !== 'object' || value === null) return;
  visit(value, path);
  for (const [key, child] of Object.entries(value)) everyObject(child, visit, `${path}.${key}`);
}

describe.each(PACKS.map((pack) => [pack.callYear, pack] as const))('rule pack %i', (year, pack) => {
  it('parses against RulePackSchema', () => {
    const result = RulePackSchema.safeParse(pack);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is the pack getRules returns for its call year', () => {
    expect(getRules(year)).toBe(pack);
    expect(pack.callYear).toBe(year);
  });

  it('has no figure without a source URL and a status', () => {
    const figures = listFigures(pack);
    expect(figures.length).toBeGreaterThan(300);
    for (const { path, figure } of figures) {
      expect(figure.sources.length, path).toBeGreaterThan(0);
      for (const source of figure.sources) expect(source, path).toMatch(/^https?:\/\/\S+$/);
      expect(
        ['confirmed', 'single-source', 'conflicting', 'carried-forward', 'derived'],
        path,
      ).toContain(figure.status);
      if (figure.status === 'carried-forward') {
        expect(figure.carriedFrom, path).toBeLessThan(year);
      }
      if (figure.status === 'conflicting') expect(figure.alternative, path).toBeTruthy();
      if (figure.status === 'derived') expect(figure.derivation, path).toBeTruthy();
    }
  });

  it('is provisional exactly when some figure is not confirmed', () => {
    const unconfirmed = listFigures(pack).filter((e) => e.figure.status !== 'confirmed');
    expect(pack.provisional).toBe(unconfirmed.length > 0);
  });

  it('has contiguous, increasing travel bands per action', () => {
    for (const action of MOBILITY_ACTIONS) {
      const bands: readonly TravelBand[] = pack.travelBands[action];
      expect(bands[0]?.fromKm, action).toBe(10);
      expect(bands.at(-1)?.belowKm, action).toBeNull();
      bands.forEach((band, i) => {
        const next = bands[i + 1];
        if (next === undefined) return;
        expect(band.belowKm, `${action} band ${i}`).toBe(next.fromKm);
        expect(next.fromKm, `${action} band ${i}`).toBeGreaterThan(band.fromKm);
        expect(Number(next.standard.value), `${action} band ${i}`).toBeGreaterThan(
          Number(band.standard.value),
        );
      });
      for (const band of bands) {
        if (band.green) {
          expect(Number(band.green.value)).toBeGreaterThanOrEqual(Number(band.standard.value));
        }
      }
    }
  });

  it('is deeply frozen: every nested object, and mutation throws in strict mode', () => {
    everyObject(pack, (object, path) => expect(Object.isFrozen(object), path).toBe(true));
    expect(() => {
      (pack.ka131.fewerOpportunitiesTopUpMonthly as { value: string }).value = '999.00';
    }).toThrow(TypeError);
    expect(() => {
      (pack.travelBands['KA131-HED'] as TravelBand[]).push(
        pack.travelBands['KA131-HED'][0] as TravelBand,
      );
    }).toThrow(TypeError);
    expect(pack.ka131.fewerOpportunitiesTopUpMonthly.value).toBe('250.00');
  });

  it('names every action in durations, travel days and travel bands', () => {
    expect(Object.keys(pack.durations).sort()).toEqual([...MOBILITY_ACTIONS].sort());
    expect(Object.keys(pack.travelDays).sort()).toEqual([...MOBILITY_ACTIONS].sort());
    expect(Object.keys(pack.travelBands).sort()).toEqual([...MOBILITY_ACTIONS].sort());
  });
});

describe('figures against their sources', () => {
  it('2021: student monthly ranges and staff maxima', () => {
    expect(rules2021.ka131.studentMonthly[1].value).toEqual({
      min: '310.00',
      max: '600.00',
      reference: '600.00',
    });
    expect(rules2021.ka131.studentMonthly[2].value.max).toBe('540.00');
    expect(rules2021.ka131.studentMonthly[3].value.min).toBe('200.00');
    // The 2021 ranges rest on one source (the others copy it): never confirmed.
    expect(rules2021.ka131.studentMonthly[1].status).not.toBe('confirmed');
    expect(rules2021.ka131.staffDaily[3].value.max).toBe('140.00');
  });

  it('durations per activity', () => {
    const he = rules2021.durations['KA131-HED'];
    expect(he['student-studies']?.standard.value).toEqual({ min: 2, max: 12, unit: 'months' });
    expect(he['student-traineeship']?.shortTerm?.value).toEqual({ min: 5, max: 30, unit: 'days' });
    expect(he['staff-teaching']?.standard.value).toEqual({ min: 2, max: 60, unit: 'days' });
    expect(he['invited-staff']?.standard.value).toEqual({ min: 1, max: 60, unit: 'days' });
    expect(rules2021.durations['KA171-HED']['staff-training']?.standard.value.min).toBe(5);
    expect(rules2021.durations['KA122-VET']['learner-long-term']?.standard.value).toEqual({
      min: 90,
      max: 365,
      unit: 'days',
    });
    expect(rules2021.durations['KA121-SCH']['learner-short-term']?.standard.value.max).toBe(29);
    const aduShort = rules2021.durations['KA122-ADU']['learner-short-term']?.standard;
    expect(aduShort?.status).toBe('conflicting');
    expect(aduShort?.alternative).toContain('2–30');
    expect(rules2021.durations['KA122-ADU']['learner-long-term']).toBeUndefined();
  });

  it('travel days: 2 standard / 6 green for staff; students get 6 green only from 2024', () => {
    const staff = rules2021.travelDays['KA131-HED']['staff-training']?.standard;
    expect([staff?.standard.value, staff?.green.value]).toEqual([2, 6]);
    const student2023 = rules2023.travelDays['KA131-HED']['student-studies']?.standard;
    expect(student2023?.green.value).toBe(4);
    const student2024 = rules2024.travelDays['KA131-HED']['student-studies']?.standard;
    expect([student2024?.standard.value, student2024?.green.value]).toEqual([2, 6]);
    const vet = rules2022.travelDays['KA122-VET']['learner-short-term']?.standard;
    expect([vet?.standard.value, vet?.green.value]).toEqual([2, 6]);
  });

  it('2024 travel bands and green amounts', () => {
    const bands = rules2024.travelBands['KA131-HED'];
    expect(bands.map((b) => b.standard.value)).toEqual([
      '28.00',
      '211.00',
      '309.00',
      '395.00',
      '580.00',
      '1188.00',
      '1735.00',
    ]);
    expect(bands.map((b) => b.green?.value)).toEqual([
      '56.00',
      '285.00',
      '417.00',
      '535.00',
      '785.00',
      '1188.00',
      '1735.00',
    ]);
    // VET/SCH/ADU 2024 bands rest on HE sources: not confirmed.
    expect(rules2024.travelBands['KA122-SCH'][1]?.standard.status).toBe('single-source');
  });

  it('2021–2023 10–99 km band: 23 (KA131) vs 20 (KA171), conflicting', () => {
    expect(rules2022.travelBands['KA131-HED'][0]?.standard.value).toBe('23.00');
    expect(rules2022.travelBands['KA171-HED'][0]?.standard.value).toBe('20.00');
    expect(rules2022.travelBands['KA131-HED'][0]?.standard.status).toBe('conflicting');
    expect(rules2022.travelBands['KA131-HED'][0]?.green).toBeUndefined();
    expect(rules2022.travelBands['KA131-HED'][5]?.green).toBeUndefined();
  });

  it('organisational support, BIP, top-ups', () => {
    const os = rules2024.ka131.organisationalSupport;
    expect([os.perParticipant.value, os.tierThreshold?.value, os.beyondThreshold?.value]).toEqual([
      '400.00',
      100,
      '230.00',
    ]);
    expect(os.perParticipant.status).toBe('confirmed');
    // 2021–2023: "assumed same, not verified".
    expect(rules2021.ka131.organisationalSupport.perParticipant.status).not.toBe('confirmed');
    expect(rules2021.bip.minParticipants.value).toBe(15);
    expect(rules2024.bip.minParticipants.value).toBe(10);
    expect(rules2024.ka131.fewerOpportunitiesTopUpMonthly.value).toBe('250.00');
    expect(rules2024.ka131.traineeshipTopUpMonthly.value).toBe('150.00');
    expect(rules2022.ka131.greenTravelTopUp?.value).toBe('50.00');
    expect(rules2024.ka131.greenTravelTopUp).toBeUndefined();
    expect(rules2024.exceptionalTravel.he.coverageThreshold.value).toBe('0.70');
    expect(rules2024.exceptionalTravel.vetSchAdu.reimbursedShare.value).toBe('0.80');
  });

  it('VET/SCH/ADU course fees and organisational support', () => {
    expect(rules2021.vetSchAdu.courseFees.perDay.status).toBe('conflicting');
    expect(rules2023.vetSchAdu.courseFees.perDay.status).toBe('confirmed');
    expect(rules2023.vetSchAdu.courseFees.maxPerParticipant.value).toBe('800.00');
    const sch = rules2022.vetSchAdu.organisationalSupport.SCH;
    expect(sch['learner-long-term']?.perParticipant.value).toBe('500.00');
    expect(sch['group-mobility']?.capPerGroup?.value).toBe('1000.00');
    expect(sch['staff-teaching']?.beyondThreshold?.value).toBe('200.00');
    expect(rules2024.vetSchAdu.staffDaily[3].value).toEqual({
      min: '71.00',
      max: '148.00',
      reference: '148.00',
    });
  });

  it('country groups come from the programme module (DE: group 2 in 2023, group 1 in 2024)', () => {
    expect(rules2023.countryGroups.he.groups['DE']).toBe(2);
    expect(rules2024.countryGroups.he.groups['DE']).toBe(1);
    expect(rules2024.countryGroups.vetSchAdu.groups['CZ']).toBe(2);
  });

  it('unavailable activities: VET group mobility up to call 2023 only', () => {
    expect(rules2023.unavailableActivities['KA121-VET']?.['group-mobility']?.value).toBe(true);
    expect(rules2024.unavailableActivities['KA121-VET']).toBeUndefined();
  });
});

describe('carrying forward', () => {
  it('marks every 2026 figure carried-forward with the year it was last sourced', () => {
    for (const { path, figure } of listFigures(rules2026)) {
      expect(figure.status, path).toBe('carried-forward');
      expect(figure.carriedFrom, path).toBeGreaterThanOrEqual(2021);
    }
    expect(rules2026.ka131.organisationalSupport.perParticipant.carriedFrom).toBe(2024);
    expect(rules2026.vetSchAdu.staffDaily[1].carriedFrom).toBe(2025);
  });

  it('keeps 2025 figures with a 2025 source un-carried, carries the rest from 2024', () => {
    expect(rules2025.vetSchAdu.staffDaily[1].status).toBe('single-source');
    expect(rules2025.ka131.traineeshipTopUpMonthly).toMatchObject({
      value: '150.00',
      status: 'carried-forward',
      carriedFrom: 2024,
    });
    expect(rules2025.ka131.staffDaily[1].note).toContain('Applicable rates');
    expect(rules2025.travelBands['KA171-HED'][0]?.standard).toMatchObject({
      value: '28.00',
      status: 'carried-forward',
      carriedFrom: 2024,
    });
  });

  it('carries a derived 2024 figure into 2025 and 2026 with its derivation (corrections §2)', () => {
    for (const pack of [rules2025, rules2026]) {
      expect(pack.ka131.staffDailyNonAssociated).toMatchObject({
        value: '190.00',
        status: 'carried-forward',
        carriedFrom: 2024,
      });
      expect(pack.ka131.staffDailyNonAssociated.derivation).toContain('190');
      expect(pack.ka171.staffDailyIncoming[2]?.value).toBe('170.00');
    }
    expect(rules2026.ka131.studentMonthly[2]).toMatchObject({
      value: { min: '300.00', max: '674.00', reference: '674.00' },
      status: 'carried-forward',
      carriedFrom: 2024,
    });
    expect(rules2026.ka131.shortTermDaily.days1to14.carriedFrom).toBe(2025);
  });

  it('carries 2022 student ranges from 2021 with the reason', () => {
    const figure = rules2022.ka131.studentMonthly[2];
    expect(figure.status).toBe('carried-forward');
    expect(figure.carriedFrom).toBe(2021);
    expect(figure.value).toEqual(rules2021.ka131.studentMonthly[2].value);
    expect(figure.note).toContain('550');
  });

  it('covers every call year', () => {
    expect(PACKS.map((p) => p.callYear)).toEqual([...CALL_YEARS]);
  });
});

const DOMAIN_NOTES = join(import.meta.dirname, '..', '..', '..', 'shared', 'domain');

describe.skipIf(!existsSync(DOMAIN_NOTES))('sources trace to the research notes', () => {
  it('cites only URLs that appear verbatim in ../shared/domain/*.md', () => {
    const notes = readdirSync(DOMAIN_NOTES)
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(join(DOMAIN_NOTES, file), 'utf8'))
      .join('\n');
    const unknown = new Set<string>();
    for (const pack of PACKS) {
      for (const { figure } of listFigures(pack)) {
        for (const source of figure.sources) if (!notes.includes(source)) unknown.add(source);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
