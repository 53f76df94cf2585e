/**
 * Finds the code examples of the project: every ```ts block inside a TSDoc comment in src/ and
 * every ```ts block in README.md and docs/*.md. Used by examples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** One example: where it is and its code. */
export interface Example {
  /** `path:line` of the block's opening fence, relative to the repository root. */
  readonly where: string;
  /** The TypeScript source of the block. */
  readonly code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

function blocksIn(file: string, pattern: RegExp, clean: (code: string) => string): Example[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(pattern)].map((match) => ({
    where: `${relative(root, file)}:${lineOf(text, match.index)}`,
    code: clean(match[1] ?? ''),
  }));
}

/** The ```ts blocks inside TSDoc comments of src/. */
export function sourceExamples(): Example[] {
  return walk(join(root, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((file) =>
      blocksIn(file, /^\s*\* ```ts\n([\s\S]*?)^\s*\* ```/gm, (code) =>
        code.replace(/^\s*\* ?/gm, ''),
      ),
    );
}

/** The ```ts blocks of README.md and docs/*.md (not the generated docs/api or docs/rules). */
export function guideExamples(): Example[] {
  const guides = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(root, 'docs', f));
  return [join(root, 'README.md'), ...guides].flatMap((file) =>
    blocksIn(file, /^```ts\n([\s\S]*?)^```/gm, (code) => code),
  );
}
