import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiSurface } from '../scripts/apiSurface.js';
import * as kit from '../src/index.js';

describe('the public API surface', () => {
  const rendered = renderApiSurface();

  it('matches docs/api-surface.md (run `npm run api:surface` after a deliberate change)', () => {
    const committed = readFileSync(new URL('../docs/api-surface.md', import.meta.url), 'utf8');
    expect(rendered).toBe(committed);
  });

  it('lists every run-time export of the index', () => {
    for (const name of Object.keys(kit)) expect(rendered).toContain(`| \`${name}\` |`);
  });
}, 60_000);
