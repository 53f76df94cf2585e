import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { diffRules } from '../../src/rules/diffRules.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2022 } from '../../src/rules/rules2022.js';
import { rules2023 } from '../../src/rules/rules2023.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { rules2025 } from '../../src/rules/rules2025.js';
import type { RulePack } from '../../src/rules/types.js';

describe('diffRules', () => {
  const changes = diffRules(rules2023, rules2024);
  const at = (path: string) => changes.find((c) => c.path === path);

  it('shows the new 2024 travel bands, standard and green', () => {
    expect(at('travelBands.KA131-HED.0.standard')).toMatchObject({
      kind: 'changed',
      before: '23.00',
      after: '28.00',
    });
    expect(at('travelBands.KA131-HED.0.green')).toMatchObject({ kind: 'added', after: '56.00' });
    expect(at('travelBands.KA131-HED.6.standard')).toMatchObject({
      before: '1500.00',
      after: '1735.00',
    });
    expect(at('travelBands.KA171-HED.0.standard')).toMatchObject({
      before: '20.00',
      after: '28.00',
    });
  });

  it('shows the new 2024 country groups (issue 3 list) in both sectors', () => {
    for (const sector of ['he', 'vetSchAdu']) {
      for (const code of ['AT', 'BE', 'DE', 'FR', 'IT', 'NL']) {
        expect(at(`countryGroups.${sector}.groups.${code}`)).toMatchObject({ before: 2, after: 1 });
      }
      for (const code of ['CZ', 'EE', 'LV', 'SK', 'SI']) {
        expect(at(`countryGroups.${sector}.groups.${code}`)).toMatchObject({ before: 3, after: 2 });
      }
    }
    // Countries that kept their group are not listed.
    expect(at('countryGroups.he.groups.PL')).toBeUndefined();
    expect(at('countryGroups.he.groups.DK')).toBeUndefined();
  });

  it('lists removed figures with their old value and status', () => {
    expect(at('ka131.greenTravelTopUp')).toMatchObject({
      kind: 'removed',
      before: '50.00',
      beforeStatus: 'confirmed',
    });
    expect(at('ka131.greenTravelTopUp')).not.toHaveProperty('after');
    expect(at('unavailableActivities.KA121-VET.group-mobility')?.kind).toBe('removed');
  });

  it('lists only value changes by default', () => {
    expect(changes.every((c) => c.kind !== 'status')).toBe(true);
    // Same value in 2023 and 2024, different status (conflicting, then confirmed): not a change.
    expect(at('ka171.studentMonthlyOutgoing')).toBeUndefined();
  });

  it('lists status-only changes on request', () => {
    const withStatus = diffRules(rules2024, rules2025, { includeStatusChanges: true });
    const fo = withStatus.find((c) => c.path === 'ka131.fewerOpportunitiesTopUpMonthly');
    expect(fo).toMatchObject({
      kind: 'status',
      before: '250.00',
      after: '250.00',
      beforeStatus: 'confirmed',
      afterStatus: 'single-source',
    });
    const derived = withStatus.find((c) => c.path === 'ka131.staffDailyNonAssociated');
    expect(derived).toMatchObject({ beforeStatus: 'derived', afterStatus: 'carried-forward' });
    // Confirmed in both years (rates update §6): not listed.
    expect(withStatus.find((c) => c.path === 'travelBands.KA131-HED.0.standard')).toBeUndefined();
    expect(diffRules(rules2024, rules2025)).toEqual([]);
  });

  it('finds nothing between a pack and itself, and compares values by content', () => {
    expect(diffRules(rules2021, rules2021)).toEqual([]);
    // 2022 carries the 2021 student ranges forward: same values, new objects.
    expect(
      diffRules(rules2021, rules2022).find((c) => c.path.startsWith('ka131.studentMonthly')),
    ).toBeUndefined();
  });

  it('rejects anything that is not a rule pack', () => {
    expect(() => diffRules({} as RulePack, rules2024)).toThrow(InputError);
    expect(() => diffRules(rules2023, { ...rules2024, provisional: false })).toThrow(InputError);
    expect(() =>
      diffRules(rules2023, rules2024, { includeStatusChanges: 'yes' } as unknown as {
        includeStatusChanges: boolean;
      }),
    ).toThrow(InputError);
  });

  it('returns frozen changes', () => {
    expect(Object.isFrozen(changes)).toBe(true);
    expect(Object.isFrozen(changes[0])).toBe(true);
  });
});
