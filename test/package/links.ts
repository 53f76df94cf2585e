/**
 * The dead relative links of a Markdown page inside a package directory: links and pictures
 * (`[text](target)`, `![alt](target)`, `src="target"`) whose file does not exist, or whose
 * `#anchor` names no heading of the Markdown file it points to. Web links are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** GitHub's (and npm's) heading anchor: lower case, punctuation dropped, spaces as hyphens. */
export const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings, code blocks left out. */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

/** The targets linked from a Markdown text, code blocks left out. */
export function linkTargets(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
}

/** The dead links of `page` (a path inside `dir`), each as `page → target`. */
export function deadLinks(dir: string, page: string): string[] {
  const file = join(dir, page);
  return linkTargets(readFileSync(file, 'utf8'))
    .filter((target) => !/^[a-z]+:/i.test(target))
    .filter((target) => {
      const [path = '', anchor] = target.split('#');
      const linked = path === '' ? file : join(dirname(file), decodeURI(path));
      if (!existsSync(linked) || !relative(dir, linked) || relative(dir, linked).startsWith('..'))
        return true;
      return anchor !== undefined && linked.endsWith('.md') && !anchors(linked).has(anchor);
    })
    .map((target) => `${page} → ${target}`);
}
