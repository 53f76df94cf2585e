/**
 * TypeDoc plugin (typedoc.json `plugin`): heading anchors of the guides as GitHub and npm make
 * them, code included. TypeDoc 0.28 builds a heading's anchor from its plain text only, so
 * "## The `safe` twins" is `#the-twins` on the site but `#the-safe-twins` on GitHub, and a link
 * between guides cannot work in both places. Here the code of a heading counts as text for its
 * anchor (and for the page's table of contents); the heading is shown as before.
 */
import { Application } from 'typedoc';

/** Makes the code of each heading count as its text (a markdown-it core rule). */
function headingCodeAsText(parser) {
  parser.core.ruler.push('heading-code-as-text', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      for (const child of state.tokens[i + 1]?.children ?? []) {
        if (child.type !== 'code_inline') continue;
        // TypeDoc reads the text children of a heading's tokens; the code is rendered from
        // `content`, so a text child changes the anchor and nothing else.
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        child.children = [text];
      }
    });
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Set once the options are read (reading them resets what a plugin sets while loading).
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', headingCodeAsText);
  });
}
