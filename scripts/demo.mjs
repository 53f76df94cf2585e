// Runs examples/demo.ts against the built package, building it first when dist/ is missing or
// older than src/. Only the README's `npm ci` is needed beforehand.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    return Math.max(latest, time);
  }, 0);

const built = 'dist/index.js';
if (!existsSync(built) || statSync(built).mtimeMs < newest('src')) {
  console.log('Building erasmus-kit first (dist/ is missing or out of date)…');
  // The build's own log is long; its errors still show (stderr).
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { stdio: 'inherit' });
