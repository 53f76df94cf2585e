/**
 * Runs the `@example` blocks of src/indicators/ and the ```ts blocks of docs/indicators.md
 * against the source (imports from 'erasmus-kit' are served by the indicators modules) and
 * checks every stated value:
 * - `expression; // literal` on one line;
 * - `expression;` followed by a line `// literal` (for long values);
 * - `if (condition) console.log(expression); // literal`.
 * Comments that are not a complete literal (prose, `...`) are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import * as actualSchema from '../../src/indicators/actualSchema.js';
import * as countMobilities from '../../src/indicators/countMobilities.js';
import * as evaluateIndicator from '../../src/indicators/evaluateIndicator.js';
import * as evaluatePlan from '../../src/indicators/evaluatePlan.js';
import * as indicatorSchema from '../../src/indicators/indicatorSchema.js';
import * as strategySchema from '../../src/indicators/strategySchema.js';

/** What the examples import from 'erasmus-kit': this module's exports (not the whole index). */
const kit = {
  ...errors,
  ...actualSchema,
  ...countMobilities,
  ...evaluateIndicator,
  ...evaluatePlan,
  ...indicatorSchema,
  ...strategySchema,
};

const dir = join(import.meta.dirname, '../../src/indicators');
const guide = join(import.meta.dirname, '../../docs/indicators.md');

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

/** Turns the stated-value lines into `__check(actual, expected, line)` calls. */
function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const logged = /^(\s*)if \((.*)\) console\.log\((.*)\);\s*\/\/ (.+)$/.exec(line);
    if (logged !== null && literalOf(logged[4] ?? '') !== undefined) {
      checks += 1;
      out.push(
        `${logged[1]}if (${logged[2]}) __check(${logged[3]}, (${logged[4]}), ${JSON.stringify(line)});`,
      );
      continue;
    }
    const inline = /^(\s*)([^/\s].*?);\s*\/\/ (.+)$/.exec(line);
    const next = /^\s*\/\/ (.+)$/.exec(lines[i + 1] ?? '');
    const alone = /^(\s*)([^/\s].*?);\s*$/.exec(line);
    const [indent, statement, comment] =
      inline !== null
        ? [inline[1], inline[2], inline[3]]
        : alone !== null && next !== null
          ? [alone[1], alone[2], next[1]]
          : [undefined, undefined, undefined];
    if (
      statement === undefined ||
      comment === undefined ||
      /^(import|const|let|if|for|\})\b/.test(statement) ||
      literalOf(comment) === undefined
    ) {
      out.push(line);
      continue;
    }
    checks += 1;
    out.push(`${indent}__check(${statement}, (${comment}), ${JSON.stringify(line)});`);
    if (inline === null) i += 1; // the comment line is consumed
  }
  return { code: out.join('\n'), checks };
}

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
  expect(totalChecks).toBeGreaterThanOrEqual(30);
});
