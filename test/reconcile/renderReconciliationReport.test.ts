/**
 * Issue 17, `renderReconciliationReport`: in the five report locales, the differing records
 * first and every difference explained (or said to be unexplained), then the unreadable
 * records, then the others; Cyrillic units in sr-Cyrl; escaped HTML; bad arguments refused.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { reconcileGrants } from '../../src/reconcile/reconcileGrants.js';
import { REPORT_LOCALES, reportLabels } from '../../src/report/labels/reportLabels.js';
import {
  renderReconciliationReport,
  safeRenderReconciliationReport,
} from '../../src/report/renderReconciliationReport.js';
import { ownValues, staff, student } from './fixtures.js';

const result = reconcileGrants([
  { id: 'MATCH-1', mobility: staff, reported: ownValues(staff) },
  {
    id: 'DAYS-2',
    mobility: student,
    reported: { calculatedDays: 136, individualSupport: '3055.47' },
  },
  { id: 'BAD-3', mobility: { ...staff, endDate: '2024-02-30' }, reported: {} } as never,
  { id: 'ODD-4', mobility: staff, reported: { total: '1234.56' } },
]);

describe('renderReconciliationReport (issue 17)', () => {
  it.each(REPORT_LOCALES)('%s: differing records first, every difference explained', (locale) => {
    const r = reportLabels[locale].reconcile;
    const text = renderReconciliationReport(result, { format: 'markdown', locale });
    expect(text.startsWith(`# ${r.title}\n`)).toBe(true);
    // Each part is found after the one before it.
    let at = 0;
    for (const part of [
      r.largest,
      r.differing,
      'DAYS-2',
      'ODD-4',
      r.invalid,
      'BAD-3',
      r.others,
      'MATCH-1',
    ]) {
      const next = text.indexOf(part, at);
      expect(next, part).toBeGreaterThanOrEqual(at);
      at = next;
    }
    expect(text).toContain(
      `${r.field.calculatedDays}: ${r.reason['day-count']}. The calculated duration as stored (136 days)`,
    );
    expect(text).toContain(`${r.field.individualSupport}: ${r.reason['day-count']}.`);
    expect(text).toContain(`${r.field.total}: ${r.unexplained}`);
    expect(text).toContain('BAD-3 · mobility.endDate: Expected a real calendar date');
    expect(text).toContain(r.englishNote);
  });

  it('counts days with the locale’s words (Cyrillic in sr-Cyrl) and signs the differences', () => {
    const cyrillic = renderReconciliationReport(result, { format: 'markdown', locale: 'sr-Cyrl' });
    expect(cyrillic).toContain('| 136 дана | 134 дана | +2 дана |');
    const english = renderReconciliationReport(result, { format: 'markdown', locale: 'en' });
    expect(english).toContain('| 136 days | 134 days | +2 days |');
    expect(english).toContain('| €3,055.47 | €3,010.53 | +€44.94 |');
    expect(english).toContain('| ODD-4 | Total | -€12.44 |');
  });

  it('writes one escaped HTML page', () => {
    const hostile = reconcileGrants([
      { id: '<b>x</b>', mobility: staff, reported: { total: '1.00' } },
    ]);
    const html = renderReconciliationReport(hostile, { format: 'html', locale: 'lt' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="lt">');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });

  it('refuses what is not a reconciliation result, or bad options', () => {
    expect(() =>
      renderReconciliationReport({} as never, { format: 'markdown', locale: 'en' }),
    ).toThrow(InputError);
    expect(() =>
      renderReconciliationReport(result, { format: 'pdf', locale: 'en' } as never),
    ).toThrow(InputError);
    expect(
      safeRenderReconciliationReport(result, { format: 'markdown', locale: 'de' } as never).success,
    ).toBe(false);
    expect(
      safeRenderReconciliationReport(result, { format: 'markdown', locale: 'hr' }).success,
    ).toBe(true);
  });
});
