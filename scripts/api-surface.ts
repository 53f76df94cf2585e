// Writes docs/api-surface.md (see scripts/apiSurface.ts).
import { writeFileSync } from 'node:fs';
import { renderApiSurface } from './apiSurface.js';

writeFileSync(new URL('../docs/api-surface.md', import.meta.url), renderApiSurface());
console.log('wrote docs/api-surface.md');
