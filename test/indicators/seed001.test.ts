/**
 * The seed 001 action plan as encoded in examples/data/seed001-plan.ts, checked against the text
 * of the seed itself (test/fixtures/seed001.txt, a verbatim copy of the seed's text). The
 * expected values are parsed out of the text here, not copied from the encoding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seed001Plan } from '../../examples/data/seed001-plan.js';
import type { Indicator, PlanAction } from '../../src/index.js';
import { parseStrategy } from '../../src/indicators/strategySchema.js';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const raw = readFileSync(new URL('../fixtures/seed001.txt', import.meta.url), 'utf8');
const all = norm(raw);
const section = all.slice(
  all.indexOf('Internationalization Strategy Implementing Activities'),
  all.indexOf('Our stenghts'),
);
const ACTION_NUMBER = /(?<![\d.])(\d\.\d\.\d\.) /g;
const YEAR_HEADER = '2016 2017 2018 2019 2020';

const actions: PlanAction[] = seed001Plan.goals.flatMap((g) =>
  (g.objectives ?? []).flatMap((o) => o.actions ?? []),
);
const indicators: { action: PlanAction; indicator: Indicator }[] = actions.flatMap((action) =>
  (action.indicators ?? []).map((indicator) => ({ action, indicator })),
);
const printed = (action: PlanAction) => {
  const n = action.printedNumber ?? action.id;
  return n.endsWith('.') ? n : `${n}.`;
};

/** The text that follows an indicator's label, up to the next action number. */
function afterLabel(label: string): string {
  const at = section.indexOf(norm(label));
  expect(at, `label "${label}" not in the seed`).toBeGreaterThanOrEqual(0);
  const rest = section.slice(at + norm(label).length);
  ACTION_NUMBER.lastIndex = 0;
  const next = ACTION_NUMBER.exec(rest);
  return norm(next ? rest.slice(0, next.index) : rest);
}

function targetsOf(indicator: Indicator): Record<string, unknown> {
  return indicator.kind === 'milestone' ? {} : { ...indicator.targets };
}

describe('seed 001 action plan: encoding vs the seed text', () => {
  it('is a valid strategy', () => {
    expect(() => parseStrategy(seed001Plan)).not.toThrow();
    expect(seed001Plan.period).toEqual({ from: 2016, to: 2020 });
  });

  it('has every goal, with its title as printed', () => {
    const printedGoals = [...section.matchAll(/(?<![\d.])(\d)\. (?:Goal- )?(.+?) (?=\d\.\d\. )/g)]
      .map((m) => m[1])
      .filter((n, i, list) => list.indexOf(n) === i);
    expect(seed001Plan.goals.map((g) => g.id)).toEqual(printedGoals);
    for (const goal of seed001Plan.goals) {
      const prefix = goal.id === '1' ? '1. ' : `${goal.id}. Goal- `;
      expect(section).toContain(norm(`${prefix}${goal.title}`));
    }
  });

  it('has every objective, with its title as printed', () => {
    const printedObjectives = [
      ...new Set([...section.matchAll(/(\d\.\d)\. Objective- /g)].map((m) => m[1])),
    ];
    const encoded = seed001Plan.goals.flatMap((g) => (g.objectives ?? []).map((o) => o));
    // Objective 1.1 has no "Objective-" heading in the seed: its action is numbered "1.1.".
    expect(encoded.filter((o) => o.title !== undefined).map((o) => o.id)).toEqual(
      printedObjectives,
    );
    expect(encoded.find((o) => o.id === '1.1')?.title).toBeUndefined();
    for (const objective of encoded) {
      if (objective.title) {
        expect(section).toContain(norm(`${objective.id}. Objective- ${objective.title}`));
      }
    }
  });

  it('has every action, in the printed order, with its printed number and title', () => {
    // Action numbers in order of appearance; page breaks repeat the row above (consecutive duplicates).
    const numbers = [
      '1.1.',
      ...[...section.matchAll(ACTION_NUMBER)].map((m) => m[1] as string),
    ].filter((n, i, list) => n !== list[i - 1]);
    expect(section).toContain('1.1. to continue the co-operation agreement');
    expect(actions.map(printed)).toEqual(numbers);
    for (const action of actions) {
      expect(section).toContain(norm(`${printed(action)} ${action.title}`));
    }
    expect(actions).toHaveLength(18);
  });

  it('has one indicator per action, labelled as printed', () => {
    expect(indicators.map((i) => i.indicator.id)).toEqual(actions.map((a) => a.id));
    for (const { indicator } of indicators) {
      expect(section).toContain(norm(indicator.label));
    }
  });

  it('has every yearly count row of the seed, in order', () => {
    const rows = [...section.matchAll(/(?<![\d.])(\d+) (\d+) (\d+) (\d+) (\d+)(?![\d.])/g)]
      .map((m) => m.slice(1, 6).join(' '))
      .filter((row) => row !== YEAR_HEADER);
    const encodedRows = indicators
      .filter(({ indicator }) => indicator.kind === 'numeric' && !indicator.milestones)
      .map(({ indicator }) => Object.values(targetsOf(indicator)).join(' '));
    expect(encodedRows).toEqual(rows);
    expect(rows).toHaveLength(10);
  });

  it('matches each indicator to the target printed after its label', () => {
    for (const { indicator } of indicators) {
      const text = afterLabel(indicator.label);
      const years = Object.keys(targetsOf(indicator));
      switch (indicator.kind) {
        case 'numeric': {
          if (indicator.milestones) {
            // 3.1.1: four counts, then the milestone wrapped over several lines.
            const m = /^(\d+) (\d+) (\d+) (\d+) (.+)$/.exec(text);
            expect(m).not.toBeNull();
            expect(Object.values(indicator.targets)).toEqual(m?.slice(1, 5).map(Number));
            expect(years).toEqual(['2016', '2017', '2018', '2019']);
            expect(Object.keys(indicator.milestones)).toEqual(['2020']);
            expect(indicator.milestones['2020']?.replace(/ /g, '')).toBe(m?.[5]?.replace(/ /g, ''));
          } else {
            expect(text.startsWith(Object.values(indicator.targets).join(' '))).toBe(true);
          }
          break;
        }
        case 'percentage': {
          const printedShares = [...text.matchAll(/Not less than (\d+)%/g)].map((m) => `${m[1]}%`);
          expect(Object.values(indicator.targets)).toEqual(printedShares);
          expect(indicator.direction).toBe('at-least');
          break;
        }
        case 'frequency':
          expect(text).toBe('Once a year');
          expect(Object.values(indicator.targets)).toEqual([1, 1, 1, 1, 1]);
          break;
        case 'limit': {
          const m = /^No more than (\d+) discrepancy$/.exec(text);
          expect(Object.values(indicator.targets)).toEqual(Array(5).fill(Number(m?.[1])));
          break;
        }
        case 'per-unit': {
          const m = /^Not less than (\d+) participant\b/.exec(text);
          expect(Object.values(indicator.targets)).toEqual(Array(5).fill(Number(m?.[1])));
          expect(indicator.direction).toBe('at-least');
          expect(indicator.label).toContain(`for each ${indicator.per}`);
          break;
        }
        case 'event-driven': {
          const m = /^(After|During) each (.+?)(?: and (annual event) .*)?$/.exec(text);
          expect(m).not.toBeNull();
          if (m?.[1] === 'After') expect(indicator.event).toBe(m[2]);
          expect(indicator.extraPerYear ?? 0).toBe(m?.[3] === 'annual event' ? 1 : 0);
          expect(Object.values(indicator.targets)).toEqual([1, 1, 1, 1, 1]);
          break;
        }
        default:
          throw new Error(`unexpected kind ${indicator.kind}`);
      }
      if (!indicator.milestones) expect(years).toEqual(['2016', '2017', '2018', '2019', '2020']);
    }
  });

  it('covers every kind of target the seed uses', () => {
    const kinds = new Set(indicators.map(({ indicator }) => indicator.kind));
    expect([...kinds].sort()).toEqual([
      'event-driven',
      'frequency',
      'limit',
      'numeric',
      'per-unit',
      'percentage',
    ]);
    expect(indicators.some(({ indicator }) => indicator.milestones !== undefined)).toBe(true);
  });
});
