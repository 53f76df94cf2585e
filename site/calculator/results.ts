/**
 * What the calculator shows: the eligibility verdict with its issues, the grant with every line's
 * basis, rule and figure statuses, the result's flags, and input errors. Words come from the
 * library's English report labels; messages, bases and rules are the library's own.
 */
import type { InputError } from '../../src/entries/errors.js';
import type { GrantLine, GrantResult } from '../../src/entries/grants.js';
import type { EligibilityResult } from '../../src/entries/mobility.js';
import { reportLabels } from '../../src/entries/report.js';
import type { FigureUsed } from '../../src/entries/rules.js';
import { h, sourceLink } from './dom.js';

const labels = reportLabels.en;

function eligibilityView(eligibility: EligibilityResult): HTMLElement[] {
  const d = eligibility.duration;
  return [
    h('h3', {}, 'Eligibility'),
    h(
      'p',
      { id: 'ek-verdict' },
      h('strong', {}, eligibility.eligible ? labels.text.eligible : labels.text.notEligible),
    ),
    h(
      'p',
      {},
      `Funded days: ${d.fundedDays} (${d.fullMonths} full months and ${d.extraDays} days), travel days included: ${d.travelDays}.`,
    ),
    eligibility.issues.length === 0
      ? h('p', {}, 'No issue was found.')
      : h(
          'ul',
          { id: 'ek-issues' },
          eligibility.issues.map((issue) =>
            h(
              'li',
              { class: `ek-${issue.severity}` },
              h('strong', {}, issue.severity === 'error' ? 'Error: ' : 'Warning: '),
              issue.message,
              ` (${issue.code})`,
              issue.rule && h('br'),
              issue.rule && h('small', {}, `Rule: ${issue.rule.section}`),
            ),
          ),
        ),
  ];
}

/** How many figures of each status a line used: `2 confirmed`, `1 single-source, 1 confirmed`. */
function statusSummary(figures: readonly FigureUsed[]): string {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.status, (counts.get(figure.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ') || 'none';
}

/** A line's rule, and the figures it used with their status and sources. */
function lineDetails(line: GrantLine): HTMLElement[] {
  return [
    h('h4', {}, labels.grantLineKind[line.kind]),
    h('p', {}, h('strong', {}, 'Rule: '), line.rule),
    h(
      'details',
      {},
      h('summary', {}, `Figures used: ${statusSummary(line.figures)}`),
      h(
        'ul',
        { class: 'ek-figures' },
        line.figures.map((figure) =>
          h(
            'li',
            {},
            h('code', {}, figure.path),
            `: ${figure.status}`,
            figure.sources.length > 0 && ' — ',
            figure.sources.flatMap((source, i) => [i > 0 ? ', ' : '', sourceLink(source)]),
          ),
        ),
      ),
    ),
  ];
}

function flagsView(grant: GrantResult): HTMLElement {
  const missing = grant.missing.map((part) => labels.grantLineKind[part.kind]).join(', ');
  return h(
    'ul',
    { id: 'ek-flags' },
    h(
      'li',
      {},
      grant.complete
        ? 'Complete: every line the mobility is entitled to was computed.'
        : `${labels.text.incomplete}. ${labels.text.incompleteParts.replace('{parts}', missing)}`,
    ),
    grant.missing.map((part) => h('li', {}, part.message)),
    h(
      'li',
      {},
      grant.rules.provisional ? labels.text.provisional : 'Every figure used is confirmed.',
    ),
    h(
      'li',
      {},
      grant.rules.rates === 'reference' ? labels.text.referenceRates : labels.text.rateSheetRates,
    ),
  );
}

function linesView(grant: GrantResult): HTMLElement {
  const head = [labels.text.item, labels.text.calculation, labels.text.amount, 'Figures'];
  return h(
    'table',
    { id: 'ek-lines' },
    h('caption', {}, `The lines of the grant (call ${grant.rules.callYear} rules)`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((text) => h('th', { scope: 'col' }, text)),
      ),
    ),
    h(
      'tbody',
      {},
      grant.lines.map((line) =>
        h(
          'tr',
          { 'data-kind': line.kind },
          h('th', { scope: 'row' }, labels.grantLineKind[line.kind]),
          h('td', { class: 'ek-basis' }, line.basis),
          h('td', { class: 'ek-amount' }, line.amount),
          h('td', {}, statusSummary(line.figures)),
        ),
      ),
    ),
  );
}

/** The eligibility and grant of a mobility. */
export function grantView(grant: GrantResult): HTMLElement[] {
  const total = grant.complete ? labels.text.total : labels.text.totalIncomplete;
  return [
    ...eligibilityView(grant.eligibility),
    h('h3', {}, 'Grant'),
    h('p', {}, h('strong', {}, `${total}: `), h('span', { id: 'ek-total' }, grant.total), ' EUR'),
    flagsView(grant),
    grant.lines.length > 0 && linesView(grant),
    ...grant.lines.flatMap(lineDetails),
    grant.warnings.length > 0 && h('h4', {}, labels.text.warnings),
    grant.warnings.length > 0 &&
      h(
        'ul',
        { id: 'ek-warnings' },
        grant.warnings.map((warning) => h('li', {}, warning.message)),
      ),
  ].filter((element): element is HTMLElement => element !== false);
}

/** The problems of input the library refused, each with its path. */
export function inputErrorView(errors: readonly InputError[]): HTMLElement[] {
  return [
    h('h3', {}, 'Input to correct'),
    h(
      'ul',
      { id: 'ek-input-errors' },
      errors.flatMap((error) =>
        error.issues.map((issue) =>
          h('li', {}, h('code', {}, issue.path.join('.')), `: ${issue.message}`),
        ),
      ),
    ),
  ];
}

/** The form field an issue path names (`mobility.travel.from.lat` is `fromLat`). */
function fieldOf(path: readonly PropertyKey[]): string {
  const [root, first, second, third] = path.map(String);
  if (root === 'rateSheet') return `rateGroup${path[path.length - 1]?.toString() ?? ''}`;
  if (first === 'participant') return 'fewerOpportunities';
  if (first === 'travel' && (second === 'from' || second === 'to')) {
    return `${second}${third === 'lon' ? 'Lon' : 'Lat'}`;
  }
  return (first === 'travel' ? second : first) ?? '';
}

/** Marks the fields named by the errors' issues as invalid, and only those. */
export function markInvalid(form: HTMLFormElement, errors: readonly InputError[]): void {
  const invalid = new Set(errors.flatMap((e) => e.issues.map((issue) => fieldOf(issue.path))));
  for (const element of form.querySelectorAll('input, select')) {
    if (invalid.has(element.id)) element.setAttribute('aria-invalid', 'true');
    else element.removeAttribute('aria-invalid');
  }
}
