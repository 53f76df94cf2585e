import type { FigureEntry, FigureStatus } from '../_lib/provenance.js';
import { makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { collectFigures } from './collectFigures.js';
import { RulePackSchema } from './RulePackSchema.js';
import type { RulePack, TravelBand } from './types.js';

const SECTION_TITLES: Readonly<Record<string, string>> = {
  countryGroups: 'Country groups',
  unavailableActivities: 'Activities not available',
  durations: 'Durations (physical, travel excluded)',
  travelDays: 'Funded travel days',
  studentCycle: 'HE student cycle limits',
  bip: 'Blended Intensive Programmes',
  ka131: 'KA131 amounts (EUR)',
  ka171: 'KA171 amounts (EUR)',
  vetSchAdu: 'KA121/KA122 amounts, VET, school and adult education (EUR)',
  travelBands: 'Travel bands (EUR per participant, return trip)',
  exceptionalTravel: 'Exceptional travel costs',
};

const STATUSES: readonly FigureStatus[] = [
  'confirmed',
  'single-source',
  'conflicting',
  'carried-forward',
  'derived',
];

const packParser = makeParser(RulePackSchema, { root: 'pack' });

/** A table cell's text: pipes escaped, on one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function formatValue(value: unknown): string {
  if (value === true) return 'yes';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const v = value as { min?: unknown; max?: unknown; unit?: unknown; reference?: unknown };
  if (typeof v.unit === 'string') return `${String(v.min)}–${String(v.max)} ${v.unit}`;
  const bounds =
    v.min !== undefined && v.max !== undefined
      ? `${String(v.min)}–${String(v.max)}`
      : v.max !== undefined
        ? `≤ ${String(v.max)}`
        : v.min !== undefined
          ? `≥ ${String(v.min)}`
          : 'range not found';
  return `${bounds} (reference ${String(v.reference)})`;
}

function bandLabel(band: TravelBand | undefined): string {
  if (band === undefined) return '?';
  return band.belowKm === null ? `${band.fromKm}+ km` : `${band.fromKm}–${band.belowKm - 1} km`;
}

function label(pack: RulePack, section: string, rest: string[]): string {
  if (section === 'travelBands' && rest.length === 3) {
    const [action = '', index = '', kind = ''] = rest;
    const band = (pack.travelBands as Record<string, readonly TravelBand[]>)[action]?.[
      Number(index)
    ];
    return `${action}, ${bandLabel(band)}, ${kind}`;
  }
  return rest.join('.');
}

/** Numbers sources in order of first appearance; rows cite them as reference-style links. */
export class SourceIndex {
  readonly urls: string[] = [];
  readonly #numbers = new Map<string, number>();

  cite(sources: readonly string[]): string {
    return sources
      .map((url) => {
        let n = this.#numbers.get(url);
        if (n === undefined) {
          this.urls.push(url);
          n = this.urls.length;
          this.#numbers.set(url, n);
        }
        return `[${n}][s${n}]`;
      })
      .join(' ');
  }

  /** The closing lines of a page: a `## Sources` list, then the link definitions. */
  list(): string[] {
    return [
      '## Sources',
      '',
      ...this.urls.map((url, i) => `${i + 1}. [${hostOf(url)}](<${url}>)`),
      '',
      ...this.urls.map((url, i) => `[s${i + 1}]: <${url}>`),
      '',
    ];
  }
}

function hostOf(url: string): string {
  return /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? url;
}

function statusText(entry: FigureEntry): string {
  const { status, carriedFrom } = entry.figure;
  return status === 'carried-forward' && carriedFrom !== undefined
    ? `carried-forward from ${carriedFrom}`
    : status;
}

/** The text with a full stop at the end unless it ends a sentence already. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function notesText(entry: FigureEntry): string {
  const { alternative, derivation, note } = entry.figure;
  const parts: string[] = [];
  if (derivation !== undefined) parts.push(`Derived: ${sentence(derivation)}`);
  if (alternative !== undefined) parts.push(`Alternative: ${sentence(alternative)}`);
  if (note !== undefined) parts.push(note);
  return parts.join(' ');
}

/**
 * Renders a rule pack as a human-readable Markdown page: a summary of statuses (and the pack's
 * note, if any), then one table per section with every figure, its value, status, sources (as
 * links) and notes (the derivation, the alternative and the note of the figure). This is the
 * text of the committed snapshots `docs/rules/<year>.md` (regenerate them with
 * `npm run rules:snapshot`). Pure and deterministic.
 *
 * @param pack - a rule pack
 * @returns the Markdown text, starting with a YAML front matter
 * @throws InputError when `pack` is not a valid rule pack
 *
 * @example
 * ```ts
 * import { renderRulesMarkdown, rules2024 } from 'erasmus-kit';
 * const markdown = renderRulesMarkdown(rules2024);
 * markdown.includes('| KA131-HED, 10–99 km, standard | 28.00 | confirmed |'); // true
 * ```
 */
export function renderRulesMarkdown(pack: RulePack): string {
  packParser.parse(pack);
  const entries = collectFigures(pack);
  const counts = new Map<FigureStatus, number>();
  for (const entry of entries) {
    counts.set(entry.figure.status, (counts.get(entry.figure.status) ?? 0) + 1);
  }
  const unconfirmed = entries.length - (counts.get('confirmed') ?? 0);
  const lines: string[] = [
    '---',
    `title: Rule pack for call ${pack.callYear}`,
    '---',
    '',
    `# Rule pack for call ${pack.callYear}`,
    '',
    `Generated from \`src/rules/rules${pack.callYear}.ts\` by \`npm run rules:snapshot\`; do not edit by hand.`,
    'Every figure of the pack is listed with its value, status and sources. See the',
    '[rules guide](../rules.md) for what the statuses mean.',
    '',
    pack.provisional
      ? `**Provisional:** ${unconfirmed} of ${entries.length} figures are not confirmed.`
      : `**Not provisional:** all ${entries.length} figures are confirmed.`,
    '',
    ...(pack.note === undefined ? [] : [`**Note on the whole pack:** ${pack.note}`, '']),
    '| Status | Figures |',
    '|---|---|',
    ...STATUSES.map((status) => `| ${status} | ${counts.get(status) ?? 0} |`),
    '',
  ];
  const sections = new Map<string, FigureEntry[]>();
  for (const entry of entries) {
    const section = entry.path.split('.')[0] ?? '';
    sections.set(section, [...(sections.get(section) ?? []), entry]);
  }
  const index = new SourceIndex();
  for (const [section, list] of sections) {
    lines.push(`## ${SECTION_TITLES[section] ?? section}`, '');
    lines.push('| Figure | Value | Status | Sources | Notes |', '|---|---|---|---|---|');
    let previousNotes = '';
    for (const entry of list) {
      const rest = entry.path.split('.').slice(1);
      const notes = notesText(entry);
      const shownNotes = notes !== '' && notes === previousNotes ? '(same as above)' : notes;
      previousNotes = notes;
      lines.push(
        `| ${cell(label(pack, section, rest))} | ${cell(formatValue(entry.figure.value))} | ${cell(statusText(entry))} | ${index.cite(entry.figure.sources)} | ${cell(shownNotes)} |`,
      );
    }
    lines.push('');
  }
  lines.push(...index.list());
  return lines.join('\n');
}

const trySafeRenderRulesMarkdown = toSafe(renderRulesMarkdown);

/**
 * The non-throwing twin of {@link renderRulesMarkdown}: `{ success: false, error }` with the
 * {@link InputError} when `pack` is not a valid rule pack.
 *
 * @param pack - a rule pack
 * @returns `{ success: true, data }` with the Markdown text, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { rules2024, safeRenderRulesMarkdown } from 'erasmus-kit';
 * const page = safeRenderRulesMarkdown(rules2024);
 * if (page.success) console.log(page.data.startsWith('---')); // true
 * safeRenderRulesMarkdown({ callYear: 2024 } as never).success; // false
 * ```
 */
export function safeRenderRulesMarkdown(pack: RulePack): SafeResult<string> {
  return trySafeRenderRulesMarkdown(pack);
}
