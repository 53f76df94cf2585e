/**
 * Runs the `@example` blocks of src/mobility/ and the code blocks of docs/eligibility.md against
 * the source (imports from 'erasmus-kit' are served by the mobility modules) and checks every
 * `expression; // value` line whose comment is a complete literal (comments with `...` or prose
 * are not checked). Same approach as test/programme/examples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import * as checkEligibility from '../../src/mobility/checkEligibility.js';
import * as computeDuration from '../../src/mobility/computeDuration.js';
import * as issueCodes from '../../src/mobility/issueCodes.js';
import * as schema from '../../src/mobility/MobilityInputSchema.js';

/** What the examples import from 'erasmus-kit': this module's exports (not the whole index). */
const kit = { ...errors, ...checkEligibility, ...computeDuration, ...issueCodes, ...schema };

const dir = join(import.meta.dirname, '../../src/mobility');

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

const guide = join(import.meta.dirname, '../../docs/eligibility.md');
const files = [
  ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && examplesOf(f).length > 0,
  ),
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
  expect(totalChecks).toBeGreaterThan(15);
});
