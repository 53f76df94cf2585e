/**
 * The figure status `derived` (issue 14, after corrections §2): a value computed from published
 * figures, with its computation recorded in `derivation`; not confirmed, so every result using it
 * is provisional.
 */
import { describe, expect, it } from 'vitest';
import { isProvisional } from '../../src/_lib/provenance.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import { listFigures } from '../../src/rules/listFigures.js';
import { RulePackSchema } from '../../src/rules/RulePackSchema.js';
import { renderRulesMarkdown } from '../../src/rules/renderRulesMarkdown.js';
import { rules2023 } from '../../src/rules/rules2023.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { rules2025 } from '../../src/rules/rules2025.js';

type Tree = { [key: string]: unknown };

/** The issues of parsing a copy of the 2024 pack with one figure of `ka131` replaced. */
function issuesWith(key: string, figure: unknown): string[] {
  const pack = structuredClone(rules2024) as unknown as { ka131: Tree };
  pack.ka131[key] = figure;
  const result = RulePackSchema.safeParse(pack);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const derived = rules2024.ka131.staffDailyNonAssociated;

describe('status derived: the schema (corrections §2)', () => {
  it('accepts a derived figure with its derivation', () => {
    expect(derived.status).toBe('derived');
    expect(issuesWith('staffDailyNonAssociated', derived)).toEqual([]);
  });

  it('rejects a derived figure without its derivation, or with an empty one', () => {
    const { derivation: _derivation, ...bare } = derived;
    expect(issuesWith('staffDailyNonAssociated', bare)).toEqual([
      'ka131.staffDailyNonAssociated.derivation: derivation is required for derived figures, and allowed only on them (or on a derived value carried forward)',
    ]);
    expect(
      issuesWith('staffDailyNonAssociated', { ...derived, derivation: '' }).join('\n'),
    ).toContain('ka131.staffDailyNonAssociated.derivation');
  });

  it('rejects a derivation on a figure that is neither derived nor carried forward', () => {
    const confirmed = { ...rules2024.ka131.traineeshipTopUpMonthly, derivation: '150 = 750 − 600' };
    expect(issuesWith('traineeshipTopUpMonthly', confirmed).join('\n')).toContain(
      'ka131.traineeshipTopUpMonthly.derivation',
    );
    // Carried into 2025, the derived value keeps its derivation and the pack still parses.
    expect(rules2025.ka131.staffDailyNonAssociated.status).toBe('carried-forward');
    expect(rules2025.ka131.staffDailyNonAssociated.derivation).toBe(derived.derivation);
    expect(RulePackSchema.safeParse(rules2025).success).toBe(true);
  });

  it('is not confirmed: provisional like every status but confirmed', () => {
    expect(isProvisional('derived')).toBe(true);
    expect(isProvisional('confirmed')).toBe(false);
  });
});

describe('status derived: listFigures and the snapshot', () => {
  it('listFigures shows the derived figures of call 2024, and none before', () => {
    const paths = (pack: typeof rules2024) =>
      listFigures(pack)
        .filter((e) => e.figure.status === 'derived')
        .map((e) => e.path);
    expect(paths(rules2024)).toEqual([
      'ka131.staffDailyNonAssociated',
      'ka171.staffDailyIncoming.2',
    ]);
    expect(paths(rules2023)).toEqual([]);
  });

  it('the snapshot counts derived figures and prints the derivation', () => {
    const markdown = renderRulesMarkdown(rules2024);
    expect(markdown).toContain('| derived | 2 |');
    expect(markdown).toMatch(
      /\| staffDailyNonAssociated \| 190\.00 \| derived \| .* \| Derived: KA131 staff going to non-associated countries/,
    );
    expect(renderRulesMarkdown(rules2023)).toContain('| derived | 0 |');
  });
});

describe('status derived: a grant using the derived 190 is provisional', () => {
  const toUS = {
    action: 'KA131-HED',
    activity: 'staff-teaching',
    sendingCountry: 'DE',
    receivingCountry: 'US',
    startDate: '2024-04-08',
    endDate: '2024-04-17',
    travel: { distanceKm: 6500 },
  } as const;

  it('call 2024: 10 days × 190, and a provisional-figure warning naming the derived figure', () => {
    const result = calculateGrant({ ...toUS, callYear: 2024 });
    const support = result.lines.find((line) => line.kind === 'individual-support');
    expect(support?.amount).toBe('1900.00');
    expect(support?.figures).toContainEqual(
      expect.objectContaining({ path: 'ka131.staffDailyNonAssociated', status: 'derived' }),
    );
    expect(result.rules.provisional).toBe(true);
    const warning = result.warnings.find((w) => w.code === 'provisional-figure');
    expect(warning?.paths).toContain('ka131.staffDailyNonAssociated');
    expect(warning?.message).toContain('ka131.staffDailyNonAssociated (derived)');
  });

  it('call 2023: 10 days × 180, a confirmed figure the warning does not name', () => {
    const result = calculateGrant({
      ...toUS,
      callYear: 2023,
      startDate: '2023-04-10',
      endDate: '2023-04-19',
    });
    const support = result.lines.find((line) => line.kind === 'individual-support');
    expect(support?.amount).toBe('1800.00');
    const warning = result.warnings.find((w) => w.code === 'provisional-figure');
    expect(warning?.paths ?? []).not.toContain('ka131.staffDailyNonAssociated');
  });
});
