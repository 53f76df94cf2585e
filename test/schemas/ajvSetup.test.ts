/**
 * Issue 16, "JSON Schemas usable by a plain validator": the ajv set-up that docs/json-schemas.md
 * shows is the one the tests use (guideAjv.ts), it runs as written in Node's ECMAScript modules,
 * and it takes every exported schema under ajv's default strict mode without a warning.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonSchemas } from '../../src/schemas/jsonSchemas.js';
import { root } from '../docs/extractExamples.js';
import { GUIDE_SETUP_LINES, guideAjv } from './guideAjv.js';

const guide = readFileSync(join(root, 'docs/json-schemas.md'), 'utf8');
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
/** The guide's first ajv example. */
const setup = blocks.find((code) => code.includes("from 'ajv/dist/2020.js'")) ?? '';

/** The guide's example as a Node module: `jsonSchemas()` reads the schemas from stdin. */
function asNodeModule(code: string): string {
  const kit = "import { jsonSchemas } from 'erasmus-kit';";
  expect(code).toContain(kit);
  return [
    code.replace(
      kit,
      "import { readFileSync } from 'node:fs';\nconst all = JSON.parse(readFileSync(0, 'utf8'));\nconst jsonSchemas = () => all;",
    ),
    'process.stdout.write("\\n" + JSON.stringify({ valid, errors: validateMobility.errors }));',
  ].join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the ajv set-up of docs/json-schemas.md (issue 16)', () => {
  it('is the set-up of the tests, line for line', () => {
    const lines = setup.split('\n');
    for (const line of GUIDE_SETUP_LINES) expect(lines, line).toContain(line);
  });

  it('runs as written in Node (ESM): a wrong activity is told the activities of its action', () => {
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '--eval', asNodeModule(setup)],
      {
        cwd: root,
        input: JSON.stringify(jsonSchemas()),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { valid, errors } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
      valid: boolean;
      errors: { instancePath: string; keyword: string; params: unknown }[];
    };
    expect(valid).toBe(false);
    expect(
      errors.map(({ instancePath, keyword, params }) => [instancePath, keyword, params]),
    ).toEqual([
      [
        '/activity',
        'enum',
        {
          allowedValues: [
            'student-studies',
            'student-traineeship',
            'staff-teaching',
            'staff-training',
            'invited-staff',
          ],
        },
      ],
      ['', 'if', { failingKeyword: 'then' }],
    ]);
  });

  it('is needed: a default Ajv2020 refuses the schemas’ date format', () => {
    expect(() => new Ajv2020().compile(jsonSchemas().IsoDate)).toThrow(/unknown format "date"/);
  });

  it('compiles every schema in the default strict mode without a warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    for (const allErrors of [true, false]) {
      const ajv = guideAjv({ allErrors });
      for (const [name, schema] of Object.entries(jsonSchemas())) {
        expect(() => ajv.compile(schema), name).not.toThrow();
      }
    }
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
