/**
 * Issue 18, "Reports": what a reader of a report sees, and the Latin-script words in it that the
 * report wrote itself. The rule, precisely:
 *
 * 1. Only what a reader sees is scanned. In HTML: the text of elements, with entities decoded —
 *    not tags or attributes (so not `lang="sr-Cyrl"`, class names, or the ISO date of a
 *    `<time datetime="…">`), not the `<style>` sheet. In Markdown: the text without its
 *    backslash escapes and without the targets of image links (a file name, not prose).
 * 2. Text the report quotes from its input is taken out: the strings listed by the caller (the
 *    plan's names, titles and labels; the library's English rule texts, warnings, issue messages
 *    and reasons, which the report says it quotes in English; record ids and issue paths). A
 *    quoted string cut short with `…` (a chart shortens long labels) is taken out too.
 * 3. The programme's name, `Erasmus+`, is taken out (the label tables keep it in Latin script).
 *
 * Whatever Latin-script letters remain were written by the report in the wrong script: a unit
 * (`km`, `days`), a word of an English basis, an untranslated label.
 */

/** The chunks of text a reader sees (one per element or line). */
export function visibleText(output: string, format: 'html' | 'markdown'): string[] {
  const text =
    format === 'html'
      ? output
          .replace(/<style>[\s\S]*?<\/style>/g, '\n')
          .replace(/<[^>]*>/g, '\n')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
      : output.replace(/\]\([^)]*\)/g, ']').replace(/\\([\\`*_[\]#|<>])/g, '$1');
  return text.split('\n').filter((chunk) => chunk.trim() !== '');
}

/** A chunk without the quoted strings (longest first), a cut-short quote and `Erasmus+`. */
function unquoted(chunk: string, quoted: readonly string[]): string {
  let text = chunk.trimEnd();
  if (text.endsWith('…')) {
    // The quote whose beginning ends the cut text the longest way.
    const cut = text.slice(0, -1);
    let longest = 0;
    for (const quote of quoted) {
      let k = Math.min(quote.length, cut.length);
      while (k > longest && !cut.endsWith(quote.slice(0, k))) k--;
      longest = Math.max(longest, k);
    }
    text = cut.slice(0, cut.length - longest);
  }
  for (const quote of quoted) text = text.split(quote).join(' ');
  return text.split('Erasmus+').join(' ');
}

/** The Latin-script words the report wrote itself (see the rule above). */
export function latinWords(
  output: string,
  format: 'html' | 'markdown',
  quoted: readonly string[],
): string[] {
  const longestFirst = [...new Set(quoted)]
    .filter((q) => q.trim() !== '')
    .sort((a, b) => b.length - a.length);
  return visibleText(output, format).flatMap((chunk) =>
    [...unquoted(chunk, longestFirst).matchAll(/\p{Script=Latin}+/gu)].map((m) => m[0]),
  );
}
