import { describe, expect, it } from 'vitest';
import { bandsAreContiguous } from '../../src/rules/packChecks.js';
import { RulePackSchema } from '../../src/rules/RulePackSchema.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2024 } from '../../src/rules/rules2024.js';

type Tree = { [key: string]: unknown };

/** A mutable deep copy of a pack, to break on purpose. */
function copy(): Tree {
  return structuredClone(rules2024) as unknown as Tree;
}

function parentOf(root: Tree, path: string): [Tree, string] {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = root;
  for (const key of keys) node = node[key] as Tree;
  return [node, last];
}

/** Sets (or, with `undefined`, deletes) the value at a dotted path. */
function set(root: Tree, path: string, value: unknown): void {
  const [parent, key] = parentOf(root, path);
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

function get(root: Tree, path: string): unknown {
  const [parent, key] = parentOf(root, path);
  return parent[key];
}

function issues(pack: unknown): string[] {
  const result = RulePackSchema.safeParse(pack);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('RulePackSchema rejects broken packs', () => {
  it('accepts a faithful copy', () => {
    expect(issues(copy())).toEqual([]);
  });

  it('accepts an optional field given as undefined (issue 15 §9: the split keeps what it accepts)', () => {
    const pack = copy();
    pack['note'] = undefined;
    (get(pack, 'ka131.traineeshipTopUpMonthly') as Tree)['note'] = undefined;
    expect(issues(pack)).toEqual([]);
    set(pack, 'note', '');
    expect(issues(pack)).toEqual(['note: Invalid input']);
  });

  it('a figure without sources', () => {
    const pack = copy();
    set(pack, 'ka131.traineeshipTopUpMonthly.sources', []);
    expect(issues(pack).join('\n')).toContain('ka131.traineeshipTopUpMonthly.sources');
  });

  it('a source that is not a URL, or a missing status', () => {
    const pack = copy();
    set(pack, 'bip.minEcts.sources', ['the programme guide']);
    set(pack, 'bip.maxParticipants.status', undefined);
    const out = issues(pack).join('\n');
    expect(out).toContain('bip.minEcts.sources.0');
    expect(out).toContain('bip.maxParticipants.status');
  });

  it('a carried-forward figure without carriedFrom, a conflicting one without alternative', () => {
    const pack = copy();
    set(pack, 'ka131.traineeshipTopUpMonthly.status', 'carried-forward');
    set(pack, 'ka131.studentMonthly.1.alternative', undefined);
    const out = issues(pack).join('\n');
    expect(out).toContain('ka131.traineeshipTopUpMonthly.carriedFrom');
    expect(out).toContain('ka131.studentMonthly.1.alternative');
  });

  it('money as a number, a reference outside its range, min above max', () => {
    const pack = copy();
    set(pack, 'ka131.fewerOpportunitiesTopUpMonthly.value', 250);
    set(pack, 'vetSchAdu.staffDaily.1.value.reference', '200.00');
    set(pack, 'durations.KA131-HED.staff-teaching.standard.value.min', 90);
    const out = issues(pack).join('\n');
    expect(out).toContain('ka131.fewerOpportunitiesTopUpMonthly.value');
    expect(out).toContain('vetSchAdu.staffDaily.1.value.reference');
    expect(out).toContain('durations.KA131-HED.staff-teaching.standard.value.max');
  });

  it('fewer green travel days than standard ones, an unknown activity', () => {
    const pack = copy();
    set(pack, 'travelDays.KA131-HED.staff-training.standard.green.value', 1);
    set(pack, 'durations.KA171-HED.invited-staff', get(pack, 'durations.KA131-HED.invited-staff'));
    const out = issues(pack).join('\n');
    expect(out).toContain('travelDays.KA131-HED.staff-training.standard.green');
    expect(out).toContain('durations.KA171-HED');
  });

  it('non-contiguous bands, or a wrong provisional flag', () => {
    const pack = copy();
    set(pack, 'travelBands.KA122-ADU.2.fromKm', 600);
    set(pack, 'provisional', false);
    const out = issues(pack).join('\n');
    expect(out).toContain('travelBands.KA122-ADU');
    expect(out).toContain('provisional');
  });

  it('a derived figure without its derivation (corrections §2)', () => {
    const pack = copy();
    set(pack, 'ka171.staffDailyIncoming.2.derivation', undefined);
    expect(issues(pack).join('\n')).toContain('ka171.staffDailyIncoming.2.derivation');
  });

  it('an empty pack note', () => {
    const pack = copy();
    set(pack, 'note', '');
    expect(issues(pack).join('\n')).toContain('note');
  });

  it('a tier threshold without the amount beyond it', () => {
    const pack = copy();
    set(pack, 'ka131.organisationalSupport.beyondThreshold', undefined);
    expect(issues(pack).join('\n')).toContain('ka131.organisationalSupport.beyondThreshold');
  });
});

describe('bandsAreContiguous', () => {
  it('needs each band to start where the previous one ends and the last to be open', () => {
    expect(bandsAreContiguous(rules2021.travelBands['KA131-HED'])).toBe(true);
    expect(bandsAreContiguous([{ fromKm: 10, belowKm: null }])).toBe(true);
    expect(bandsAreContiguous([{ fromKm: 10, belowKm: 100 }])).toBe(false);
    expect(
      bandsAreContiguous([
        { fromKm: 10, belowKm: null },
        { fromKm: 100, belowKm: null },
      ]),
    ).toBe(false);
    expect(
      bandsAreContiguous([
        { fromKm: 10, belowKm: 100 },
        { fromKm: 101, belowKm: null },
      ]),
    ).toBe(false);
    expect(
      bandsAreContiguous([
        { fromKm: 100, belowKm: 100 },
        { fromKm: 100, belowKm: null },
      ]),
    ).toBe(false);
  });
});
