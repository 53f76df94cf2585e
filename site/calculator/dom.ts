/**
 * A small element builder for the calculator page. Text is always added as text nodes and
 * attributes with `setAttribute`, never as HTML, so whatever the library or the user wrote is
 * shown as it is and cannot become markup.
 */

/** What an element may contain: nodes, text, or nothing (`null`, `undefined`, `false` are skipped). */
export type Child = Node | string | null | undefined | false;

/** Attributes: a string value, `true` for a present boolean attribute, `false`/`undefined` for none. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** Creates `<tag>` with its attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...nodes(children));
  return element;
}

function nodes(children: readonly (Child | readonly Child[])[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) out.push(child);
  }
  return out;
}

/** Replaces the children of `element`. */
export function show(element: Element, ...children: readonly (Child | readonly Child[])[]): void {
  element.replaceChildren(...nodes(children));
}

/** A link to a source, only for http(s) addresses; anything else is shown as text. */
export function sourceLink(url: string): Child {
  return /^https?:\/\//.test(url) ? h('a', { href: url, rel: 'noopener' }, url) : url;
}
