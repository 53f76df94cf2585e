// Cold import of the built package (issue 16). For each entry point, fresh Node processes time,
// from the inside (Node's own start-up is not counted), either the library's dependencies alone
// (zod/mini and decimal.js: the baseline) or the dependencies and then the entry point; the
// library's own share is the difference of the two medians, also given as a fraction of the
// dependencies' median (a figure less tied to the machine's pace than the milliseconds). date-fns
// is not in the baseline: the parts of it the library loads count as its own. The two kinds of
// run alternate, so a busy moment of the machine weighs on both. Part of `npm run bench`;
// docs/performance.md reports the figures.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.js'))
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const runs = Number(process.env.RUNS ?? 21);
/** Issue 16's ceilings on the own share, in ms; the other entry points are reported. */
const ceilings = { 'erasmus-kit': 30, 'erasmus-kit/satisfaction': 10 };
const entries = [
  'erasmus-kit',
  'erasmus-kit/errors',
  'erasmus-kit/satisfaction',
  'erasmus-kit/indicators',
  'erasmus-kit/schemas',
  'erasmus-kit/rules',
  'erasmus-kit/mobility',
  'erasmus-kit/grants',
  'erasmus-kit/report',
  'erasmus-kit/reconcile',
];

/** Milliseconds a fresh process spends loading `modules` in order (ESM or CJS). */
function clock(format, modules) {
  const load = modules
    .map((m) => (format === 'esm' ? `await import('${m}');` : `require('${m}');`))
    .join(' ');
  const code = `const t = performance.now(); ${load} console.log(performance.now() - t);`;
  const args = format === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  return Number(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(1).padStart(5);
const deps = ['zod/mini', 'decimal.js'];

console.log(`cold import, medians of ${runs} fresh processes each (ms):`);
for (const [format, entry] of [...entries.map((e) => ['esm', e]), ['cjs', 'erasmus-kit']]) {
  const base = [];
  const withEntry = [];
  for (let i = 0; i < runs; i++) {
    base.push(clock(format, deps));
    withEntry.push(clock(format, [...deps, entry]));
  }
  const own = median(withEntry) - median(base);
  const ceiling = ceilings[entry];
  const verdict =
    format === 'cjs' || ceiling === undefined
      ? ''
      : ` (ceiling ${ceiling}: ${own <= ceiling ? 'met' : 'NOT met'})`;
  console.log(
    `  ${`${entry} (${format.toUpperCase()})`.padEnd(32)} dependencies alone ${ms(median(base))}  with the entry ${ms(median(withEntry))}  own share ${ms(own)} (${(own / median(base)).toFixed(2)} of the dependencies)${verdict}`,
  );
}
