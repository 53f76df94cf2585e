/**
 * Executable docs: every ```ts example in TSDoc (src/), README.md and docs/*.md is
 * 1. type-checked as a module in which `import ... from 'erasmus-kit'` means src/index.ts (and
 *    `'erasmus-kit/<area>'` the entry point src/entries/<area>.ts), and
 * 2. run against src/index.ts, with every stated value checked:
 *    `expression; // literal` on one line, `expression;` followed by a `// literal` line, and
 *    `if (condition) console.log(expression); // literal`. Comments that are not a complete
 *    JavaScript literal (prose, `...`) are not checked.
 * A block whose first line is `// not run` is only type-checked (for code that needs a host).
 */
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as errors from '../../src/entries/errors.js';
import * as grants from '../../src/entries/grants.js';
import * as indicators from '../../src/entries/indicators.js';
import * as mobility from '../../src/entries/mobility.js';
import * as reconcile from '../../src/entries/reconcile.js';
import * as report from '../../src/entries/report.js';
import * as rules from '../../src/entries/rules.js';
import * as satisfaction from '../../src/entries/satisfaction.js';
import * as schemas from '../../src/entries/schemas.js';
import * as kit from '../../src/index.js';
import { type Example, guideExamples, root, sourceExamples } from './extractExamples.js';

/** What an example's `import … from '<id>'` gives: the package and each entry point. */
const modules: Readonly<Record<string, object>> = {
  'erasmus-kit': kit,
  'erasmus-kit/errors': errors,
  'erasmus-kit/grants': grants,
  'erasmus-kit/indicators': indicators,
  'erasmus-kit/mobility': mobility,
  'erasmus-kit/reconcile': reconcile,
  'erasmus-kit/report': report,
  'erasmus-kit/rules': rules,
  'erasmus-kit/satisfaction': satisfaction,
  'erasmus-kit/schemas': schemas,
};

const examples: Example[] = [...sourceExamples(), ...guideExamples()];

/** The literal a comment states, or `undefined` when it is not a complete literal. */
function literalOf(comment: string): { value: unknown } | undefined {
  if (/\.\.\.|…|\b(throws?|e\.g\.)\b/.test(comment)) return undefined;
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
    // A statement starts a line (not `.x` or `?? y` continuing the line above).
    const inline = /^(\s*)([^/\s.?:&|+\-*].*?);\s*\/\/ (.+)$/.exec(line);
    const next = /^\s*\/\/ (.+)$/.exec(lines[i + 1] ?? '');
    const alone = /^(\s*)([^/\s.?:&|+\-*].*?);\s*$/.exec(line);
    const [indent, statement, comment] =
      inline !== null
        ? [inline[1], inline[2], inline[3]]
        : alone !== null && next !== null
          ? [alone[1], alone[2], next[1]]
          : [undefined, undefined, undefined];
    if (
      statement === undefined ||
      comment === undefined ||
      /^(import|export|const|let|var|type|interface|if|for|while|return|throw|\}|\))\b/.test(
        statement,
      ) ||
      literalOf(comment) === undefined
    ) {
      out.push(line);
      continue;
    }
    checks += 1;
    // `console.log(x); // value` states the value of x.
    const value = /^console\.log\((.*)\)$/.exec(statement)?.[1] ?? statement;
    out.push(`${indent}__check(${value}, (${comment}), ${JSON.stringify(line)});`);
    if (inline === null) i += 1; // the comment line is consumed
  }
  return { code: out.join('\n'), checks };
}

/** Type-checks all examples in one program; returns the diagnostics per example. */
function typeCheck(all: readonly Example[]): Map<number, string[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    paths: {
      'erasmus-kit': [`${root}src/index.ts`],
      'erasmus-kit/*': [`${root}src/entries/*.ts`],
    },
  };
  const name = (i: number) => `${root}test/docs/__example_${i}__.ts`;
  const sources = new Map(all.map((e, i) => [name(i), `${e.code}\nexport {};\n`]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => sources.has(f) || fileExists.call(host, f);
  host.readFile = (f) => sources.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = sources.get(f);
    return text === undefined
      ? getSourceFile.call(host, f, language, ...rest)
      : ts.createSourceFile(f, text, language);
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  const result = new Map<number, string[]>();
  all.forEach((_, i) => {
    const file = program.getSourceFile(name(i));
    const diagnostics = file ? ts.getPreEmitDiagnostics(program, file) : [];
    result.set(
      i,
      diagnostics.map((d) => {
        const line =
          d.file && d.start !== undefined
            ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
            : 0;
        return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  });
  return result;
}

let diagnostics = new Map<number, string[]>();
const diagnosticsOf = (index: number) => diagnostics.get(index) ?? [];

let totalChecks = 0;

describe('documentation examples', () => {
  // One program type-checks every example at once (a few seconds on a busy machine).
  beforeAll(() => {
    diagnostics = typeCheck(examples);
  }, 120_000);

  it('exist in numbers', () => {
    expect(examples.length).toBeGreaterThan(250);
  });

  describe.each(examples.map((e, i) => [e.where, i] as const))('%s', (_where, index) => {
    const example = examples[index] as Example;

    it('type-checks against the public API', () => {
      expect(diagnosticsOf(index)).toEqual([]);
    });

    it.skipIf(example.code.startsWith('// not run'))('runs, and its stated values hold', () => {
      const { code, checks } = instrument(example.code);
      const js = ts.transpileModule(code, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      let seen = 0;
      const check = (actual: unknown, expected: unknown, line: string) => {
        seen += 1;
        expect(actual, `${example.where}: ${line}`).toEqual(expected);
      };
      const requireKit = (id: string) => {
        const module = modules[id];
        if (module === undefined)
          throw new Error(`examples may import only 'erasmus-kit' and its entry points, not ${id}`);
        return module;
      };
      const quiet = { log: () => undefined, error: () => undefined, table: () => undefined };
      new Function('require', '__check', 'console', 'exports', js)(requireKit, check, quiet, {});
      // Every stated value was reached (a check inside a false `if` would be a silent no-op).
      expect(seen).toBe(checks);
      totalChecks += seen;
    });
  });

  it('check stated values (a floor that catches a broken instrumenter)', () => {
    expect(totalChecks).toBeGreaterThanOrEqual(300);
  });
});
