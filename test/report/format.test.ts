import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeXml, idFrom } from '../../src/report/escape.js';
import { counted, fill, formatMoney, formatShare } from '../../src/report/format.js';
import { reportLabels } from '../../src/report/labels/reportLabels.js';

/** Intl separates with no-break spaces; compare with plain spaces. */
const sp = (text: string) => text.replace(/\s/g, ' ');

describe('report formatting', () => {
  it('formats euros through Intl in each locale', () => {
    expect(sp(formatMoney('hr', '1925.00'))).toBe('1.925,00 €');
    expect(sp(formatMoney('sr-Latn', '1925.00'))).toBe('1.925,00 €');
    expect(formatMoney('en', '1925.00')).toBe('€1,925.00');
    // Lithuanian groups with a space (Intl's narrow no-break space)
    expect(sp(formatMoney('lt', '1925.00'))).toBe('1 925,00 €');
  });

  it('formats amounts exactly, without a float', () => {
    // 2^53 + 1 cents is not a double; the string path keeps every digit
    expect(sp(formatMoney('hr', '90071992547409.93'))).toBe('90.071.992.547.409,93 €');
  });

  it('formats shares as percentages', () => {
    expect(formatShare('en', 0.8348)).toBe('83.5%');
    expect(sp(formatShare('hr', 0.85))).toBe('85 %');
  });

  it('counts with the plural form', () => {
    expect(counted('hr', 3, reportLabels.hr.units.month)).toBe('3 mjeseca');
    expect(counted('lt', 14, reportLabels.lt.units.day)).toBe('14 dienų');
    expect(counted('sr-Cyrl', 21, reportLabels['sr-Cyrl'].units.day)).toBe('21 дан');
  });

  it('fills templates and leaves unknown placeholders', () => {
    expect(fill('{a} of {b} {c}', { a: 1, b: 'two' })).toBe('1 of two {c}');
  });

  it('escapes text for HTML, SVG and Markdown', () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
    expect(escapeMarkdown('a | b *c* <d>\nnext')).toBe('a \\| b \\*c\\* \\<d\\> next');
  });

  it('derives distinct, safe ids from indicator ids', () => {
    expect(idFrom('chart-', '1.1.1')).toBe('chart-1_2e1_2e1');
    expect(idFrom('c-', '1-1')).not.toBe(idFrom('c-', '1.1'));
    expect(idFrom('c-', 'a b"<')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
