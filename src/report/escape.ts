/** Escapes text for HTML and SVG (element content and double- or single-quoted attributes). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escapes text for Markdown tables and paragraphs: backslash-escapes Markdown punctuation and pipes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]#|<>]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/**
 * An id safe for HTML and SVG, derived from an indicator id: letters, digits and `-` kept, every
 * other character written as `_` and its code point in hex, so different ids stay different.
 */
export function idFrom(prefix: string, id: string): string {
  let out = prefix;
  for (const ch of id) {
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${(ch.codePointAt(0) ?? 0).toString(16)}`;
  }
  return out;
}
