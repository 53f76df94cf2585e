/**
 * Runs the `@example` blocks of src/grants/ and src/distance/distanceBand.ts and the code blocks
 * of docs/grants.md against the source (imports from 'erasmus-kit' are served by src/index.ts),
 * and checks every `expression; // value` line whose comment is a complete literal. Same
 * approach as test/mobility/examples.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as kit from '../../src/index.js';

const root = join(import.meta.dirname, '../..');

function examplesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const blocks: string[] = [];
  if (file.endsWith('.md')) {
    for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) blocks.push(match[1] ?? '');
    return blocks;
  }
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

const sources = [
  ...readdirSync(join(root, 'src/grants'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'src/grants', f)),
  join(root, 'src/distance/distanceBand.ts'),
  join(root, 'docs/grants.md'),
].filter((f) => existsSync(f) && examplesOf(f).length > 0);
let totalChecks = 0;

describe.each(sources.map((f) => [f.slice(root.length + 1), f]))('examples of %s', (_, file) => {
  const blocks = examplesOf(file);
  it.each(blocks.map((block, i) => [i + 1, block] as const))('example %i runs', (_n, block) => {
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
  expect(totalChecks).toBeGreaterThan(20);
});
