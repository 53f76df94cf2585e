// Cold import of the built package: 15 fresh Node processes, each timing
// `await import('erasmus-kit')` (ESM) or `require('erasmus-kit')` (CJS) from the inside, so Node's
// own start-up is not counted. Prints the median and the worst. Part of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.js'))
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const runs = 15;
const probes = {
  ESM: `const t = performance.now(); await import('erasmus-kit'); console.log(performance.now() - t);`,
  CJS: `const t = performance.now(); require('erasmus-kit'); console.log(performance.now() - t);`,
};
for (const [format, code] of Object.entries(probes)) {
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(
        process.execPath,
        format === 'ESM' ? ['--input-type=module', '-e', code] : ['-e', code],
        { encoding: 'utf8' },
      ),
    ),
  ).sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)];
  console.log(
    `cold import (${format}): median ${median.toFixed(1)} ms, worst ${times[runs - 1].toFixed(1)} ms over ${runs} fresh processes`,
  );
}
