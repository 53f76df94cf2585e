import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES_BY_ACTION,
  HE_ACTIVITIES,
  isActivityOf,
  KA12X_STAFF_ACTIVITIES,
  MOBILITY_ACTIONS,
  SCH_ACTIVITIES,
} from '../../src/rules/vocabulary.js';

describe('vocabulary', () => {
  it('lists the eight mobility actions of the issue', () => {
    expect(MOBILITY_ACTIONS).toEqual([
      'KA131-HED',
      'KA171-HED',
      'KA121-VET',
      'KA122-VET',
      'KA121-SCH',
      'KA122-SCH',
      'KA121-ADU',
      'KA122-ADU',
    ]);
    expect(Object.keys(ACTIVITIES_BY_ACTION)).toEqual([...MOBILITY_ACTIONS]);
  });

  it('keeps HE and KA12x activities apart, staff activities shared by VET/SCH/ADU', () => {
    expect(HE_ACTIVITIES).toContain('invited-staff');
    for (const action of ['KA121-VET', 'KA122-SCH', 'KA121-ADU'] as const) {
      for (const staff of KA12X_STAFF_ACTIVITIES) {
        expect(ACTIVITIES_BY_ACTION[action]).toContain(staff);
      }
    }
    expect(SCH_ACTIVITIES).toContain('group-mobility');
    expect(ACTIVITIES_BY_ACTION['KA121-VET']).toContain('vet-skills-competition');
  });

  it('isActivityOf checks membership', () => {
    expect(isActivityOf('KA131-HED', 'invited-staff')).toBe(true);
    expect(isActivityOf('KA171-HED', 'invited-staff')).toBe(false);
    expect(isActivityOf('KA122-SCH', 'student-studies')).toBe(false);
    expect(isActivityOf('KA122-SCH', 42)).toBe(false);
  });
});
