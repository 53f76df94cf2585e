import { describe, expect, it } from 'vitest';
import { ErasmusKitError, InputError } from '../../src/errors.js';
import { ACTION_CODES } from '../../src/programme/actionCodes.js';
import { ActionCodeSchema, getAction, listActions } from '../../src/programme/actions.js';
import type { ActionFunding } from '../../src/programme/actionTypes.js';

// Independent expectations, typed from programme-catalogue.md §1 (not read from the data).
const DECENTRALISED_KA1 = [
  'KA120-SCH',
  'KA120-VET',
  'KA120-ADU',
  'KA121-SCH',
  'KA121-VET',
  'KA121-ADU',
  'KA122-SCH',
  'KA122-VET',
  'KA122-ADU',
  'KA130-HED',
  'KA131-HED',
  'KA171-HED',
  'KA150-YOU',
  'KA151-YOU',
  'KA152-YOU',
  'KA153-YOU',
  'KA154-YOU',
  'KA155-YOU',
  'KA182-SPO',
];
const DECENTRALISED_KA2 = [
  'KA220-SCH',
  'KA220-VET',
  'KA220-ADU',
  'KA220-HED',
  'KA220-YOU',
  'KA210-SCH',
  'KA210-VET',
  'KA210-ADU',
  'KA210-YOU',
];
const MOBILITY_ACTIONS = [
  'KA131-HED',
  'KA171-HED',
  'KA121-VET',
  'KA122-VET',
  'KA121-SCH',
  'KA122-SCH',
  'KA121-ADU',
  'KA122-ADU',
];

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function amounts(funding: ActionFunding | undefined): string[] {
  if (funding === undefined) return [];
  if (funding.kind === 'lump-sum-options') return [...funding.amounts];
  return [funding.max];
}

describe('listActions', () => {
  it('lists every action once, in catalogue order', () => {
    const codes = listActions().map((a) => a.code);
    expect(codes).toEqual([...ACTION_CODES]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('holds every decentralised KA1 and KA2 code of the catalogue and the mobility actions', () => {
    const codes = new Set(listActions().map((a) => a.code));
    for (const code of [...DECENTRALISED_KA1, ...DECENTRALISED_KA2, ...MOBILITY_ACTIONS]) {
      expect(codes.has(code as never)).toBe(true);
    }
    expect(listActions({ keyAction: 'KA1' }).filter((a) => a.code.startsWith('KA')).length).toBe(
      DECENTRALISED_KA1.length,
    );
  });

  it('has KA3 and Jean Monnet actions', () => {
    expect(listActions({ keyAction: 'KA3' }).map((a) => a.code)).toEqual([
      'EUROPEAN-YOUTH-TOGETHER',
    ]);
    const jm = listActions({ keyAction: 'JM' });
    expect(jm.map((a) => a.code)).toEqual(
      expect.arrayContaining(['JM-MODULE', 'JM-CHAIR', 'JM-CENTRE-OF-EXCELLENCE']),
    );
    for (const action of jm) expect(action.managedBy).toBe('EACEA');
  });

  it('gives decentralised (KAxyz) actions to National Agencies and the others to EACEA or the EC', () => {
    for (const action of listActions()) {
      if (/^KA\d{3}-(SCH|VET|ADU|HED|YOU|SPO)$/.test(action.code)) {
        expect(action.managedBy).toBe('NA');
        expect(action.sectors).toEqual([action.code.slice(-3)]);
      } else {
        expect(action.managedBy).not.toBe('NA');
      }
    }
    expect(getAction('ECHE').managedBy).toBe('EACEA');
    expect(getAction('CBHE-STRAND-1').managedBy).toBe('EACEA');
  });

  it('filters by key action, sector and managing body', () => {
    expect(listActions({ keyAction: 'KA1', sector: 'VET' }).map((a) => a.code)).toEqual([
      'KA120-VET',
      'KA121-VET',
      'KA122-VET',
    ]);
    expect(listActions({ sector: 'SCH', managedBy: 'NA' }).map((a) => a.code)).toEqual([
      'KA120-SCH',
      'KA121-SCH',
      'KA122-SCH',
      'KA220-SCH',
      'KA210-SCH',
    ]);
    expect(listActions({ managedBy: 'EC' }).map((a) => a.code)).toEqual(['DISCOVEREU']);
    expect(listActions({})).toEqual(listActions());
    expect(listActions({ sector: 'HED', keyAction: 'KA3' })).toEqual([]);
  });

  it('rejects a malformed filter with an InputError', () => {
    for (const bad of [{ keyAction: 'KA4' }, { sector: 'hed' }, { other: 1 }, 'KA1', null]) {
      expect(errorOf(() => listActions(bad as never))).toBeInstanceOf(InputError);
    }
  });
});

describe('getAction', () => {
  it('gives the KA1 mobility projects their durations and managing body', () => {
    expect(getAction('KA122-SCH')).toMatchObject({
      code: 'KA122-SCH',
      keyAction: 'KA1',
      sectors: ['SCH'],
      managedBy: 'NA',
      kind: 'project',
      duration: { value: { minMonths: 6, maxMonths: 18 }, status: 'confirmed' },
    });
    expect(getAction('KA121-VET').duration?.value).toMatchObject({
      initialMonths: 15,
      maxMonths: 24,
    });
    expect(getAction('KA120-ADU').kind).toBe('accreditation');
    expect(getAction('KA120-ADU').duration).toBeUndefined();
    expect(getAction('KA182-SPO')).toMatchObject({ fromCallYear: 2023, sectors: ['SPO'] });
    expect(getAction('KA152-YOU').duration?.value).toMatchObject({ minMonths: 3, maxMonths: 24 });
  });

  it('marks the KA151 duration as conflicting and names the alternative', () => {
    const duration = getAction('KA151-YOU').duration;
    expect(duration?.status).toBe('conflicting');
    expect(duration?.alternative).toMatch(/12–24/);
  });

  it('gives the sourced lump sums', () => {
    for (const field of ['SCH', 'VET', 'ADU', 'HED', 'YOU']) {
      expect(amounts(getAction(`KA220-${field}`).funding?.value)).toEqual([
        '120000.00',
        '250000.00',
        '400000.00',
      ]);
    }
    for (const field of ['SCH', 'VET', 'ADU', 'YOU']) {
      expect(amounts(getAction(`KA210-${field}`).funding?.value)).toEqual(['30000.00', '60000.00']);
    }
    expect(getAction('CBHE-STRAND-1').funding?.value).toEqual({
      kind: 'lump-sum-range',
      min: '200000.00',
      max: '400000.00',
      maxSharePercent: 90,
    });
    expect(getAction('ALLIANCES-EDUCATION-ENTERPRISES').funding?.value).toMatchObject({
      maxByDurationMonths: { 24: '1000000.00', 36: '1500000.00' },
      maxSharePercent: 80,
    });
    expect(amounts(getAction('SPORT-EVENTS-NOT-FOR-PROFIT').funding?.value)).toEqual([
      '200000.00',
      '300000.00',
      '450000.00',
    ]);
    expect(getAction('JM-CENTRE-OF-EXCELLENCE').funding?.value).toMatchObject({ max: '100000.00' });
  });

  it('gives no figure the notes do not source', () => {
    expect(getAction('KA220-HED').duration).toBeUndefined();
    expect(getAction('KA220-HED').note).toMatch(/not found in any source/);
    expect(getAction('CBHE-STRAND-2').funding).toBeUndefined();
    expect(getAction('CB-YOUTH').funding).toBeUndefined();
    expect(getAction('KA131-HED').duration).toBeUndefined();
    expect(getAction('KA210-SCH').note).toMatch(/Not available in higher education/);
    expect(listActions().some((a) => a.code === ('KA210-HED' as never))).toBe(false);
  });

  it('accepts any case', () => {
    expect(getAction('ka131-hed').code).toBe('KA131-HED');
    expect(getAction('Jm-Chair').code).toBe('JM-CHAIR');
  });

  it.each([
    ['', '""'],
    ['KA 131', '"KA 131"'],
    [131, '131'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('rejects malformed %j with an InputError naming the code', (bad, shown) => {
    const error = errorOf(() => getAction(bad as never));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(ErasmusKitError);
    expect((error as InputError).message).toContain(`Unknown action code ${shown}`);
  });

  it.each([
    ['KA999', '"KA999"'],
    ['KA131', '"KA131"'],
    ['KA210-HED', '"KA210-HED"'],
  ])(
    'rejects the well-formed but unknown %j with unknown-action (issue 15 item 7)',
    (bad, shown) => {
      const error = errorOf(() => getAction(bad));
      expect(error).toBeInstanceOf(ErasmusKitError);
      expect(error).not.toBeInstanceOf(InputError);
      expect((error as ErasmusKitError).code).toBe('unknown-action');
      expect((error as ErasmusKitError).message).toBe(`Unknown action code ${shown}.`);
    },
  );
});

describe('the catalogue data', () => {
  it('gives every entry and figure a source, and every conflict an alternative', () => {
    for (const action of listActions()) {
      expect(action.name).not.toBe('');
      expect(action.applicants).not.toBe('');
      for (const provenance of [action.provenance, action.duration, action.funding]) {
        if (provenance === undefined) continue;
        expect(provenance.sources.length).toBeGreaterThan(0);
        for (const source of provenance.sources) expect(source).toMatch(/^https?:\/\//);
        if (provenance.status === 'conflicting') expect(provenance.alternative).toBeTruthy();
      }
    }
  });

  it('keeps amounts as two-place strings, options ascending, ranges ordered', () => {
    for (const action of listActions()) {
      const funding = action.funding?.value;
      if (funding === undefined) continue;
      for (const amount of amounts(funding)) expect(amount).toMatch(/^\d+\.\d{2}$/);
      if (funding.kind === 'lump-sum-options') {
        const values = funding.amounts.map(Number);
        expect(values).toEqual([...values].sort((a, b) => a - b));
      }
      if (funding.kind === 'lump-sum-range') {
        if (funding.min !== undefined)
          expect(Number(funding.min)).toBeLessThan(Number(funding.max));
        for (const cap of Object.values(funding.maxByDurationMonths ?? {})) {
          expect(Number(cap)).toBeLessThanOrEqual(Number(funding.max));
        }
      }
    }
  });

  it('keeps durations consistent', () => {
    for (const action of listActions()) {
      const duration = action.duration?.value;
      if (duration === undefined) continue;
      expect(duration.description).not.toBe('');
      if (duration.minMonths !== undefined && duration.maxMonths !== undefined) {
        expect(duration.minMonths).toBeLessThanOrEqual(duration.maxMonths);
      }
      for (const months of duration.allowedMonths ?? []) expect(months).toBeGreaterThan(0);
    }
  });

  it('is deeply frozen', () => {
    const action = getAction('KA220-SCH') as unknown as {
      name: string;
      funding: { value: { amounts: string[] } };
    };
    expect(() => {
      action.name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      action.funding.value.amounts.push('1.00');
    }).toThrow(TypeError);
    expect(Object.isFrozen(listActions())).toBe(true);
    expect(Object.isFrozen(listActions({ keyAction: 'KA2' }))).toBe(true);
  });
});

describe('ActionCodeSchema', () => {
  it('normalises case and names unknown codes', () => {
    expect(ActionCodeSchema.parse('ka220-you')).toBe('KA220-YOU');
    const result = ActionCodeSchema.safeParse('KA000-XXX');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      message: 'Unknown action code "KA000-XXX".',
      params: { code: 'unknown-action' },
    });
  });
});
