import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Type-checks `source` as if it were a file in `src/`, under the `src/` tsconfig. */
function diagnosticsFor(source: string): string[] {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error('tsconfig.json not found');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const probe = `${root}src/__probe__.ts`;
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (name === probe ? source : readFile(name));
  host.fileExists = (name) => name === probe || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    name === probe ? ts.createSourceFile(name, source, language) : getSourceFile(name, language);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('src/ tsconfig forbids I/O', () => {
  it('accepts pure ES2022 code', () => {
    expect(diagnosticsFor('export const x: number = [1, 2].map((n) => n * 2).length;')).toEqual([]);
  });

  it.each([
    ['console', 'console.log("hi");'],
    ['process', 'export const env = process.env;'],
    ['document', 'export const d = document.title;'],
    ['window', 'export const w = window;'],
    ['setTimeout', 'setTimeout(() => {}, 1);'],
    ['fetch', 'fetch("https://example.org");'],
  ])('rejects %s', (name, code) => {
    const messages = diagnosticsFor(code);
    expect(messages.join('\n')).toContain(`Cannot find name '${name}'`);
  });

  it('rejects importing node:fs', () => {
    const messages = diagnosticsFor('import { readFileSync } from "node:fs"; readFileSync("x");');
    expect(messages.length).toBeGreaterThan(0);
  });

  it('has the strict flags the project promises', () => {
    const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    expect(options).toMatchObject({
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      noPropertyAccessFromIndexSignature: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      types: [],
    });
  });
});
