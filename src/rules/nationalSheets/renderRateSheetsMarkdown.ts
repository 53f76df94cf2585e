/**
 * The human-readable list of the shipped National Agency rate sheets, `docs/rate-sheets.md`
 * (internal: `npm run rules:snapshot` writes it, a test checks it is up to date).
 *
 * @module
 */
import { defineRateSheet } from '../defineRateSheet.js';
import { GROUPS } from '../rateSheet/tables.js';
import type { RateProvenance, RateSheetPath } from '../rateSheet/types.js';
import { cell, SourceIndex, sentence } from '../renderRulesMarkdown.js';
import { agencies } from './data/agencies.js';
import { NO_NATIONAL_SHEET } from './data/noNationalSheet.js';
import { UNIVERSITY_RANGES } from './data/universityRanges.js';
import { listRateSheets, type NationalRateSheetInfo } from './listRateSheets.js';
import { toRateSheetInput } from './lookup.js';
import type { AgencyData, SheetData } from './types.js';

const TABLE_LABELS: Readonly<Record<string, string>> = {
  studentMonthly: 'Student, monthly',
  staffDaily: 'Staff, daily (days 1–14)',
};

const INTRO = [
  'Generated from the sheets shipped with erasmus-kit (`getRateSheet`, `listRateSheets`) by',
  '`npm run rules:snapshot`; do not edit by hand. Each row gives a National Agency’s KA131 rates in',
  'EUR per receiving-country group — a month for long-term students, a day (days 1–14, 70 % from',
  'day 15) for staff — with their status, how sure their call year is, and their sources. The',
  '[grants guide](grants.md#national-agency-rate-sheets) shows how to use a sheet.',
  '',
  '- **Status**: `confirmed` (two independent sources, or the agency’s own text), `single-source`,',
  '  `conflicting` (the alternative is named), `derived` (computed from published figures; the',
  '  computation is given). A result that uses a value that is not confirmed says so.',
  '- **Call year**: `high` (the source names the project or the call), `medium` (inferred from an',
  '  academic year, the country groups or the travel bands), `low` (undated, or ambiguous). A',
  '  result that uses a value whose call year is not `high` says so.',
  '- **Nothing is carried forward**: a call year without a source has no sheet, and',
  '  `getRateSheet` says which years exist.',
  '- **Minima** (the amounts are national minima; a university may pay more), **national money**',
  '  (the amounts include national top-ups, so they are not the EU unit costs the Beneficiary',
  '  Module stores) and values **outside the range** of their call year (beyond a bound that is not',
  '  confirmed) are repeated as warnings by every result that uses them.',
  '',
];

function flags(info: NationalRateSheetInfo): string {
  const out: string[] = [];
  if (info.minima) out.push('minima');
  if (info.nationalMoney) out.push('national money');
  if (info.outsideRange.length > 0) out.push(`outside range: ${info.outsideRange.join(', ')}`);
  return out.join('; ');
}

function summary(): string[] {
  const lines = [
    '## Summary',
    '',
    '| Agency | Country | Call | Covers | Statuses | Call year | Flags |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const info of listRateSheets()) {
    if (info.kind !== 'national-sheet') continue;
    lines.push(
      `| [${info.agency}](#${info.agency.toLowerCase()}) | ${info.country} | ${info.callYear} | ${info.covers.join(', ')} | ${info.statuses.join(', ')} | ${info.callYearConfidence} | ${cell(flags(info))} |`,
    );
  }
  lines.push('');
  return lines;
}

function notes(p: RateProvenance): string {
  const parts: string[] = [];
  if (p.derivation !== undefined) parts.push(`Derived: ${sentence(p.derivation)}`);
  if (p.alternative !== undefined) parts.push(`Alternative: ${sentence(p.alternative)}`);
  if (p.note !== undefined) parts.push(p.note);
  return parts.join(' ');
}

/** One row per table and provenance: groups that share a provenance share a row. */
function sheetRows(agency: AgencyData, data: SheetData, index: SourceIndex): string[] {
  const sheet = defineRateSheet(toRateSheetInput(agency, data));
  const outside = new Set(
    (sheet.warnings ?? []).filter((w) => w.code === 'rate-outside-range').flatMap((w) => w.paths),
  );
  const rows: string[] = [];
  for (const [table, values] of Object.entries(sheet.ka131 ?? {})) {
    const rowsOfTable = new Map<string, { p: RateProvenance; groups: (1 | 2 | 3)[] }>();
    for (const group of GROUPS) {
      const p = sheet.provenance?.[`ka131.${table}.${group}` as RateSheetPath];
      if (p === undefined) continue;
      const key = JSON.stringify(p);
      const row = rowsOfTable.get(key);
      if (row === undefined) rowsOfTable.set(key, { p, groups: [group] });
      else row.groups.push(group);
    }
    for (const { p, groups } of rowsOfTable.values()) {
      const shown = GROUPS.map((g) => (groups.includes(g) ? values[g] : '—'));
      const beyond = groups.filter((g) => outside.has(`ka131.${table}.${g}` as RateSheetPath));
      const rangeNote =
        beyond.length === 0
          ? ''
          : ` Outside the call-${data.callYear} range, beyond a bound that is not confirmed: ${beyond.length === 1 ? 'group' : 'groups'} ${beyond.join(' and ')}.`;
      rows.push(
        `| ${data.callYear} | ${TABLE_LABELS[table] ?? table} | ${shown.join(' | ')} | ${p.status} | ${p.callYearConfidence ?? ''} | ${index.cite(p.sources)} | ${cell((notes(p) + rangeNote).trim())} |`,
      );
    }
  }
  return rows;
}

function agencySection(agency: AgencyData, index: SourceIndex): string[] {
  const lines = [
    `## ${agency.agency}`,
    '',
    `**${agency.name}** (${agency.country}). Agency code: ${
      agency.codeSeenIn === undefined
        ? 'follows the programme’s naming, not seen in a source.'
        : `seen in a project number, ${index.cite([agency.codeSeenIn])}.`
    }`,
    '',
  ];
  if (agency.minima !== undefined) lines.push(`**Minima.** ${agency.minima}`, '');
  if (agency.nationalMoney !== undefined) {
    lines.push(`**National money.** ${agency.nationalMoney}`, '');
  }
  lines.push(
    '| Call | Table | Group 1 | Group 2 | Group 3 | Status | Call year | Sources | Notes |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const sheet of agency.sheets) lines.push(...sheetRows(agency, sheet, index));
  lines.push('');
  return lines;
}

function noSheetSection(index: SourceIndex): string[] {
  return [
    '## No national sheet',
    '',
    'For these agencies each university sets its rates, or the rates depend on what a sheet of',
    'one rate per group cannot express: `getRateSheet` refuses them and says why; type your',
    'university’s rates with `defineRateSheet`.',
    '',
    '| Agency | Name | Country | Why | Sources |',
    '|---|---|---|---|---|',
    ...NO_NATIONAL_SHEET.map(
      (n) =>
        `| ${n.agency ?? '—'} | ${cell(n.name)} | ${n.country} | ${cell(n.reason)} | ${index.cite(n.sources)} |`,
    ),
    '',
    UNIVERSITY_RANGES.length === 0
      ? 'From call 2025 an agency may let each university choose its rates within the agency’s ranges (the Beneficiary Module’s variable rates); no agency’s ranges were found in a public source, so none is listed.'
      : `Universities choose within the agency’s ranges: ${UNIVERSITY_RANGES.map((r) => `${r.agency} (call ${r.callYear})`).join(', ')}.`,
    '',
  ];
}

/** The Markdown text of `docs/rate-sheets.md`, from the shipped data. Pure and deterministic. */
export function renderRateSheetsMarkdown(): string {
  const index = new SourceIndex();
  const lines = [
    '---',
    'title: National Agency rate sheets',
    '---',
    '',
    '# National Agency rate sheets',
    '',
    ...INTRO,
    ...summary(),
    ...noSheetSection(index),
    ...agencies().flatMap((agency) => agencySection(agency, index)),
    ...index.list(),
  ];
  return lines.join('\n');
}
