/**
 * Issue 18, "Acceptance": speed and size figures live in docs/performance.md alone, where the
 * machine and the method are given beside them. Another guide quoting one (a number followed by
 * ms, µs, /s, per second, kB or MB) goes stale when the figures are measured again; it links to
 * docs/performance.md instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './extractExamples.js';

/**
 * A number (digits with `,` `.` or spaces between them) followed by a unit of time or size, or
 * by a rate, with at most one word between (`50,000 mobilities per second`, `12,000 rows/s`).
 */
const FIGURE = /\d(?:[\d,.]|\s(?=\d))*\s?(?:ms|µs|kB|MB|(?:[A-Za-z-]+\s?)?(?:\/s|per second))\b/g;

/** The figures a text quotes, with their line numbers. */
function figuresIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(FIGURE)].map((m) => `line ${i + 1}: ${m[0]}`));
}

/** The guides: README.md and docs/*.md, but for docs/performance.md. */
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md') && file !== 'performance.md')
    .map((file) => `docs/${file}`),
];

describe('speed and size figures only in docs/performance.md (issue 18, acceptance)', () => {
  it.each(guides)('%s quotes none', (guide) => {
    expect(figuresIn(readFileSync(join(root, guide), 'utf8'))).toEqual([]);
  });

  it('the pattern finds the figures docs/performance.md quotes', () => {
    const figures = figuresIn(readFileSync(join(root, 'docs/performance.md'), 'utf8'));
    expect(figures.length).toBeGreaterThan(5);
  });

  it.each([
    ['10,000 records in 535 ms', ['535 ms']],
    ['about 50,000 per second', ['50,000 per second']],
    ['it checks 50,000 mobilities per second', ['50,000 mobilities per second']],
    ['12,000 rows/s on one core', ['12,000 rows/s']],
    ['1.2 µs each', ['1.2 µs']],
    ['a bundle of 45.3 kB, or 1 000 kB unminified', ['45.3 kB', '1 000 kB']],
  ])('reads "%s" as quoting %j', (text, expected) => {
    expect(figuresIn(text).map((figure) => figure.replace(/^line \d+: /, ''))).toEqual(expected);
  });

  it.each([
    '4s and 5s of a Likert scale',
    'Part B of the Programme Guide, 2 months and 15 days',
    'call 2024, €550.00 per month',
  ])('reads "%s" as quoting no figure', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});
