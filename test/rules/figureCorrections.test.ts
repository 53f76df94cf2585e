/**
 * The figures changed by issue 14 ("Figures"): the table of corrections §2 (calls 2023–2025) and
 * the status changes of rates update §6 (call 2025). Each figure is asserted with its value, its
 * status and at least one of its sources.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/_lib/provenance.js';
import { listFigures } from '../../src/rules/listFigures.js';
import { renderRulesMarkdown } from '../../src/rules/renderRulesMarkdown.js';
import { rules2021 } from '../../src/rules/rules2021.js';
import { rules2022 } from '../../src/rules/rules2022.js';
import { rules2023 } from '../../src/rules/rules2023.js';
import { rules2024 } from '../../src/rules/rules2024.js';
import { rules2025 } from '../../src/rules/rules2025.js';
import { rules2026 } from '../../src/rules/rules2026.js';
import * as S from '../../src/rules/sources.js';

/** Value, status and (some of) the sources of a figure. */
function expectFigure(
  figure: Figure<unknown> | undefined,
  value: unknown,
  status: Figure<unknown>['status'],
  sources: readonly string[],
): void {
  expect(figure?.value).toEqual(value);
  expect(figure?.status).toBe(status);
  for (const source of sources) expect(figure?.sources).toContain(source);
}

describe('corrections §2: call 2024', () => {
  const { ka131, ka171 } = rules2024;

  it('short-term student rates 79 / 56 are confirmed (two more German HEIs)', () => {
    const sources = [S.UNI_KOBLENZ, S.TU_FREIBERG, S.OSMANIYE, S.CRI_UTCB];
    expectFigure(ka131.shortTermDaily.days1to14, '79.00', 'confirmed', sources);
    expectFigure(ka131.shortTermDaily.days15to30, '56.00', 'confirmed', sources);
    expect(ka131.shortTermDaily.days1to14.alternative).toBeUndefined();
    expect(ka131.shortTermDaily.days1to14.note).toContain('2021–2022');
  });

  it('KA171 outgoing staff 190 is confirmed (second NA-system source)', () => {
    expectFigure(ka171.staffDailyOutgoing, '190.00', 'confirmed', [S.YILDIZ, S.ZUT_KA171]);
    // The stale call-2024 notice computing with 180 is recorded, without changing the status.
    expect(ka171.staffDailyOutgoing.note).toContain(S.SUBU_KA171);
  });

  it('KA131 staff to non-associated countries: 190, derived from the KA171 outgoing rate', () => {
    const figure = ka131.staffDailyNonAssociated;
    expectFigure(figure, '190.00', 'derived', [S.ZUT_KA171, S.ITU_KA131, S.ITU_KA171]);
    expect(figure.derivation).toMatch(/KA171 outgoing staff rate.*190/);
    expect(figure.carriedFrom).toBeUndefined();
    // Not derived before 2024: 180, confirmed, in 2021–2023.
    expectFigure(rules2023.ka131.staffDailyNonAssociated, '180.00', 'confirmed', [S.ITU_KA131]);
  });

  it('KA171 incoming staff, group 2: 170, derived from the +5.9 % of call 2024', () => {
    const figure = ka171.staffDailyIncoming[2];
    expectFigure(figure, '170.00', 'derived', [S.EHU_KA107, S.USIENA]);
    expect(figure?.derivation).toContain('160 × 1.059');
    expect(ka171.staffDailyIncoming[1]).toBeUndefined();
    expectFigure(ka171.staffDailyIncoming[3], '148.00', 'single-source', [S.YILDIZ]);
  });

  it('KA171 incoming students, group 2: stays 850, carried, with the 2014–2020 origin noted', () => {
    const figure = ka171.studentMonthlyIncoming[2];
    expectFigure(figure, '850.00', 'carried-forward', [S.EHU_KA107, S.USIENA]);
    expect(figure?.carriedFrom).toBe(2023);
    expect(figure?.note).toContain('2014–2020');
  });

  it('KA171 outgoing students 700 is confirmed (the 750 page uses the pre-2024 bands)', () => {
    expectFigure(ka171.studentMonthlyOutgoing, '700.00', 'confirmed', [S.YILDIZ, S.UACG]);
    expect(ka171.studentMonthlyOutgoing.alternative).toBeUndefined();
    expect(ka171.studentMonthlyOutgoing.note).toContain(S.KATOWICE);
  });

  it('KA131 student monthly minima 350 / 300 / 250, conflicting with 225; maxima unknown', () => {
    const minima = { 1: '350.00', 2: '300.00', 3: '250.00' } as const;
    for (const group of [1, 2, 3] as const) {
      const figure = ka131.studentMonthly[group];
      expectFigure(
        figure,
        { min: minima[group], max: '674.00', reference: '674.00' },
        'conflicting',
        [S.ELDIARIO, S.LARAZON, S.UMANRESA, S.MFJA],
      );
      expect(figure.alternative).toContain('225.00');
      // Both sides of when the minima rose (call 2023 or 2024) are recorded.
      expect(figure.note).toContain('call 2024');
      expect(figure.note).toContain('2023-1-ES01');
      expect(figure.note).toContain('maxima not found');
    }
  });

  it('KA131 staff daily maxima: the Turkish HEI at 90 % added as a source of groups 1 and 2', () => {
    expectFigure(ka131.staffDaily[1], { max: '190.00', reference: '190.00' }, 'single-source', [
      S.KILIS,
      S.OPOLE,
    ]);
    expectFigure(ka131.staffDaily[2], { max: '170.00', reference: '170.00' }, 'single-source', [
      S.KILIS,
    ]);
    expect(ka131.staffDaily[3].sources).not.toContain(S.KILIS);
  });

  it('green travel days of KA131 students: 6 confirmed, the Austrian "2 extra" kept as a note', () => {
    for (const activity of ['student-studies', 'student-traineeship'] as const) {
      const days = rules2024.travelDays['KA131-HED'][activity];
      for (const rule of [days?.standard, days?.shortTerm]) {
        expectFigure(rule?.green, 6, 'confirmed', [S.EC_TRAVEL_DAYS_DIFF, S.PADERBORN_TRAVEL]);
        expect(rule?.green.note).toContain(S.FH_JOANNEUM);
      }
    }
  });

  it('KA171 travel bands: the ZUT KA171_2024 page added, still confirmed', () => {
    for (const band of rules2024.travelBands['KA171-HED']) {
      expect(band.standard.status).toBe('confirmed');
      expect(band.standard.sources).toContain(S.ZUT_KA171);
      expect(band.green?.sources).toContain(S.ZUT_KA171);
    }
  });

  it('organisational support and BIP: the EC wiki page on KA131 OS unit costs is a source', () => {
    expectFigure(ka131.organisationalSupport.perParticipant, '400.00', 'confirmed', [S.OS_WIKI]);
    expectFigure(ka131.organisationalSupport.beyondThreshold, '230.00', 'confirmed', [S.OS_WIKI]);
    expectFigure(rules2024.bip.organisationalSupportPerParticipant, '400.00', 'confirmed', [
      S.OS_WIKI,
    ]);
    expect(S.OS_WIKI).toContain('177047649/KA131+Organisational+support+unit+costs');
  });
});

describe('corrections §2: call 2023', () => {
  it('short-term student rates 79 / 56 are confirmed (Polish and Austrian HEIs)', () => {
    const { days1to14, days15to30 } = rules2023.ka131.shortTermDaily;
    expectFigure(days1to14, '79.00', 'confirmed', [S.AMH, S.BOKU_SHORT_TERM]);
    expectFigure(days15to30, '56.00', 'confirmed', [S.AMH, S.BOKU_SHORT_TERM]);
    // Call 2022 still pays 70.
    expect(rules2022.ka131.shortTermDaily.days1to14.value).toBe('70.00');
  });

  it('student monthly range stays single-source 225–674, with the per-group minima as alternative', () => {
    for (const group of [1, 2, 3] as const) {
      const figure = rules2023.ka131.studentMonthly[group];
      expectFigure(figure, { min: '225.00', max: '674.00', reference: '674.00' }, 'single-source', [
        S.MFJA,
      ]);
      expect(figure.alternative).toContain('350/300/250');
      expect(figure.alternative).toContain(S.LAWINSIDER);
      expect(figure.alternative).toContain(S.INFOBAE);
    }
  });
});

describe('corrections §2: VET/SCH/ADU organisational support for courses, call 2025', () => {
  it('100 per participant is conflicting with 400', () => {
    for (const sector of ['VET', 'SCH', 'ADU'] as const) {
      const figure = rules2025.vetSchAdu.organisationalSupport[sector]['staff-course'];
      expectFigure(figure?.perParticipant, '100.00', 'conflicting', [S.TENERIFE]);
      expect(figure?.perParticipant.alternative).toContain('400.00');
      expect(figure?.perParticipant.note).toContain(S.KA121_OS_2025_WIKI);
    }
    // 2024 keeps it carried (the conflict is recorded for 2025 only).
    const os2024 = rules2024.vetSchAdu.organisationalSupport.VET['staff-course'];
    expect(os2024?.perParticipant.status).toBe('carried-forward');
  });
});

describe('rates update §6: call 2025', () => {
  it('KA131 travel bands, standard and green, all 7 bands: confirmed', () => {
    const bands = rules2025.travelBands['KA131-HED'];
    expect(bands).toHaveLength(7);
    for (const [i, band] of bands.entries()) {
      const before = rules2024.travelBands['KA131-HED'][i];
      const sources = [S.UNION_RS_2025, S.LUEBECK_TRAINEESHIP, S.TUEBINGEN_CIVIS_BIP];
      expectFigure(band.standard, before?.standard.value, 'confirmed', sources);
      expectFigure(band.green, before?.green?.value, 'confirmed', sources);
    }
    expect(bands.map((b) => b.standard.value)).toEqual([
      '28.00',
      '211.00',
      '309.00',
      '395.00',
      '580.00',
      '1188.00',
      '1735.00',
    ]);
  });

  it('short-term student rate 79 confirmed, 56 single-source', () => {
    const { days1to14, days15to30 } = rules2025.ka131.shortTermDaily;
    expectFigure(days1to14, '79.00', 'confirmed', [S.TUEBINGEN_CIVIS_BIP, S.UNIFE_BIP, S.BTU]);
    expectFigure(days15to30, '56.00', 'single-source', [S.BTU]);
  });

  it('fewer-opportunities top-ups: 250 a month and 100 for 5–14 days single-source, 150 carried', () => {
    const { ka131 } = rules2025;
    expectFigure(ka131.fewerOpportunitiesTopUpMonthly, '250.00', 'single-source', [S.BTU]);
    expect(ka131.fewerOpportunitiesTopUpMonthly.note).toContain(S.MDW);
    expectFigure(ka131.shortTermFewerOpportunitiesTopUp.days5to14, '100.00', 'single-source', [
      S.UNIFE_BIP,
    ]);
    expect(ka131.shortTermFewerOpportunitiesTopUp.days15to30).toMatchObject({
      value: '150.00',
      status: 'carried-forward',
      carriedFrom: 2024,
    });
  });

  it('green travel days of KA131 students: 6, single-source; standard days carried', () => {
    for (const activity of ['student-studies', 'student-traineeship'] as const) {
      const days = rules2025.travelDays['KA131-HED'][activity];
      for (const rule of [days?.standard, days?.shortTerm]) {
        expectFigure(rule?.green, 6, 'single-source', [S.TUEBINGEN_CIVIS_BIP]);
        expect(rule?.standard).toMatchObject({ value: 2, status: 'carried-forward' });
      }
    }
    // Staff green days have no 2025 source.
    const staff = rules2025.travelDays['KA131-HED']['staff-training']?.standard;
    expect(staff?.green.status).toBe('carried-forward');
  });

  it('the rest stays carried-forward; exactly these figures have a 2025 source among HE ones', () => {
    const sourced = listFigures(rules2025)
      .filter((e) => e.figure.status !== 'carried-forward')
      .map((e) => e.path)
      .filter((path) => !path.startsWith('vetSchAdu.') && !/^travel\w+\.KA12/.test(path));
    expect(sourced).toEqual([
      'travelDays.KA131-HED.student-studies.standard.green',
      'travelDays.KA131-HED.student-studies.shortTerm.green',
      'travelDays.KA131-HED.student-traineeship.standard.green',
      'travelDays.KA131-HED.student-traineeship.shortTerm.green',
      'ka131.fewerOpportunitiesTopUpMonthly',
      'ka131.shortTermDaily.days1to14',
      'ka131.shortTermDaily.days15to30',
      'ka131.shortTermFewerOpportunitiesTopUp.days5to14',
      ...rules2025.travelBands['KA131-HED'].flatMap((_, i) => [
        `travelBands.KA131-HED.${i}.standard`,
        `travelBands.KA131-HED.${i}.green`,
      ]),
    ]);
  });

  it('the Commission answer E-002083/2025 is a pack note, never a source of a figure', () => {
    for (const pack of [rules2025, rules2026]) {
      expect(pack.note).toContain('E-002083/2025');
      expect(pack.note).toContain(S.EC_ANSWER_E002083);
      for (const { path, figure } of listFigures(pack)) {
        expect(figure.sources, path).not.toContain(S.EC_ANSWER_E002083);
      }
    }
    expect(rules2024.note).toBeUndefined();
    expect(renderRulesMarkdown(rules2025)).toContain('**Note on the whole pack:** The Commission');
  });

  it('every 2026 figure stays carried-forward', () => {
    expect(listFigures(rules2026).filter((e) => e.figure.status !== 'carried-forward')).toEqual([]);
  });
});

describe('citations a reader can open (issue 14)', () => {
  const RESEARCH_NOTES =
    /he-mobility-rules|rates-2025-2026|vet-sch-adu-rates|programme-catalogue|practice-notes|corrections-2026|na-rate-sheets|bm-export-fields|domain notes|DESIGN/;

  it.each([rules2021, rules2022, rules2023, rules2024, rules2025, rules2026])(
    'the snapshot of call $callYear names no research note and no host with a trailing dot',
    (pack) => {
      const markdown = renderRulesMarkdown(pack);
      expect(markdown).not.toMatch(RESEARCH_NOTES);
      expect(markdown).not.toMatch(/https?:\/\/[^/\s>]+\.\//);
    },
  );

  it('the check can fail: a note naming a research note is found', () => {
    const named = 'see he-mobility-rules.md §2';
    expect(named).toMatch(RESEARCH_NOTES);
    expect('https://erasmus-plus.ec.europa.eu./programme-guide').toMatch(/https?:\/\/[^/\s>]+\.\//);
  });
});
