/**
 * A tiny document model shared by the report renderers: blocks built once, written out as
 * Markdown or as HTML. Private to the report module.
 */
import type { OverallStatus, YearStatus } from '../indicators/evaluationTypes.js';
import { escapeMarkdown, escapeXml } from './escape.js';

/** A table cell: text, optionally a status (shown with its mark) or a number (right-aligned). */
export interface Cell {
  readonly text: string;
  readonly status?: YearStatus | OverallStatus | undefined;
  readonly numeric?: boolean;
}

/**
 * A piece of a paragraph: text, or a date with its ISO form for machines (`<time datetime>` in
 * HTML; the text alone in Markdown).
 */
export type Inline =
  | string
  | { readonly kind: 'time'; readonly datetime: string; readonly text: string };

/** A block of a document. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly text: string | readonly Inline[];
      readonly small?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      /** Whether the first cell of each row is a row header. */
      readonly rowHeaders?: boolean;
      /** Whether the caption is shown (otherwise it is for screen readers only). */
      readonly showCaption?: boolean;
      /** A last row in bold (totals). */
      readonly footer?: readonly Cell[];
    }
  | {
      readonly kind: 'chart';
      /** The chart, inline in HTML (without it, HTML leaves the chart out). */
      readonly svg?: string;
      readonly caption: string;
      /** The file the Markdown links to as an image (without it, Markdown leaves the chart out). */
      readonly file?: string;
    }
  | { readonly kind: 'section'; readonly blocks: readonly Block[] }
  /** Blocks shown on demand in HTML (`<details>`), in full in Markdown after the summary. */
  | { readonly kind: 'details'; readonly summary: string; readonly blocks: readonly Block[] }
  | { readonly kind: 'row'; readonly blocks: readonly Block[] };

/** The mark of each status, so that tables never rely on colour alone. */
const MARKS: Readonly<Record<YearStatus | OverallStatus, string>> = {
  met: '✓',
  'not-met': '✗',
  inconclusive: '?',
  'no-data': '–',
  'not-due': '○',
  achieved: '★',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✗',
};

function mdCell(cell: Cell): string {
  const text = escapeMarkdown(cell.text);
  return cell.status ? `${MARKS[cell.status]} ${text}` : text;
}

function inlineText(text: string | readonly Inline[]): string {
  return typeof text === 'string'
    ? text
    : text.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function inlineHtml(text: string | readonly Inline[]): string {
  if (typeof text === 'string') return escapeXml(text);
  return text
    .map((p) =>
      typeof p === 'string'
        ? escapeXml(p)
        : `<time datetime="${escapeXml(p.datetime)}">${escapeXml(p.text)}</time>`,
    )
    .join('');
}

/** A link target as written, with the characters that would end it (spaces, parentheses, `<>`) escaped. */
function linkTarget(file: string): string {
  return file.replace(/[\s()<>]/g, (ch) =>
    ch === '(' ? '%28' : ch === ')' ? '%29' : encodeURIComponent(ch),
  );
}

function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function blockToMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`, ''];
    case 'paragraph': {
      const text = escapeMarkdown(inlineText(block.text));
      return [block.small ? `_${text}_` : text, ''];
    }
    case 'list':
      return [...block.items.map((item) => `- ${escapeMarkdown(item)}`), ''];
    case 'table': {
      const align = (block.rows[0] ?? []).map((cell) => (cell.numeric ? '---:' : '---'));
      const rows = block.rows.map((row) => mdRow(row.map(mdCell)));
      const footer = block.footer
        ? [mdRow(block.footer.map((cell) => (cell.text === '' ? '' : `**${mdCell(cell)}**`)))]
        : [];
      return [
        ...(block.showCaption ? [escapeMarkdown(block.caption), ''] : []),
        mdRow(block.head.map(escapeMarkdown)),
        mdRow(block.head.map((_, i) => align[i] ?? '---')),
        ...rows,
        ...footer,
        '',
      ];
    }
    case 'chart':
      return block.file === undefined
        ? []
        : [`![${escapeMarkdown(block.caption)}](${linkTarget(block.file)})`, ''];
    case 'details':
      return [escapeMarkdown(block.summary), '', ...block.blocks.flatMap(blockToMarkdown)];
    default:
      return block.blocks.flatMap(blockToMarkdown);
  }
}

/** Writes blocks as CommonMark with GitHub tables. */
export function toMarkdown(blocks: readonly Block[]): string {
  const lines = blocks.flatMap(blockToMarkdown);
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function htmlCell(cell: Cell, tag: 'td' | 'th'): string {
  const classes = [cell.numeric ? 'num' : '', cell.status ? `status status-${cell.status}` : '']
    .filter((c) => c !== '')
    .join(' ');
  const attrs = `${tag === 'th' ? ' scope="row"' : ''}${classes ? ` class="${classes}"` : ''}`;
  const text = cell.status
    ? `<span aria-hidden="true">${MARKS[cell.status]}</span> ${escapeXml(cell.text)}`
    : escapeXml(cell.text);
  return `<${tag}${attrs}>${text}</${tag}>`;
}

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeXml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.small ? ' class="small"' : ''}>${inlineHtml(block.text)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${escapeXml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = block.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
      const rows = block.rows.map(
        (row) =>
          `<tr>${row.map((cell, i) => htmlCell(cell, i === 0 && block.rowHeaders ? 'th' : 'td')).join('')}</tr>`,
      );
      const footer = block.footer
        ? `\n<tfoot><tr>${block.footer.map((cell, i) => htmlCell(cell, i === 0 ? 'th' : 'td')).join('')}</tr></tfoot>`
        : '';
      return [
        '<div class="table-wrap"><table>',
        `<caption${block.showCaption ? '' : ' class="sr-only"'}>${escapeXml(block.caption)}</caption>`,
        `<thead><tr>${head}</tr></thead>`,
        `<tbody>\n${rows.join('\n')}\n</tbody>${footer}`,
        '</table></div>',
      ].join('\n');
    }
    case 'chart':
      return block.svg === undefined
        ? ''
        : `<figure class="chart">\n${block.svg}\n<figcaption>${escapeXml(block.caption)}</figcaption>\n</figure>`;
    case 'row':
      return `<div class="row">\n${block.blocks.map(blockToHtml).join('\n')}\n</div>`;
    case 'details':
      return `<details>\n<summary>${escapeXml(block.summary)}</summary>\n${block.blocks.map(blockToHtml).join('\n')}\n</details>`;
    default:
      return `<section>\n${block.blocks.map(blockToHtml).join('\n')}\n</section>`;
  }
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1f2937; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1f2937; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1.02rem; margin: 1.3rem 0 .3rem; }
h5 { font-size: .98rem; margin: 1.2rem 0 .3rem; }
p { margin: .35rem 0; }
p.small { font-size: .85rem; color: #4b5563; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-size: .85rem; color: #4b5563; padding-bottom: .2rem; }
th, td { border: 1px solid #d1d5db; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f3f4f6; }
tbody th { font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.row { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.status { white-space: nowrap; font-weight: 600; }
.status-met, .status-achieved, .status-on-track { color: #1a7f37; }
.status-not-met, .status-off-track { color: #b42318; }
.status-inconclusive, .status-at-risk { color: #935f00; }
.status-no-data { color: #525a66; }
.status-not-due { color: #4b5563; font-weight: normal; }
figure.chart { margin: .5rem 0 1.2rem; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; color: #4b5563; }
details { margin: .25rem 0 1rem; }
summary { cursor: pointer; font-size: .92rem; }
@media print {
  main { max-width: none; padding: 0; }
  h2, h3, h4, h5 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`.trim();

/** Writes blocks as one self-contained, accessible HTML page (no scripts, no external assets). */
export function toHtml(blocks: readonly Block[], title: string, lang: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeXml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(blockToHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
