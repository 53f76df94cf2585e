/**
 * Reconciling a Beneficiary Module export (part of `npm run demo`): reads
 * examples/data/bm-export-constructed.csv — a CONSTRUCTED file, not a real export: invented
 * mobilities of an invented project, laid out as the Beneficiary Module's mobility export is
 * described (semicolons, day-first dates, decimal commas), with one planted difference of each
 * kind — parses it with csv-parse, turns the rows into records with `fromBeneficiaryModuleRows`,
 * recomputes them with the project's (invented) National Agency rate sheet, prints the summary
 * and writes the report in English (Markdown) and Serbian Cyrillic (HTML).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  defineRateSheet,
  fromBeneficiaryModuleRows,
  type RateSheet,
  reconcileGrants,
  renderReconciliationReport,
} from 'erasmus-kit';

const CSV = fileURLToPath(new URL('./data/bm-export-constructed.csv', import.meta.url));

/** `;` or `,`: whichever the header line (the first line that is not a `#` comment) has more of. */
function delimiterOf(text: string): ';' | ',' {
  const header =
    text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
  return header.split(';').length >= header.split(',').length ? ';' : ',';
}

/**
 * The invented project's rate sheet (call 2024, invented values within the Programme Guide
 * ranges; no agency's published rates, so the sheet names no agency).
 */
const rateSheets: Readonly<Record<string, RateSheet>> = {
  '2024-1-RS01-KA131-HED-000012345': defineRateSheet({
    callYear: 2024,
    ka131: {
      studentMonthly: { 1: 600, 2: 550, 3: 500 },
      staffDaily: { 1: 160, 2: 140, 3: 120 },
    },
  }),
};

/** Reads, reconciles, prints the summary and writes the reports to `outDir`; returns their paths. */
export function runReconciliationExample(
  outDir: string,
  wrap: (text: string, indent: string) => string,
): string[] {
  const text = readFileSync(CSV, 'utf8');
  const rows: Record<string, string>[] = parse(text, {
    columns: true,
    delimiter: delimiterOf(text),
    comment: '#',
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  // Row numbers as a spreadsheet shows them: the comment line is row 1, the header row 2.
  const read = fromBeneficiaryModuleRows(rows, { firstRow: 3 });
  console.log(
    `${rows.length} rows read from ${join('examples', 'data', 'bm-export-constructed.csv')} (constructed, not a real export): ${read.records.length} records, ${read.problems.length} problems`,
  );
  for (const p of read.problems) {
    console.log(wrap(`row ${p.row}: ${p.severity}: ${p.message}`, '  '));
  }

  const result = reconcileGrants(read.records, {
    rateSheet: (record) => rateSheets[record.project ?? ''],
  });
  const s = result.summary;
  console.log(
    `\nby status: ${Object.entries(s.byStatus)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `stored totals ${s.stored} EUR, recomputed ${s.recomputed} EUR, net difference ${s.net} EUR (${s.totalsCompared} records with a stored total)`,
  );
  console.log(
    '\nEach differing field and its first reason (the report gives every reason in words):',
  );
  for (const record of result.records) {
    if (record.status === 'invalid' || record.differences.length === 0) continue;
    const fields = record.differences.map(
      (d) =>
        `${d.field} ${d.unit === 'EUR' ? d.difference : `${d.difference} days`} → ${d.reasons[0]?.code ?? 'unexplained'}`,
    );
    console.log(wrap(`${record.id} (${record.status}): ${fields.join('; ')}`, '  '));
  }

  const written = [join(outDir, 'reconciliation.md'), join(outDir, 'reconciliation.sr-Cyrl.html')];
  writeFileSync(
    written[0] as string,
    renderReconciliationReport(result, { format: 'markdown', locale: 'en' }),
  );
  writeFileSync(
    written[1] as string,
    renderReconciliationReport(result, { format: 'html', locale: 'sr-Cyrl' }),
  );
  return written;
}
