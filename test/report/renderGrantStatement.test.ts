import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { calculateGrant } from '../../src/grants/calculateGrant.js';
import type { GrantResult } from '../../src/grants/types.js';
import { fill } from '../../src/report/format.js';
import { REPORT_LOCALES, reportLabels } from '../../src/report/labels/reportLabels.js';
import { renderGrantStatement } from '../../src/report/renderGrantStatement.js';

const sp = (text: string) => text.replace(/\s/g, ' ');

/** Bosnian student to Croatia under KA171 (call 2024): 4 months 14 days at 800 a month, 290 km. */
const ka171 = calculateGrant({
  action: 'KA171-HED',
  activity: 'student-studies',
  format: 'long-term',
  callYear: 2024,
  sendingCountry: 'BA',
  receivingCountry: 'HR',
  startDate: '2025-02-17',
  endDate: '2025-06-30',
  travel: { distanceKm: 290 },
});

describe('renderGrantStatement', () => {
  it('explains each line in Croatian with Intl amounts', () => {
    const md = sp(renderGrantStatement(ka171, { format: 'markdown', locale: 'hr' }));
    // by hand: 30/360 days 17 Feb–30 Jun = 134 days = 4 months + 14 days;
    // 4 × 800 + 14 × 800 / 30 = 3573.33; travel band 100–499 km = 211 (Programme Guide 2024, HE funding rules)
    expect(md).toContain(
      '| Individualna potpora | 4 mjeseca × 800,00 € + 14 dana × 800,00 €/30 | 3.573,33 € |',
    );
    expect(md).toContain(
      '| Putni troškovi | 290 km u jednom smjeru: razred udaljenosti 100–499 km, povratno putovanje | 211,00 € |',
    );
    expect(md).toContain('| **Ukupno** |  | **3.784,33 €** |');
    expect(md).toContain('Financirano trajanje: 134 dana (4 mjeseca i 14 dana).');
    expect(md).toContain('Erasmus+ natječaj 2024 · Ispunjava uvjete');
  });

  it('counts days with Lithuanian plurals and shows travel days', () => {
    const vet = calculateGrant({
      action: 'KA121-VET',
      activity: 'learner-long-term',
      callYear: 2024,
      sendingCountry: 'LT',
      receivingCountry: 'IE',
      startDate: '2025-02-03',
      endDate: '2025-05-30',
      travelDays: 2,
      travel: { distanceKm: 1900 },
    });
    const md = sp(renderGrantStatement(vet, { format: 'markdown', locale: 'lt' }));
    // 117 days + 2 travel days = 119; 14 at the full rate, 105 at 70 %
    expect(md).toContain(
      '14 dienų × 64,00 € + 105 dienos × 44,80 € (70 % nuo 15 dienos) (iš jų kelionei: 2 dienos)',
    );
    expect(md).toContain(
      'Finansuojama trukmė: 119 dienų (3 mėnesiai ir 29 dienos); iš jų kelionei: 2 dienos.',
    );
    expect(md).toContain('Preliminaru');
  });

  it('writes a self-contained HTML page', () => {
    const html = renderGrantStatement(ka171, { format: 'html', locale: 'sr-Cyrl' });
    expect(html).toContain('<html lang="sr-Cyrl">');
    expect(html).toContain('<h1>Обрачун гранта</h1>');
    expect(html).toContain('<tfoot>');
    expect(html).not.toContain('<script');
  });

  it('falls back to the library basis when a line has no calculation and cannot be rebuilt, and shows one-off lines', () => {
    // Lines as stored before `calculation` existed.
    const [support, travel] = ka171.lines.map(({ calculation: _, ...line }) => line);
    const edited: GrantResult = {
      ...ka171,
      lines: [
        {
          ...(support as GrantResult['lines'][number]),
          basis: 'something else',
          amount: '1.00',
          quantity: 3,
        },
        {
          ...(travel as GrantResult['lines'][number]),
          kind: 'course-fees',
          unit: 'one-off',
          basis: 'fee',
          quantity: 1,
          unitAmount: '350.00',
          amount: '350.00',
        },
        {
          ...(travel as GrantResult['lines'][number]),
          kind: 'exceptional-travel',
          unit: 'trip',
          basis: 'x',
          quantity: 2,
          unitAmount: '100.00',
          amount: '200.00',
        },
      ],
      rules: { ...ka171.rules, rates: 'rate-sheet', provisional: false },
      warnings: [],
    };
    const md = sp(renderGrantStatement(edited, { format: 'markdown', locale: 'en' }));
    expect(md).toContain('| Individual support | something else | €1.00 |');
    expect(md).toContain('| Course fees | one-off × €350.00 | €350.00 |');
    expect(md).toContain('| Exceptional travel costs | 2 trips × €100.00 | €200.00 |');
    expect(md).toContain('The National Agency’s rate sheet was used.');
    expect(md).not.toContain('## Warnings');
  });

  it('lists the eligibility errors of an ineligible mobility', () => {
    const tooShort = calculateGrant({
      action: 'KA131-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2024,
      sendingCountry: 'RS',
      receivingCountry: 'SI',
      startDate: '2025-03-01',
      endDate: '2025-04-10',
    });
    const md = renderGrantStatement(tooShort, { format: 'markdown', locale: 'en' });
    expect(md).toContain('Not eligible');
    expect(md).toContain('## Not eligible');
    expect(md).toContain('at least 2 months');
    expect(md).not.toContain('Funded duration');
  });

  // issue 14, results that must not mislead: an incomplete grant says so, in every locale
  it('marks an incomplete grant before its total, in every locale', () => {
    const baToDk = calculateGrant({
      action: 'KA171-HED',
      callYear: 2024,
      activity: 'student-studies',
      format: 'long-term',
      sendingCountry: 'BA',
      receivingCountry: 'DK',
      startDate: '2025-02-03',
      endDate: '2025-06-27',
      travel: { distanceKm: 1500 },
    });
    expect(baToDk.complete).toBe(false);
    for (const locale of REPORT_LOCALES) {
      const t = reportLabels[locale].text;
      const md = sp(renderGrantStatement(baToDk, { format: 'markdown', locale }));
      const heading = md.indexOf(`## ${t.incomplete}`);
      const callYearLine = md.indexOf(fill(t.grantCallYear, { callYear: 2024 }));
      expect(heading, locale).toBeGreaterThan(0);
      expect(heading, locale).toBeLessThan(callYearLine);
      const parts = `${reportLabels[locale].grantLineKind['individual-support']} (${reportLabels[locale].missingReason['figure-missing']})`;
      expect(md, locale).toContain(fill(t.incompleteParts, { parts }));
      expect(md, locale).toContain(`${t.totalIncomplete}:`);
      expect(md, locale).toContain(`| **${t.totalIncomplete}** |`);
      expect(md, locale).not.toContain(`· ${t.total}:`);
      expect(md, locale).not.toContain(`| **${t.total}** |`);
      // The English explanation heads the warnings.
      expect(md, locale).toContain(`- ${baToDk.missing[0]?.message}`);
      const html = renderGrantStatement(baToDk, { format: 'html', locale });
      expect(html, locale).toContain(`<h2>${t.incomplete}</h2>`);
    }
    const en = sp(renderGrantStatement(baToDk, { format: 'markdown', locale: 'en' }));
    expect(en).toContain('## Incomplete: this is not the whole grant');
    expect(en).toContain(
      'The total leaves out: Individual support (no figure was found in the published sources).',
    );
    expect(en).toContain('Total (incomplete): €309.00');
    const hr = sp(renderGrantStatement(baToDk, { format: 'markdown', locale: 'hr' }));
    expect(hr).toContain('## Nepotpuno: ovo nije cijeli iznos potpore');
    expect(hr).toContain('Ukupno (nepotpuno): 309,00 €');
  });

  it('shows no incomplete mark on a complete grant', () => {
    expect(ka171.complete).toBe(true);
    for (const locale of REPORT_LOCALES) {
      const t = reportLabels[locale].text;
      const md = renderGrantStatement(ka171, { format: 'markdown', locale });
      expect(md, locale).not.toContain(t.incomplete);
      expect(md, locale).not.toContain(t.totalIncomplete);
    }
  });

  it('rejects a grant result without completeness, or with a contradictory one', () => {
    const { complete: _complete, ...withoutComplete } = ka171;
    expect(() =>
      renderGrantStatement(withoutComplete as never, { format: 'markdown', locale: 'en' }),
    ).toThrow(InputError);
    const contradictory = { ...ka171, complete: false };
    expect(() => renderGrantStatement(contradictory, { format: 'markdown', locale: 'en' })).toThrow(
      /complete must be false exactly when missing lists a part/,
    );
  });

  it('rejects bad arguments with an InputError', () => {
    expect(() => renderGrantStatement({} as GrantResult, { format: 'html', locale: 'en' })).toThrow(
      InputError,
    );
  });
});
