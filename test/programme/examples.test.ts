/**
 * Runs the `@example` blocks of src/programme/ against the source (imports from 'erasmus-kit'
 * are served by the programme modules) and checks every `expression; // value` line whose comment is a
 * complete literal (comments with `...` or prose are not checked).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as callYear from '../../src/_lib/callYear.js';
import * as errors from '../../src/errors.js';
import * as actionCodes from '../../src/programme/actionCodes.js';
import * as actions from '../../src/programme/actions.js';
import * as countryCodeSchema from '../../src/programme/CountryCodeSchema.js';
import * as countries from '../../src/programme/countries.js';
import * as countryGroups from '../../src/programme/countryGroups.js';
import * as regions from '../../src/programme/regions.js';

/** What the examples import from 'erasmus-kit': this module's exports (not the whole index). */
const kit = {
  ...callYear,
  ...errors,
  ...actionCodes,
  ...actions,
  ...countryCodeSchema,
  ...countries,
  ...countryGroups,
  ...regions,
};

const dir = join(import.meta.dirname, '../../src/programme');

function examplesOf(file: string): string[] {
  const blocks: string[] = [];
  if (file.endsWith('.md')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) blocks.push(match[1] ?? '');
    return blocks;
  }
  const text = readFileSync(join(dir, file), 'utf8');
  for (const match of text.matchAll(/ \* ```ts\n([\s\S]*?) \* ```/g)) {
    blocks.push((match[1] ?? '').replace(/^ \* ?/gm, ''));
  }
  return blocks;
}

/** The literal a comment states, or `undefined` when it is not a complete literal. */
function literalOf(comment: string): { value: unknown } | undefined {
  if (comment.includes('...') || comment.includes('…')) return undefined;
  try {
    return { value: new Function(`return (${comment});`)() };
  } catch {
    return undefined;
  }
}

/** Turns `expr; // value` and `const x: T = expr; // value` lines into checks. */
function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const match = /^(.*?);\s*\/\/ (.+)$/.exec(line);
    if (match === null) return line;
    const [, statement = '', comment = ''] = match;
    const literal = literalOf(comment);
    if (literal === undefined) return line;
    checks += 1;
    const declared = /^(?:const|let) (\w+)(?::[^=]+)? = /.exec(statement);
    const subject = declared === null ? statement : declared[1];
    const head = declared === null ? '' : `${statement};\n`;
    return `${head}__check(${subject}, (${comment}), ${JSON.stringify(line)});`;
  });
  return { code: lines.join('\n'), checks };
}

const guide = join(import.meta.dirname, '../../docs/programme.md');
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.ts') && examplesOf(f).length > 0),
  guide,
];
let totalChecks = 0;

describe.each(files)('examples of %s', (file) => {
  const blocks = examplesOf(file);
  it.each(blocks.map((block, i) => [i + 1, block] as const))('example %i runs', (_, block) => {
    const { code, checks } = instrument(block);
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const seen: string[] = [];
    const check = (actual: unknown, expected: unknown, line: string) => {
      seen.push(line);
      expect(actual, line).toEqual(expected);
    };
    const requireKit = (id: string) => {
      expect(id).toBe('erasmus-kit');
      return kit;
    };
    const log = () => undefined;
    new Function('require', '__check', 'console', 'exports', js)(requireKit, check, { log }, {});
    expect(seen.length).toBe(checks);
    totalChecks += checks;
  });
});

it('checks a good number of stated values', () => {
  expect(totalChecks).toBeGreaterThan(30);
});
