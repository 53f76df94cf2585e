/**
 * The main example: run it with `npm run demo`. It imports the built package by its own name,
 * exactly as an application that installed erasmus-kit from npm would.
 *
 * It prints (1) grant calculations for mobilities typical of the three seed institutions, each
 * line explained; (2) the evaluation of the seed 001 action plan against its sample actuals;
 * (3) a few checks in brief; (4) the reconciliation of a constructed Beneficiary Module export;
 * and writes the plan report (HTML, Markdown), its charts (SVG), a grant statement and the
 * reconciliation report under out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calculateGrant,
  checkEligibility,
  evaluatePlan,
  evaluateSatisfaction,
  type GrantResult,
  getCountry,
  getRateSheet,
  type MobilityInput,
  renderGrantStatement,
  renderIndicatorChart,
  renderPlanAtAGlance,
  renderPlanReport,
} from 'erasmus-kit';
import { seed001Actuals, seed001AsOf } from './data/seed001-actuals.js';
import { seed001Plan } from './data/seed001-plan.js';
import { runReconciliationExample } from './reconcile.js';

const WIDTH = 100;
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'out');

/** Words wrapped to `width` columns, every line indented by `indent`. */
function wrap(text: string, indent: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

const euro = (amount: string) => `${amount} EUR`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const heading = (text: string) => console.log(`\n${text}\n${'='.repeat(text.length)}`);
const cut = (text: string, max: number) =>
  text.length <= max ? text.padEnd(max) : `${text.slice(0, max - 1)}…`;

console.log('erasmus-kit demo');

// ---------------------------------------------------------------------------------------------
// 1. Grants
// ---------------------------------------------------------------------------------------------

heading('1. Grants for mobilities typical of the three seed institutions');
console.log(
  wrap(
    'Without a National Agency rate sheet the Programme Guide reference rates are used (each result says so in a warning).',
    '',
  ),
);

const mobilities: { title: string; input: MobilityInput }[] = [
  {
    title: 'Serbian business college: a teacher teaching in Slovenia (KA131-HED, call 2024)',
    input: {
      action: 'KA131-HED',
      activity: 'staff-teaching',
      callYear: 2024,
      sendingCountry: 'RS',
      receivingCountry: 'SI',
      startDate: '2025-04-07',
      endDate: '2025-04-11',
      travelDays: 2,
      travel: { distanceKm: 390 },
    },
  },
  {
    title:
      'Lithuanian VET school: a learner’s long-term placement in Ireland (KA121-VET, call 2024)',
    input: {
      action: 'KA121-VET',
      activity: 'learner-long-term',
      callYear: 2024,
      sendingCountry: 'LT',
      receivingCountry: 'IE',
      startDate: '2025-02-03',
      endDate: '2025-05-30',
      travelDays: 2,
      travel: { distanceKm: 1900 },
    },
  },
  {
    title: 'Bosnian university: a student coming to Croatia for a semester (KA171-HED, call 2024)',
    input: {
      action: 'KA171-HED',
      activity: 'student-studies',
      format: 'long-term',
      callYear: 2024,
      sendingCountry: 'BA',
      receivingCountry: 'HR',
      startDate: '2025-02-17',
      endDate: '2025-06-30',
      travel: { distanceKm: 290 },
    },
  },
];

const KIND_WIDTH = 28;
const AMOUNT_WIDTH = 14;

function printGrant(title: string, input: MobilityInput, grant: GrantResult): void {
  console.log(`\n${title}`);
  const d = grant.duration;
  console.log(
    `  ${input.sendingCountry} → ${input.receivingCountry}, ${input.startDate} to ${input.endDate}: ` +
      `${d.fundedDays} funded days (${d.fullMonths} months + ${d.extraDays} days, ${d.method} count, ` +
      `${d.travelDays} travel days)`,
  );
  const pad = ' '.repeat(KIND_WIDTH + AMOUNT_WIDTH + 5);
  for (const line of grant.lines) {
    const basis = wrap(line.basis, pad).trimStart();
    console.log(
      `  ${line.kind.padEnd(KIND_WIDTH)}${euro(line.amount).padStart(AMOUNT_WIDTH)}   ${basis}`,
    );
    console.log(wrap(`rule: ${line.rule}`, pad));
  }
  const total = grant.complete ? 'total' : 'total (incomplete)';
  console.log(`  ${total.padEnd(KIND_WIDTH)}${euro(grant.total).padStart(AMOUNT_WIDTH)}`);
  for (const part of grant.missing) {
    console.log(wrap(`missing (${part.kind}): ${part.message}`, '    '));
  }
  for (const warning of grant.warnings) {
    console.log(wrap(`warning (${warning.code}): ${warning.message}`, '    '));
  }
}

const grants = mobilities.map(({ title, input }) => {
  const grant = calculateGrant(input);
  printGrant(title, input, grant);
  return grant;
});

// A German student in Spain, with the rate sheet of the German National Agency (DE01) for call
// 2024 that erasmus-kit ships with its sources (docs/rate-sheets.md): no typed-in rates.
const germanStudent: MobilityInput = {
  action: 'KA131-HED',
  activity: 'student-studies',
  format: 'long-term',
  callYear: 2024,
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2024-09-01',
  endDate: '2025-01-30',
  travel: { distanceKm: 1800 },
};
const de01 = getRateSheet('DE01', 2024);
const group2 = de01.provenance?.['ka131.studentMonthly.2'];
printGrant(
  'German university: a student studying in Spain for a semester (KA131-HED, call 2024, rate sheet DE01)',
  germanStudent,
  calculateGrant(germanStudent, { rateSheet: de01 }),
);
console.log(
  wrap(
    `rate sheet DE01, call 2024, group 2: ${de01.ka131?.studentMonthly?.[2]} EUR a month (${group2?.status}, call year ${group2?.callYearConfidence}; ${group2?.sources.length} sources)`,
    '    ',
  ),
);

// ---------------------------------------------------------------------------------------------
// 2. The seed 001 action plan
// ---------------------------------------------------------------------------------------------

heading(`2. Seed 001 action plan (2016–2020) against sample actuals, as of ${seed001AsOf}`);
const evaluation = evaluatePlan(seed001Plan, seed001Actuals, { asOf: seed001AsOf });
const s = evaluation.summary;
console.log(
  `${s.indicators} indicators; ${s.metYears} of ${s.dueYears} indicator-years met; ` +
    `weighted score ${s.weightedScore === null ? '–' : percent(s.weightedScore)}; overall: ${s.status}`,
);
console.log(
  `indicators by status: ${Object.entries(s.byStatus)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `years by status:      ${Object.entries(s.byYearStatus)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}\n`,
);
console.log(
  `  ${'id'.padEnd(7)}${'indicator'.padEnd(52)}${'met'.padStart(6)}${'score'.padStart(8)}  ${'status'.padEnd(10)}  forecast ${evaluation.period?.to ?? ''}`,
);
for (const ev of evaluation.indicators) {
  const f = ev.forecast;
  const show = (v: number | null) =>
    v === null ? '–' : ev.kind === 'percentage' ? percent(v) : String(v);
  const forecast =
    f.value === null ? '–' : `${show(f.value)} vs ${show(f.target)}${f.meetsTarget ? ' ✓' : ' ✗'}`;
  console.log(
    `  ${ev.indicatorId.padEnd(7)}${cut(ev.label, 50)}  ${`${ev.metYears}/${ev.dueYears}`.padStart(
      6,
    )}${(ev.score === null ? '–' : percent(ev.score)).padStart(8)}  ${ev.status.padEnd(10)}  ${forecast}`,
  );
}

// Files: the report in English and Lithuanian (the seed school's language), charts, a statement.
mkdirSync(join(outDir, 'charts'), { recursive: true });
const written: string[] = [];
const write = (path: string, text: string) => {
  writeFileSync(path, text);
  written.push(relative(process.cwd(), path) || path);
};
write(
  join(outDir, 'plan-report.html'),
  renderPlanReport(evaluation, { format: 'html', locale: 'en', strategy: seed001Plan }),
);
write(
  join(outDir, 'plan-report.md'),
  renderPlanReport(evaluation, { format: 'markdown', locale: 'en', strategy: seed001Plan }),
);
// The Markdown report shows the plan at a glance from an SVG beside it.
write(join(outDir, 'plan-at-a-glance.svg'), renderPlanAtAGlance(evaluation, { locale: 'en' }));
write(
  join(outDir, 'plan-report.lt.html'),
  renderPlanReport(evaluation, { format: 'html', locale: 'lt', strategy: seed001Plan }),
);
for (const ev of evaluation.indicators) {
  write(
    join(outDir, 'charts', `indicator-${ev.indicatorId}.svg`),
    renderIndicatorChart(ev, { locale: 'en' }),
  );
}
const ka171 = grants[2];
if (ka171) {
  write(
    join(outDir, 'grant-statement.hr.md'),
    renderGrantStatement(ka171, { format: 'markdown', locale: 'hr' }),
  );
  write(
    join(outDir, 'grant-statement.hr.html'),
    renderGrantStatement(ka171, { format: 'html', locale: 'hr' }),
  );
}

// ---------------------------------------------------------------------------------------------
// 3. In brief
// ---------------------------------------------------------------------------------------------

heading('3. In brief');
const tooShort = checkEligibility({
  action: 'KA131-HED',
  activity: 'student-studies',
  format: 'long-term',
  callYear: 2024,
  sendingCountry: 'RS',
  receivingCountry: 'SI',
  startDate: '2025-03-01',
  endDate: '2025-04-10',
});
console.log('A study mobility from 1 March to 10 April 2025:');
console.log(`  eligible: ${tooShort.eligible}`);
for (const issue of tooShort.issues) {
  console.log(wrap(`${issue.severity} ${issue.code}: ${issue.message}`, '  '));
}

const survey = evaluateSatisfaction({ satisfied: 18, responses: 20 }, '85%');
console.log('\n18 of 20 participants satisfied, against a target of at least 85%:');
console.log(`  point estimate: ${survey.pointVerdict}; honest verdict: ${survey.verdict}`);
console.log(wrap(survey.explanation, '  '));

console.log('\nCountry names in Lithuanian (Intl.DisplayNames):');
for (const code of ['RS', 'BA', 'HR', 'LT'] as const) {
  const country = getCountry(code, 2024, { locale: 'lt' });
  console.log(`  ${code}  ${country.name.padEnd(24)}${country.status}`);
}

// ---------------------------------------------------------------------------------------------
// 4. Reconciling a Beneficiary Module export
// ---------------------------------------------------------------------------------------------

heading('4. Reconciling a Beneficiary Module export (constructed file)');
written.push(
  ...runReconciliationExample(outDir, wrap).map((path) => relative(process.cwd(), path)),
);

heading('Files written');
const charts = written.filter((p) => p.includes('charts'));
for (const path of written.filter((p) => !p.includes('charts'))) console.log(`  ${path}`);
console.log(
  `  ${charts.length} charts in ${relative(process.cwd(), join(outDir, 'charts')) || 'out/charts'}/`,
);
console.log('\nOpen out/plan-report.html in a browser to see the report with its charts.');
