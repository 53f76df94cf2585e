/** Seeds 000 and 002 as qualitative plans: valid, quoted from the seed texts, evaluable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seed000Strategy } from '../../examples/data/seed000-strategy.js';
import { seed002Strategy } from '../../examples/data/seed002-strategy.js';
import { evaluatePlan } from '../../src/indicators/evaluatePlan.js';
import { parseStrategy } from '../../src/indicators/strategySchema.js';

const text = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('qualitative seed strategies', () => {
  it('seed 002: the six strategic goals, in order, as printed', () => {
    const seed = readFileSync(new URL('../fixtures/seed002.txt', import.meta.url), 'utf8');
    const bullets = [...seed.matchAll(/•\s*(.+?)\s*$/gm)].map((m) => m[1]);
    expect(parseStrategy(seed002Strategy).goals.map((g) => g.title)).toEqual(bullets);
    expect(text('seed002.txt')).toContain(seed002Strategy.mission);
  });

  it('seed 000: goals, vision, values and phases quoted from the seed', () => {
    const seed = text('seed000.txt');
    const strategy = parseStrategy(seed000Strategy);
    for (const goal of strategy.goals) expect(seed).toContain(goal.title);
    expect(seed).toContain(strategy.vision);
    for (const value of strategy.values ?? []) expect(seed).toContain(value);
    for (const phase of strategy.phases ?? []) {
      expect(seed).toContain(phase.title);
      expect(seed).toContain(phase.description);
    }
    expect(strategy.phases?.[0]?.durationYears).toBe(2);
    expect(seed).toContain('(две године)');
  });

  it('evaluates a plan without indicators to empty roll-ups', () => {
    const r = evaluatePlan(seed002Strategy, [], { asOf: '2024-01-01' });
    expect(r.goals).toHaveLength(6);
    expect(r.goals.every((g) => g.indicators === 0 && g.status === null)).toBe(true);
  });
});
