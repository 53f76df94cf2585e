/**
 * The action catalogue as data (Programme Guide, Part B; sources in docs/sources.md, "Actions").
 * Private: read it through `listActions()` / `getAction(code)`.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Provenance } from '../_lib/provenance.js';
import type { ActionCode } from './actionCodes.js';
import type { ActionInfo, ActionSector } from './actionTypes.js';

/** An entry without its code (the key of the catalogue). */
type Entry = Omit<ActionInfo, 'code'>;

// Sources, named once.
const S = {
  ka120Wiki: 'https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=71926021',
  ka120Guide:
    'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1/erasmus-accreditation-vet-school-adult?',
  ka120Threshold: 'https://bridges.agcristelo.edu.pt/erasmus-accreditation-what-is-it/',
  ka121Oph:
    'https://www.oph.fi/sv/program/att-ansoka-om-finansiering-som-ackrediterad-organisation-ka121-vet',
  budgetCalculator: 'https://www.erasmusbudgetcalculator.com:443/',
  eyeu: 'https://eyeu.it/en/2023/05/19/erasmus-plus-accreditation-adult-school-youth-vet_eyeu-supports-the-preparation-of-the-proposals/',
  ka122Me: 'https://erasmusplus.ac.me/?lang=en&p=9747',
  ka122Eurodesk:
    'https://eurodesk.lu/database/erasmuskey-action1-mobility-project-for-vocational-education-and-training-for-learners/',
  ka122Cy: 'https://erasmusplus.idep.org.cy/en/vasiki-drasi-1/ekpaidefsi-enilikon',
  ka130Wiki: 'https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=71926061',
  eposVlaanderen:
    'https://www.epos-vlaanderen.be/projectaanvraag/erasmus-individuele-leermobiliteit/hoger-onderwijs/eche-accreditatie-2022/',
  eche: 'https://erasmus-plus.ec.europa.eu/opportunities/opportunities-for-organisations/learning-mobility-of-individuals/higher-education-students-and-staff',
  ka131Wiki:
    'https://wikis.ec.europa.eu/spaces/NAITDOC/pages/177047649/KA131+Organisational+support+unit+costs',
  ka171Wiki:
    'https://wikis.ec.europa.eu/spaces/NAITDOC/pages/177045585/Inclusion+support+for+organisations',
  ka150Injuve: 'https://programaseuropeos.injuve.es/en/erasmus/accreditations-youth-field',
  ka150Wiki:
    'https://wikis.ec.europa.eu/spaces/NAITDOC/pages/159286092/Erasmus+Accreditation+in+the+field+of+Youth',
  ka150Leargas:
    'https://issuu.com/leargas.ireland/docs/le_argas_2020_youth_accrediation_brochure_final',
  ka151AccessEurope:
    'https://accesseurope.ie/open-funds/erasmus-accredited-projects-for-youth-mobility',
  ka151Guide:
    'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1/mobility-accredited-youth',
  ka152Injuve: 'http://programaseuropeos.injuve.es/en/node/8',
  ka153Injuve: 'https://programaseuropeos.injuve.es/en/erasmus/mobility-workers-youth-field-ka-153',
  ka154Injuve:
    'https://programaseuropeos.injuve.es/en/erasmus/youth-participation-activities-ka-154',
  ka155Funds:
    'https://www2.fundsforngos.org/latest-funds-for-ngos/open-call-discovereu-inclusion-project',
  ka155Guide:
    'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-1/discovereu-action',
  ka182Cy: 'https://erasmusplus.idep.org.cy/en/vasiki-drasi-1/athlitismos',
  sportInfoDay: 'https://www.sgpjbg.com.cn/bgdown/1189004.html',
  ka182Wiki:
    'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=95552400&selectedPageVersions=21&selectedPageVersions=20',
  emjm: 'https://ramrocollege.com/erasmus-scholarships-for-international-students-2022-2023/',
  discoverEu: 'https://accesseurope.ie/open-funds/erasmus-discovereu-inclusion-action',
  ka220Cy2025:
    'https://www.fundingprogrammesportal.gov.cy/en/call/cooperation-partnerships-en-2025',
  ka220Engo2021:
    'https://fundingprogrammesportal.gov.cy/en/call/partnership-for-cooperation-in-the-field-of-education-and-training-european-ngo',
  ka220Youth2026:
    'https://www.fundingprogrammesportal.gov.cy/en/call/partnerships-for-cooperation-cooperation-partnerships-in-the-field-of-youth-submitted-by-european-ngos-2026-en-2025',
  ka210Iky: 'https://iky.gr/en/?p=46997',
  ka210Fondi: 'https://fondi.eu/erasmusplus/partnership-for-cooperation/small-scale-partnerships',
  ka210Cy2025:
    'https://www.fundingprogrammesportal.gov.cy/en/call/small-scale-partnerships-en-2025',
  ka210Sport: 'https://fundingprogrammesportal.gov.cy/en/call/small-scale-partnerships-sport-202',
  aeePact:
    'https://pact-for-skills.ec.europa.eu/stakeholders-and-business/funding-opportunities/alliances-education-and-enterprises-0_en',
  aeeCy: 'https://fundingprogrammesportal.gov.cy/en/call/alliances-for-education-and-enterprises-2',
  aeeNet:
    'https://europeannetforinclusion.org/opportunities/european-calls/alliances-innovation-erasmus-programme',
  limegrow: 'https://dev-programmes.dev5.limegrow.com/en/programme/22286/eu',
  blueprintYoe: 'http://yoenetwork.org/index-25.html',
  blueprintFinder:
    'https://www.funding-finder.org/en/funding/erasmus-alliances-sectoral-skills-blueprint-361vz',
  coveCy: 'https://fundingprogrammesportal.gov.cy/en/call/centres-of-vocational-excellence',
  coveAccess: 'https://www.accesseurope.ie/open-funds/erasmus-centres-of-vocational-excellence',
  coveFinder: 'https://www.funding-finder.org/en/funding/erasmus-vet-excellence-centres-funding',
  emdm: 'https://fundingprogrammesportal.gov.cy/en/call/erasmus-mundus-design-measures-4',
  cbhe2024:
    'https://fundingprogrammesportal.gov.cy/en/call/capacity-building-in-the-field-of-higher-education-strand',
  cbhe2025:
    'https://www.fundingprogrammesportal.gov.cy/en/call/capacity-building-in-higher-education-en-2025',
  cbhe3Finder:
    'https://www.funding-finder.org/en/funding/erasmus-capacity-building-higher-education-strand-3-funding',
  cbhe3Cy:
    'https://fundingprogrammesportal.gov.cy/en/call/capacity-building-in-the-field-of-higher-education-strand-3-agglika-2025',
  cbVet:
    'https://erasmusplus.oead.at/en/berufsbildung/kapazitaetsaufbau-in-berufsbildung/gefoerderte-kosten',
  cbYouth: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/capacity-youth',
  cbSportCy:
    'https://www.fundingprogrammesportal.gov.cy/en/call/capacity-building-in-the-field-of-sport-en-2025',
  cbSportEc:
    'https://erasmus-plus.ec.europa.eu/es/opportunities/organisations/cooperation-among-organisations-and-institutions/capacity-sport?',
  sportEventsCy:
    'https://fundingprogrammesportal.gov.cy/en/call/not-for-profit-european-sport-events-english-2025',
  sportEventsRs: 'https://erasmusplus.rs/sport-eng/not-for-profit-european-sport-events/',
  sportGuide: 'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/key-action-2/sport',
  teacherAcademies:
    'https://www.funding-finder.org/en/funding/erasmus-teacher-academies-eu-funding',
  lsDecision: 'https://hotpinkbraces.com/single-room-spacious-erasmus-long-term-5030',
  eytAccess: 'https://www.accesseurope.ie/open-funds/erasmus-european-youth-together',
  eytUal: 'https://www.cde.ual.es/en/european-youth-together/',
  jmIsrael: 'https://www.erasmusplus.org.il/jean-monnet',
  jmDresden:
    'https://tu-dresden.de/forschung-transfer/services-fuer-forschende/european-project-center/foerderprogramme/erasmusplus/jean_monnet',
  lsDecisionScribd:
    'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F734604411%2FLs-and-Unit-Cost-Decision-Erasmus-En',
  jmUkraine: 'http://erasmusplus.org.ua/en/erasmus/zhan-mone/teaching-and-research.html',
  jmCoe:
    'https://erasmus-plus.ec.europa.eu/opportunities/opportunities-for-organisations/jean-monnet-actions/centres-of-excellence',
  jmPalestine: 'https://erasmus-plus.mohe.pna.ps/Erasmus-/Erasmus-2021-2027/Jean-Monnet-Actions',
  jmTeacherTraining:
    'https://erasmusplus.rs/vocational-education-and-training/jean-monnet-actions-in-other-fields-of-education-and-training/',
  jmLearningEu:
    'https://erasmus-plus.ec.europa.eu/programme-guide/part-b/jean-monnet-actions/education-training/learning-eu',
  jmNetworksOther: 'https://fundsforindividuals.fundsforngos.org/?p=20532',
} as const;

/** The fields' names, for the per-field action names. */
const FIELD_NAMES = {
  SCH: 'school education',
  VET: 'vocational education and training',
  ADU: 'adult education',
  HED: 'higher education',
  YOU: 'youth',
} as const satisfies Partial<Record<ActionSector, string>>;

/** One entry per field of an action family (`KA121-SCH`, `KA121-VET`, ...). */
function perField<P extends string, F extends keyof typeof FIELD_NAMES>(
  prefix: P,
  fields: readonly F[],
  make: (field: F, fieldName: string) => Entry,
): Record<`${P}-${F}`, Entry> {
  return Object.fromEntries(
    fields.map((field) => [`${prefix}-${field}`, make(field, FIELD_NAMES[field])]),
  ) as Record<`${P}-${F}`, Entry>;
}

const confirmed = (...sources: [string, ...string[]]): Provenance => ({
  sources,
  status: 'confirmed',
});
const single = (note: string, ...sources: [string, ...string[]]): Provenance => ({
  sources,
  status: 'single-source',
  note,
});

/** Duration limits shared by the youth projects KA152–KA154. */
const youthProjectDuration = (source: string) =>
  ({
    value: { minMonths: 3, maxMonths: 24, description: '3–24 months' },
    sources: [source],
    status: 'single-source',
  }) as const;

/** The entries of the catalogue, keyed by code (built on the first call of `actionCatalogue`). */
function entries() {
  return {
    ...perField('KA120', ['SCH', 'VET', 'ADU'], (field, fieldName) => ({
      name: `Erasmus accreditation in ${fieldName}`,
      keyAction: 'KA1',
      sectors: [field],
      managedBy: 'NA',
      kind: 'accreditation',
      applicants:
        'Organisations active in the field, established in an EU Member State or an associated third country (individual organisations or mobility-consortium coordinators); no prior experience needed.',
      note: 'Based on an "Erasmus Plan"; valid for the rest of the programme (to 2027); one accreditation per field per organisation. Quality threshold 70/100 (single third-party source).',
      provenance: {
        ...confirmed(S.ka120Wiki, S.ka120Guide, S.ka120Threshold),
        note: 'The 70/100 quality threshold has a single third-party source.',
      },
    })),
    ...perField('KA121', ['SCH', 'VET', 'ADU'], (field, fieldName) => ({
      name: `Accredited projects for mobility of learners and staff in ${fieldName}`,
      keyAction: 'KA1',
      sectors: [field],
      managedBy: 'NA',
      kind: 'project',
      applicants: `Holders of a valid Erasmus accreditation in ${fieldName} (KA120-${field}).`,
      duration: {
        value: {
          initialMonths: 15,
          minMonths: 15,
          maxMonths: 24,
          description: '15 months initially; can be extended to 24 months after 12 months',
        },
        sources: [S.ka121Oph, S.budgetCalculator],
        status: 'single-source',
        note: 'The 15 months are confirmed by a National Agency and a third party; the extension to 24 months has a single third-party source.',
      },
      note: 'An annual, budget-based "funding request" with no qualitative re-assessment.',
      provenance: confirmed(S.ka121Oph, S.eyeu),
    })),
    ...perField('KA122', ['SCH', 'VET', 'ADU'], (field, fieldName) => ({
      name: `Short-term projects for mobility of learners and staff in ${fieldName}`,
      keyAction: 'KA1',
      sectors: [field],
      managedBy: 'NA',
      kind: 'project',
      applicants:
        field === 'VET'
          ? 'Organisations without an Erasmus accreditation: VET providers, local and regional authorities, coordination bodies, and companies hosting learners.'
          : `Organisations without an Erasmus accreditation active in ${fieldName}, local and regional authorities, coordination bodies.`,
      duration: {
        value: { minMonths: 6, maxMonths: 18, description: '6–18 months' },
        sources: [S.ka122Me, S.ka122Cy],
        status: 'confirmed',
      },
      note: 'At most 30 participants per application; that preparatory visits and accompanying persons do not count toward the 30 has a single source.',
      provenance: confirmed(S.ka122Me, S.ka122Eurodesk, S.ka122Cy),
    })),
    'KA130-HED': {
      name: 'Erasmus accreditation for higher-education mobility consortia',
      keyAction: 'KA1',
      sectors: ['HED'],
      managedBy: 'NA',
      kind: 'accreditation',
      applicants: 'A mobility-consortium coordinator.',
      partnership:
        'At least 3 organisations, of which at least 2 sending higher-education institutions (a Flemish National Agency rule: single source).',
      note: 'Not the Erasmus Charter for Higher Education (ECHE). Valid for the whole programme period.',
      provenance: confirmed(S.ka130Wiki, S.eposVlaanderen),
    },
    ECHE: {
      name: 'Erasmus Charter for Higher Education',
      keyAction: 'KA1',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'charter',
      applicants:
        'Higher-education institutions; a prerequisite for HEIs in EU Member States and associated third countries.',
      note: 'Awarded for 2021–2027 through a separate EACEA call on the Funding & Tenders portal.',
      provenance: confirmed(S.eche),
    },
    'KA131-HED': {
      name: 'Mobility of higher-education students and staff (EU Member States and associated third countries, plus a limited international strand)',
      keyAction: 'KA1',
      sectors: ['HED'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Holders of the Erasmus Charter for Higher Education (ECHE) and KA130 consortia.',
      note: 'Project duration not recorded (no source found). Rates: see the rule packs.',
      provenance: confirmed(S.ka131Wiki),
    },
    'KA171-HED': {
      name: 'International mobility of higher-education students and staff (third countries not associated, external-policy funds)',
      keyAction: 'KA1',
      sectors: ['HED'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'ECHE holders and consortia.',
      note: 'Project duration not recorded (no source found). Rates: see the rule packs.',
      provenance: confirmed(S.ka171Wiki),
    },
    'KA150-YOU': {
      name: 'Erasmus accreditation in the field of youth',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'accreditation',
      applicants:
        'Experienced youth organisations in EU Member States and associated third countries.',
      note: 'Youth exchanges and/or youth-worker mobility, participation activities from year two; valid until 2027 subject to monitoring. Accredited organisations can no longer apply for KA152/KA153 (they may still be partners).',
      provenance: confirmed(S.ka150Injuve, S.ka150Wiki, S.ka150Leargas),
    },
    'KA151-YOU': {
      name: 'Mobility of young people and youth workers for accredited organisations',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Holders of an Erasmus accreditation in the field of youth (KA150-YOU).',
      duration: {
        value: {
          initialMonths: 15,
          minMonths: 15,
          maxMonths: 24,
          description: '15 months initially, extendable to 24 months after 12 months',
        },
        sources: [S.ka151AccessEurope, S.ka151Guide],
        status: 'conflicting',
        alternative: '12–24 months (the Programme Guide text of 2021).',
        note: 'The limits may differ by call year.',
      },
      note: 'Activities: youth exchanges, youth-worker professional development, preparatory visits, system development and outreach.',
      provenance: confirmed(S.ka151AccessEurope, S.ka151Guide),
    },
    'KA152-YOU': {
      name: 'Youth exchanges',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Organisations or informal groups of young people.',
      partnership:
        'At least 2 organisations or groups from different countries (one sending, one receiving).',
      duration: youthProjectDuration(S.ka152Injuve),
      note: 'Activities of 5–21 days excluding travel; participants aged 13–30; open to EU Member States, associated third countries and regions 1–4.',
      provenance: single('Spanish National Agency page.', S.ka152Injuve),
    },
    'KA153-YOU': {
      name: 'Mobility projects for youth workers',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Organisations in an EU Member State or associated third country.',
      partnership: 'At least 2 organisations from different countries.',
      duration: youthProjectDuration(S.ka153Injuve),
      note: 'Activities of 2–60 days excluding travel; at most 50 participants; no age limit.',
      provenance: single('Spanish National Agency page.', S.ka153Injuve),
    },
    'KA154-YOU': {
      name: 'Youth participation activities',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Informal groups of young people and/or organisations.',
      duration: youthProjectDuration(S.ka154Injuve),
      note: 'National or transnational; participants aged 13–30.',
      provenance: single('Spanish National Agency page.', S.ka154Injuve),
    },
    'KA155-YOU': {
      name: 'DiscoverEU Inclusion Action',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Organisations and informal groups of young people.',
      duration: {
        value: { minMonths: 3, maxMonths: 18, description: '3–18 months (call 2022)' },
        sources: [S.ka155Funds],
        status: 'single-source',
        note: 'Given for call 2022.',
      },
      note: 'Groups of 1–5 young people with fewer opportunities from the same country.',
      provenance: confirmed(S.ka155Funds, S.ka155Guide),
    },
    'KA182-SPO': {
      name: 'Mobility of sport staff',
      keyAction: 'KA1',
      sectors: ['SPO'],
      managedBy: 'NA',
      kind: 'project',
      applicants:
        'Public or private grassroots sport organisations (non-grassroots ones if the staff participation benefits grassroots sport).',
      fromCallYear: 2023,
      duration: {
        value: {
          minMonths: 3,
          maxMonths: 18,
          description: '3–18 months, including preparation and reporting',
        },
        sources: [S.ka182Cy, S.sportInfoDay],
        status: 'confirmed',
      },
      note: 'Coaches and other staff, paid or volunteer, mainly grassroots; at most 10 participants per project.',
      provenance: confirmed(S.ka182Cy, S.sportInfoDay, S.ka182Wiki),
    },
    EMJM: {
      name: 'Erasmus Mundus Joint Masters',
      keyAction: 'KA1',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'A higher-education institution applying for a consortium of higher-education institutions.',
      partnership:
        'At least 3 higher-education institutions from at least 3 countries, at least 2 of them EU Member States or associated third countries.',
      duration: {
        value: { description: '6 academic years covering at least 4 intakes' },
        sources: [S.emjm],
        status: 'single-source',
      },
      funding: {
        value: { kind: 'maximum-grant', max: '5000000.00' },
        sources: [S.emjm],
        status: 'single-source',
        note: 'Up to EUR 5 million per project (call 2022).',
      },
      note: 'Belarus is excluded.',
      provenance: single('Third-party page (call 2022).', S.emjm),
    },
    DISCOVEREU: {
      name: 'DiscoverEU (travel passes for 18-year-olds)',
      keyAction: 'KA1',
      sectors: ['YOU'],
      managedBy: 'EC',
      kind: 'individual',
      applicants: 'Individuals aged 18, in general application rounds.',
      note: 'Managed by the Commission or EACEA: which body is not settled by the sources.',
      provenance: single('Which body manages it is uncertain.', S.discoverEu),
    },
    ...perField('KA220', ['SCH', 'VET', 'ADU', 'HED', 'YOU'], (field, fieldName) => ({
      name: `Cooperation partnerships in ${fieldName}`,
      keyAction: 'KA2',
      sectors: [field],
      managedBy: 'NA',
      kind: 'project',
      applicants:
        'Organisations in EU Member States and associated third countries (European NGOs apply to EACEA).',
      partnership:
        'At least 3 organisations from at least 3 different EU Member States or associated third countries; no maximum; partners from non-associated third countries only if they add value.',
      funding: {
        value: { kind: 'lump-sum-options', amounts: ['120000.00', '250000.00', '400000.00'] },
        sources: [S.ka220Cy2025, S.ka220Engo2021, S.ka220Youth2026],
        status: 'confirmed',
      },
      note: 'Project duration: 12–36 months is often assumed but was not found in any source, so it is not given here.',
      provenance: confirmed(S.ka220Cy2025, S.ka220Engo2021, S.ka220Youth2026),
    })),
    ...perField('KA210', ['SCH', 'VET', 'ADU', 'YOU'], (field, fieldName) => ({
      name: `Small-scale partnerships in ${fieldName}`,
      keyAction: 'KA2',
      sectors: [field],
      managedBy: 'NA',
      kind: 'project',
      applicants: 'Organisations in EU Member States and associated third countries.',
      partnership:
        'At least 2 organisations from at least 2 different EU Member States or associated third countries; no maximum.',
      duration: {
        value: { minMonths: 6, maxMonths: 24, description: '6–24 months' },
        sources: [S.ka210Iky, S.ka210Fondi, S.ka210Cy2025],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-options', amounts: ['30000.00', '60000.00'] },
        sources: [S.ka210Iky, S.ka210Fondi, S.ka210Cy2025],
        status: 'confirmed',
      },
      note: 'Not available in higher education.',
      provenance: confirmed(S.ka210Iky, S.ka210Fondi, S.ka210Cy2025),
    })),
    'SPORT-COOPERATION-PARTNERSHIPS': {
      name: 'Cooperation partnerships in sport',
      keyAction: 'KA2',
      sectors: ['SPO'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Sport organisations in EU Member States and associated third countries.',
      note: 'The sport version of KA220, managed by EACEA; its lump sums and duration were not found.',
      provenance: single('Named with KA220 by one source.', S.ka220Cy2025),
    },
    'SPORT-SMALL-SCALE-PARTNERSHIPS': {
      name: 'Small-scale partnerships in sport',
      keyAction: 'KA2',
      sectors: ['SPO'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Sport organisations in EU Member States and associated third countries.',
      partnership:
        'At least 2 organisations from at least 2 different EU Member States or associated third countries.',
      duration: {
        value: { minMonths: 6, maxMonths: 24, description: '6–24 months' },
        sources: [S.ka210Sport, S.ka210Iky],
        status: 'single-source',
        note: 'Given for small-scale partnerships in general.',
      },
      funding: {
        value: { kind: 'lump-sum-options', amounts: ['30000.00', '60000.00'] },
        sources: [S.ka210Sport, S.ka210Iky],
        status: 'single-source',
        note: 'Given for small-scale partnerships in general, sport included.',
      },
      note: 'The sport version of KA210, managed by EACEA.',
      provenance: single('Sport call page.', S.ka210Sport),
    },
    'ALLIANCES-EDUCATION-ENTERPRISES': {
      name: 'Alliances for Innovation – Lot 1: Alliances for Education and Enterprises',
      keyAction: 'KA2',
      sectors: ['HED', 'VET'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Organisations in EU Member States and associated third countries (higher-education, VET and enterprises); third-country organisations may be partners, never coordinator.',
      partnership:
        'At least 4 EU Member States or associated third countries; at least 1 VET and 1 higher-education organisation. Belarus and Russia excluded.',
      duration: {
        value: { allowedMonths: [24, 36], description: '2 or 3 years' },
        sources: [S.aeePact, S.aeeCy, S.aeeNet],
        status: 'confirmed',
      },
      funding: {
        value: {
          kind: 'lump-sum-range',
          max: '1500000.00',
          maxByDurationMonths: { 24: '1000000.00', 36: '1500000.00' },
          maxSharePercent: 80,
        },
        sources: [S.aeePact, S.aeeCy, S.aeeNet, S.limegrow],
        status: 'confirmed',
        note: 'The lump sum is at most 80 % of the evaluated budget (call 2024).',
      },
      provenance: confirmed(S.aeePact, S.aeeCy, S.aeeNet, S.limegrow),
    },
    'ALLIANCES-SECTORAL-SKILLS': {
      name: 'Alliances for Innovation – Lot 2: Sectoral Cooperation on Skills ("Blueprint")',
      keyAction: 'KA2',
      sectors: ['VET', 'HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Partnerships in industrial ecosystems (Pact for Skills).',
      duration: {
        value: { allowedMonths: [48], description: '4 years' },
        sources: [S.blueprintYoe, S.blueprintFinder],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'maximum-grant', max: '4000000.00' },
        sources: [S.blueprintYoe, S.blueprintFinder],
        status: 'confirmed',
      },
      note: 'Minimum partnership not found in the sources.',
      provenance: confirmed(S.blueprintYoe, S.blueprintFinder),
    },
    COVE: {
      name: 'Centres of Vocational Excellence (Partnerships for Excellence)',
      keyAction: 'KA2',
      sectors: ['VET'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'VET organisations (EQF levels 3–8, not tertiary-only) and their partners.',
      partnership:
        'At least 8 full partners from at least 4 EU Member States or associated third countries (call 2022).',
      duration: {
        value: { allowedMonths: [48], description: '4 years' },
        sources: [S.coveCy, S.coveAccess],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-range', max: '4000000.00', maxSharePercent: 80 },
        sources: [S.coveCy, S.coveAccess, S.coveFinder],
        status: 'confirmed',
      },
      provenance: confirmed(S.coveCy, S.coveAccess, S.coveFinder),
    },
    EMDM: {
      name: 'Erasmus Mundus Design Measures',
      keyAction: 'KA2',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Higher-education institutions.',
      partnership:
        'Must involve higher-education institutions from at least 1 non-associated third country.',
      funding: {
        value: { kind: 'lump-sum-options', amounts: ['60000.00'] },
        sources: [S.emdm],
        status: 'single-source',
      },
      note: 'Project duration not found in the sources.',
      provenance: single('Cypriot funding portal.', S.emdm),
    },
    'CBHE-STRAND-1': {
      name: 'Capacity building in higher education – Strand 1: Fostering access to cooperation',
      keyAction: 'KA2',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Higher-education institutions, with non-associated third countries.',
      duration: {
        value: { allowedMonths: [24, 36], description: '24 or 36 months' },
        sources: [S.cbhe2024, S.cbhe2025],
        status: 'confirmed',
      },
      funding: {
        value: {
          kind: 'lump-sum-range',
          min: '200000.00',
          max: '400000.00',
          maxSharePercent: 90,
        },
        sources: [S.cbhe2024, S.cbhe2025],
        status: 'confirmed',
      },
      provenance: confirmed(S.cbhe2024, S.cbhe2025),
    },
    'CBHE-STRAND-2': {
      name: 'Capacity building in higher education – Strand 2: Partnerships for transformation',
      keyAction: 'KA2',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Higher-education institutions, with non-associated third countries.',
      duration: {
        value: { allowedMonths: [24, 36], description: '24 or 36 months' },
        sources: [S.cbhe2025],
        status: 'single-source',
        note: 'Call 2025.',
      },
      note: 'Lump-sum range not found in the sources (EUR 400 000–800 000 is background knowledge only), so it is not given here.',
      provenance: single('Cypriot funding portal (call 2025).', S.cbhe2025),
    },
    'CBHE-STRAND-3': {
      name: 'Capacity building in higher education – Strand 3: Structural reform projects',
      keyAction: 'KA2',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Higher-education institutions, with national authorities involved (Global Gateway alignment required in some regions).',
      duration: {
        value: { allowedMonths: [36, 48], description: '36 or 48 months' },
        sources: [S.cbhe3Finder, S.cbhe3Cy],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-range', max: '1000000.00', maxSharePercent: 90 },
        sources: [S.cbhe3Finder],
        status: 'single-source',
        note: 'Single aggregator source (call 2025); the ranges have changed by call year.',
      },
      provenance: confirmed(S.cbhe3Finder, S.cbhe3Cy),
    },
    'CB-VET': {
      name: 'Capacity building in vocational education and training',
      keyAction: 'KA2',
      sectors: ['VET'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'VET organisations, with non-associated third countries.',
      funding: {
        value: {
          kind: 'lump-sum-range',
          min: '100000.00',
          max: '400000.00',
          maxSharePercent: 80,
        },
        sources: [S.cbVet],
        status: 'single-source',
        note: 'At most 80 % of the total costs (Austrian National Agency page).',
      },
      note: 'Project duration not found in the sources.',
      provenance: single('Austrian National Agency page.', S.cbVet),
    },
    'CB-YOUTH': {
      name: 'Capacity building in the field of youth',
      keyAction: 'KA2',
      sectors: ['YOU'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Youth organisations, with non-associated third countries.',
      note: 'Duration and amounts not found in the sources.',
      provenance: confirmed(S.cbYouth),
    },
    'CB-SPORT': {
      name: 'Capacity building in the field of sport',
      keyAction: 'KA2',
      sectors: ['SPO'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Sport organisations; the applicant is from an EU Member State, an associated third country or region 1.',
      funding: {
        value: {
          kind: 'lump-sum-range',
          min: '100000.00',
          max: '200000.00',
          maxSharePercent: 80,
        },
        sources: [S.cbSportCy, S.cbSportEc],
        status: 'confirmed',
        note: 'Co-financing 80 % (call 2026).',
      },
      note: 'With regions 1 and 2. Project duration not found in the sources.',
      provenance: confirmed(S.cbSportCy, S.cbSportEc),
    },
    'SPORT-EVENTS-NOT-FOR-PROFIT': {
      name: 'Not-for-profit European sport events',
      keyAction: 'KA2',
      sectors: ['SPO'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Sport organisations.',
      partnership:
        'EUR 200 000: European local events, 3–5 organisations from 3–5 countries; EUR 300 000: local events, at least 6 organisations from at least 6 countries; EUR 450 000: one European-wide event, at least 10 organisations from at least 10 countries.',
      funding: {
        value: { kind: 'lump-sum-options', amounts: ['200000.00', '300000.00', '450000.00'] },
        sources: [S.sportEventsCy, S.sportEventsRs],
        status: 'confirmed',
        note: 'Call 2025.',
      },
      note: 'Project duration not found in the sources.',
      provenance: confirmed(S.sportEventsCy, S.sportEventsRs),
    },
    'SPORT-EVENTS-LARGE-SCALE': {
      name: 'Large-scale European sport events',
      keyAction: 'KA2',
      sectors: ['SPO'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Sport organisations.',
      note: 'Only mentioned by the sources: duration and amounts unknown.',
      provenance: single('Mentioned only.', S.sportGuide),
    },
    'TEACHER-ACADEMIES': {
      name: 'Erasmus+ Teacher Academies',
      keyAction: 'KA2',
      sectors: ['SCH', 'HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Teacher-education providers.',
      note: 'Teacher education; duration and amounts not found in the sources. A lump-sum action according to the lump-sum decision history.',
      provenance: single('Aggregator page.', S.teacherAcademies, S.lsDecision),
    },
    'EUROPEAN-UNIVERSITIES': {
      name: 'European Universities',
      keyAction: 'KA2',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Alliances of higher-education institutions.',
      note: 'Not researched.',
      provenance: single('Listed as not researched.', S.lsDecision),
    },
    'VIRTUAL-EXCHANGES': {
      name: 'Virtual exchanges',
      keyAction: 'KA2',
      sectors: [],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Not researched.',
      note: 'Not researched; a lump-sum action according to the lump-sum decision history.',
      provenance: single('Listed as not researched.', S.lsDecision),
    },
    'FORWARD-LOOKING-PROJECTS': {
      name: 'Forward-looking projects',
      keyAction: 'KA2',
      sectors: [],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Not researched.',
      note: 'Not researched.',
      provenance: single('Listed as not researched.', S.lsDecision),
    },
    'CIVIL-SOCIETY-COOPERATION': {
      name: 'Civil society cooperation',
      keyAction: 'KA2',
      sectors: [],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Not researched.',
      note: 'Not researched (listed with the KA2 actions); a lump-sum action according to the lump-sum decision history.',
      provenance: single('Listed as not researched.', S.lsDecision),
    },
    'EUROPEAN-YOUTH-TOGETHER': {
      name: 'European Youth Together',
      keyAction: 'KA3',
      sectors: ['YOU'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'NGOs and public bodies.',
      partnership:
        'At least 5 partners from at least 5 EU Member States or associated third countries (call 2022, probably the large-scale lot).',
      funding: {
        value: { kind: 'lump-sum-range', min: '150000.00', max: '500000.00' },
        sources: [S.eytAccess, S.eytUal],
        status: 'confirmed',
        note: 'Split into a smaller grassroots lot and a large-scale lot; the lot boundaries are uncertain.',
      },
      note: 'Project duration (24 months) was not captured by a source, so it is not given here.',
      provenance: confirmed(S.eytAccess, S.eytUal),
    },
    'JM-MODULE': {
      name: 'Jean Monnet Module',
      keyAction: 'JM',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Any higher-education institution worldwide (ECHE needed in EU Member States and associated third countries).',
      duration: {
        value: {
          allowedMonths: [36],
          description: '3 years; at least 40 teaching hours per academic year',
        },
        sources: [S.jmIsrael, S.jmDresden],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-range', max: '30000.00' },
        sources: [S.jmIsrael, S.jmDresden, S.lsDecisionScribd],
        status: 'single-source',
        note: 'From an older National Erasmus+ Office page; the 2022 lump-sum decision (v3) changed the Module and Chair lump sums.',
      },
      provenance: confirmed(S.jmIsrael, S.jmDresden),
    },
    'JM-CHAIR': {
      name: 'Jean Monnet Chair',
      keyAction: 'JM',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'A permanent staff member at the applicant higher-education institution.',
      duration: {
        value: {
          allowedMonths: [36],
          description: '3 years; one professor, at least 90 teaching hours per academic year',
        },
        sources: [S.jmIsrael, S.jmDresden, S.jmUkraine],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-range', max: '50000.00' },
        sources: [S.jmIsrael, S.jmDresden, S.jmUkraine],
        status: 'single-source',
        note: 'Same caveat as the Module: the 2022 lump-sum decision changed the Chair lump sums.',
      },
      provenance: confirmed(S.jmIsrael, S.jmDresden, S.jmUkraine),
    },
    'JM-CENTRE-OF-EXCELLENCE': {
      name: 'Jean Monnet Centre of Excellence',
      keyAction: 'JM',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Higher-education institutions (ECHE needed in EU Member States and associated third countries); only one Centre of Excellence per institution at a time.',
      duration: {
        value: { allowedMonths: [36], description: '3 years' },
        sources: [S.jmCoe],
        status: 'confirmed',
      },
      funding: {
        value: { kind: 'lump-sum-range', max: '100000.00' },
        sources: [S.jmCoe],
        status: 'confirmed',
      },
      provenance: confirmed(S.jmCoe),
    },
    'JM-POLICY-NETWORKS': {
      name: 'Jean Monnet policy debate – Networks (higher education)',
      keyAction: 'JM',
      sectors: ['HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Higher-education institutions.',
      partnership:
        'At least 3 partner institutions from 3 countries (a 2014–2020 rule, uncertain for 2021+).',
      funding: {
        value: { kind: 'lump-sum-range', max: '300000.00' },
        sources: [S.jmIsrael, S.jmPalestine],
        status: 'single-source',
        note: 'A 2014–2020 figure, uncertain for 2021+.',
      },
      note: 'Project duration not found in the sources.',
      provenance: confirmed(S.jmIsrael, S.jmPalestine),
    },
    'JM-TEACHER-TRAINING': {
      name: 'Jean Monnet in other fields of education and training: Teacher Training',
      keyAction: 'JM',
      sectors: ['SCH', 'VET', 'HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants:
        'Higher-education institutions with an ECHE, or teacher-training institutes and agencies, in EU Member States and associated third countries.',
      note: 'Duration and amounts not found in the sources.',
      provenance: single('Serbian National Agency page.', S.jmTeacherTraining),
    },
    'JM-LEARNING-EU': {
      name: 'Jean Monnet in other fields of education and training: Learning EU initiatives',
      keyAction: 'JM',
      sectors: ['SCH', 'VET'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Schools and VET institutions (ISCED levels 1–4).',
      duration: {
        value: { description: 'one school year' },
        sources: [S.jmLearningEu],
        status: 'confirmed',
      },
      note: 'Amounts not found in the sources.',
      provenance: confirmed(S.jmLearningEu),
    },
    'JM-NETWORKS-OTHER-FIELDS': {
      name: 'Jean Monnet Networks in other fields of education and training',
      keyAction: 'JM',
      sectors: ['SCH', 'VET', 'HED'],
      managedBy: 'EACEA',
      kind: 'project',
      applicants: 'Networks of schools, VET institutions and/or teacher-education institutions.',
      note: 'Duration and amounts not found in the sources.',
      provenance: single('Third-party page (2025).', S.jmNetworksOther),
    },
  } satisfies Record<ActionCode, Entry>;
}

let built: Readonly<Record<ActionCode, ActionInfo>> | undefined;

/**
 * The catalogue, keyed by code, each entry with its code; deeply frozen. Built on the first call,
 * not at import (importing the library does no work it may not need).
 */
export function actionCatalogue(): Readonly<Record<ActionCode, ActionInfo>> {
  if (built === undefined) {
    const table = Object.fromEntries(
      Object.entries(entries()).map(([code, entry]) => [code, { code, ...entry }]),
    ) as Record<ActionCode, ActionInfo>;
    deepFreeze(table);
    built = table;
  }
  return built;
}
