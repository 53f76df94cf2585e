/**
 * The 2016–2020 action plan of seed 001 (a source text that is not shipped with the package, a
 * Lithuanian VET school's internationalisation strategy, presented in English), encoded exactly:
 * every goal, objective, action, indicator and yearly target, with the seed's wording and typos.
 * `test/indicators/seed001.test.ts` checks it against the seed text.
 *
 * Encoding choices (the seed does not say; each is repeated in the indicator's `note`):
 * - The seed prints no separate title for objective 1.1; its first action is numbered "1.1.".
 * - The second action of objective 1.2 is printed "1.1.2. sign new cooperation agreements with
 *   foreign partners" (a copy of the row above); its indicator counts teachers in KA1 mobility.
 *   It is kept verbatim, with id "1.2.2" and `printedNumber: '1.1.2'`.
 * - Objective 2.2 has one action, numbered "2.2.2".
 * - Funds and implementers are merged table cells: a block's funds and implementers apply to
 *   every action row until the next value.
 * - Counts of people and events per year are `annual` flows; numbers of partner agreements in
 *   force (1.1.1 updated contracts, 2.1.2 ECVET partners) are levels (`latest`).
 */
import type { Indicator, Strategy } from 'erasmus-kit';

const YEARS = [2016, 2017, 2018, 2019, 2020] as const;

/** Five yearly values, 2016 to 2020, as printed in a row of the seed. */
function row<T>(...values: [T, T, T, T, T]): Record<string, T> {
  return Object.fromEntries(YEARS.map((year, i) => [String(year), values[i] as T]));
}

/** A target printed once across all five year columns ("Once a year"). */
function everyYear<T>(value: T): Record<string, T> {
  return row(value, value, value, value, value);
}

/** An `at-least`, `annual` count indicator. */
function annualCount(
  id: string,
  label: string,
  targets: Record<string, number>,
  note?: string,
): Indicator {
  return {
    id,
    label,
    kind: 'numeric',
    direction: 'at-least',
    aggregation: 'annual',
    targets,
    ...(note === undefined ? {} : { note }),
  };
}

const HUMAN_RESOURCES = ['Human resources'];

/** The seed 001 action plan, 2016–2020. */
export const seed001Plan: Strategy = {
  title: 'Internationalization Strategy',
  institution: { name: 'VTPVM', country: 'LT' },
  language: 'en',
  period: { from: 2016, to: 2020 },
  swot: {
    strengths: [
      'School is ready to carry out mobilities and assure their quality: has project manager, project work groups, huge international experience both as sending and receiving partner, applies ECVET.',
    ],
    weaknesses: [
      'Demand analysis of internationalization strategy must be developed to cover internal and external factors analysis in support of the interface with the labor market needs, the national and / or EU legislation analysis.',
      'Well think out and specify the project participants‘ acquired competence assessment procedures.',
      'Create a clear foreign language competence improvement strategy that relies not only on language skills in assessment or the services provided by partners, but also in the school created language training opportunities.',
    ],
    opportunities: [],
    threats: [],
  },
  source: 'seeds/001_ee2c650b8017b82a.txt',
  note: 'The document names the school by its abbreviation only ("VTPVM"). SWOT: "Our stenghts" and "What we should improve" of the document.',
  goals: [
    {
      id: '1',
      title:
        'It aims to develop an international communication and cooperation, expanding the school community internationality competencies and competitiveness',
      objectives: [
        {
          id: '1.1',
          note: 'The seed prints no separate title for objective 1.1; its first action is numbered "1.1.".',
          actions: [
            {
              id: '1.1.1',
              printedNumber: '1.1.',
              title: 'to continue the co-operation agreement with the existing foreign partners',
              funding: HUMAN_RESOURCES,
              implementers: ['School admistration', 'Project manager'],
              indicators: [
                {
                  id: '1.1.1',
                  label: 'Number of update contracts',
                  kind: 'numeric',
                  direction: 'at-least',
                  aggregation: 'latest',
                  targets: row(7, 8, 8, 9, 9),
                  note: 'Agreements in force: a level, read once a year (latest).',
                },
              ],
            },
            {
              id: '1.1.2',
              title: 'sign new cooperation agreements with foreign partners',
              funding: HUMAN_RESOURCES,
              implementers: ['School admistration', 'Project manager'],
              indicators: [
                annualCount('1.1.2', 'Number of new signed contracts', row(1, 2, 2, 3, 3)),
              ],
            },
          ],
        },
        {
          id: '1.2',
          title:
            "raise the school community's participation in international projects enhancing the professional, social and cultural and linguistic competences",
          actions: [
            {
              id: '1.2.1',
              title: 'to carry out students Erasmus + program mobility projects',
              funding: ['Erasmu+ funds', 'Human resources'],
              implementers: [
                'School admistration',
                'Project manager',
                'Project work group',
                'Receiving partners',
              ],
              indicators: [
                annualCount(
                  '1.2.1',
                  'Nunber of students participated in Erasmus+ KA1 mobility projects',
                  row(46, 50, 54, 58, 60),
                ),
              ],
            },
            {
              id: '1.2.2',
              printedNumber: '1.1.2',
              title: 'sign new cooperation agreements with foreign partners',
              funding: ['Erasmu+ funds', 'Human resources'],
              implementers: [
                'School admistration',
                'Project manager',
                'Project work group',
                'Receiving partners',
              ],
              note: 'Printed "1.1.2." with the title of the row above (a copy error in the seed); the indicator counts teachers in KA1 mobility.',
              indicators: [
                annualCount(
                  '1.2.2',
                  'Number of teachers participated in Erasmu+ KA1 mobility projects',
                  row(6, 8, 8, 8, 8),
                ),
              ],
            },
            {
              id: '1.2.3',
              title: 'to carry out Erasmus + strategic partnership (KA2), Nordplus etc. projects',
              funding: ['Erasmu+ funds', 'Human resources'],
              implementers: [
                'School admistration',
                'Project manager',
                'Project work group',
                'Receiving partners',
              ],
              indicators: [
                annualCount(
                  '1.2.3',
                  'Number of students and teachers participated in internatonal projects',
                  row(8, 10, 10, 12, 12),
                ),
              ],
            },
            {
              id: '1.2.4',
              title: 'participate in Erasmus+ projects as a receiving partner',
              funding: ['Erasmu+ funds', 'Human resources'],
              implementers: ['School administration', 'project manager', 'teachers'],
              indicators: [
                annualCount(
                  '1.2.4',
                  'Number of groups received from other countries',
                  row(2, 2, 3, 3, 4),
                ),
              ],
            },
          ],
        },
      ],
    },
    {
      id: '2',
      title: 'enhance the quality of international mobilities',
      objectives: [
        {
          id: '2.1',
          title: 'ensure validation and recognition of learning outcomes achieved abroad',
          actions: [
            {
              id: '2.1.1',
              title:
                'Apply Europass mobility document to recognize the competences acquired by students and teachers abroad',
              funding: HUMAN_RESOURCES,
              implementers: [
                'School admistration',
                'Project manager',
                'Project work group',
                'Receiving partners',
              ],
              indicators: [
                annualCount(
                  '2.1.1',
                  'Number of issued Europass mobility documents',
                  row(52, 58, 62, 66, 68),
                ),
              ],
            },
            {
              id: '2.1.2',
              title: 'Enhance the application of ECVET in students mobility projects',
              funding: HUMAN_RESOURCES,
              implementers: [
                'School admistration',
                'Project manager',
                'Project work group',
                'Receiving partners',
              ],
              indicators: [
                {
                  id: '2.1.2',
                  label:
                    'Number of receiving partners, which whom we have signed Memorandum of Understanding and ECVET agreements',
                  kind: 'numeric',
                  direction: 'at-least',
                  aggregation: 'latest',
                  targets: row(3, 4, 5, 5, 5),
                  note: 'Partners with a signed MoU: a level, read once a year (latest).',
                },
              ],
            },
          ],
        },
        {
          id: '2.2',
          title: 'increase foreign language self-assessment',
          actions: [
            {
              id: '2.2.2',
              title: 'Use OLS before and after the visits',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'participants'],
              note: 'Objective 2.2 has one action, numbered "2.2.2." in the seed.',
              indicators: [
                annualCount(
                  '2.2.2',
                  'Number of Erasmus students using OLS',
                  row(52, 58, 62, 66, 68),
                ),
              ],
            },
          ],
        },
        {
          id: '2.3',
          title: 'try to achieve the quality in international project management',
          actions: [
            {
              id: '2.3.1',
              title: 'Apply Qality Management System',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'Project work group'],
              indicators: [
                {
                  id: '2.3.1',
                  label: 'Annual analysis of QMS',
                  kind: 'frequency',
                  targets: everyYear(1),
                  note: '"Once a year", printed across all year columns.',
                },
              ],
            },
            {
              id: '2.3.2',
              title: 'review and improve the QMS project management procedures',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'Project work group'],
              indicators: [
                {
                  id: '2.3.2',
                  label:
                    'Annually revised QMS project management procedures and submited proposals for amendment',
                  kind: 'frequency',
                  targets: everyYear(1),
                  note: '"Once a year", printed across all year columns.',
                },
              ],
            },
            {
              id: '2.3.3',
              title:
                'organize meetings with the internship participants to determine their level of satisfaction',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'Project work group', 'participants'],
              indicators: [
                {
                  id: '2.3.3',
                  label: 'Percentage of participants satisfied with the placement abroad',
                  kind: 'percentage',
                  direction: 'at-least',
                  targets: row('85%', '86%', '88%', '89%', '90%'),
                  note: '"Not less than 85%" rising to "Not less than 90%".',
                },
              ],
            },
            {
              id: '2.3.4',
              title: 'Call regular project work group meetings',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'Project work group', 'participants'],
              indicators: [
                {
                  id: '2.3.4',
                  label:
                    'Continuously conducted meetings ensuring a rapid response to irregularities',
                  kind: 'limit',
                  unit: 'discrepancy',
                  targets: everyYear(1),
                  note: '"No more than 1 discrepancy", printed across all year columns; read as a limit per year.',
                },
              ],
            },
            {
              id: '2.3.5',
              title:
                'increase mentoring, involving former project participants to provide assistance to participants',
              funding: HUMAN_RESOURCES,
              implementers: ['Project manager', 'Project work group', 'participants'],
              indicators: [
                {
                  id: '2.3.5',
                  label: 'Number of mentors assigned for each internship',
                  kind: 'per-unit',
                  unit: 'participant',
                  per: 'internship',
                  direction: 'at-least',
                  targets: everyYear(1),
                  note: '"Not less than 1 participant" (as mentor) for each internship, printed across all year columns.',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '3',
      title: 'to achieve that school would be known at international level',
      objectives: [
        {
          id: '3.1',
          title: 'seek active participation in international associations and organizations.',
          actions: [
            {
              id: '3.1.1',
              title: 'Participate in AEHT international conferences/ competitions',
              funding: ['Human resources', 'School budget'],
              implementers: ['School admistration', 'Project manager', 'Profession teachers'],
              indicators: [
                {
                  ...annualCount(
                    '3.1.1',
                    'Number of students/ teachers in AEHT conferences/ competitions',
                    { 2016: 4, 2017: 4, 2018: 5, 2019: 6 },
                  ),
                  milestones: { 2020: 'AEHT conference in LT' },
                  note: 'Counts for 2016–2019; in 2020 the target is a milestone: the AEHT conference held in Lithuania.',
                } as Indicator,
              ],
            },
            {
              id: '3.1.2',
              title:
                'Participate in international fairs, exhibitions, competitions of Practice Firms',
              funding: ['Human resources', 'School budget'],
              implementers: ['School admistration', 'Project manager', 'Profession teachers'],
              indicators: [
                annualCount(
                  '3.1.2',
                  'Number of students/ teachers in international fairs, exhibitions, competences of Practice Firms',
                  row(5, 6, 6, 8, 8),
                ),
              ],
            },
          ],
        },
        {
          id: '3.2',
          title: 'ensure disseniation and publicity of the information about the school',
          actions: [
            {
              id: '3.2.1',
              title:
                'disseminate experience and achievements at internships / competitions at school, regional and national level',
              funding: ['Erasmus+ funds', 'school budget', 'human resources'],
              implementers: ['School administration', 'project manager', 'teachers'],
              indicators: [
                {
                  id: '3.2.1',
                  label: 'Number of publicities (events, announcements, seminars etc.)',
                  kind: 'event-driven',
                  event: 'international internship/ competition',
                  extraPerYear: 1,
                  targets: everyYear(1),
                  note: '"After each international internship/ competition and annual event at the end of each school year": one publicity per internship or competition, plus one annual event.',
                },
              ],
            },
            {
              id: '3.2.2',
              title:
                'Represent school and country during international project visits, conferences, fairs, to enhance international cooperation',
              funding: ['Erasmus+ funds', 'school budget', 'human resources'],
              implementers: ['School administration', 'project manager', 'teachers'],
              indicators: [
                {
                  id: '3.2.2',
                  label: 'Number of new partners',
                  kind: 'event-driven',
                  event: 'international project visit, conference or fair',
                  targets: everyYear(1),
                  note: '"During each event": read as at least one new partner per event attended.',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
