/**
 * Every action code of the catalogue, in catalogue order.
 * Decentralised actions use the `KAxyz-FIELD` code of the Erasmus+ platform; centralised
 * actions, which are identified by yearly Funding & Tenders topic IDs, get a stable slug.
 *
 * @example
 * ```ts
 * import { ACTION_CODES } from 'erasmus-kit';
 * ACTION_CODES.includes('KA131-HED'); // true
 * ```
 */
export const ACTION_CODES = [
  // Key Action 1
  'KA120-SCH',
  'KA120-VET',
  'KA120-ADU',
  'KA121-SCH',
  'KA121-VET',
  'KA121-ADU',
  'KA122-SCH',
  'KA122-VET',
  'KA122-ADU',
  'KA130-HED',
  'ECHE',
  'KA131-HED',
  'KA171-HED',
  'KA150-YOU',
  'KA151-YOU',
  'KA152-YOU',
  'KA153-YOU',
  'KA154-YOU',
  'KA155-YOU',
  'KA182-SPO',
  'EMJM',
  'DISCOVEREU',
  // Key Action 2
  'KA220-SCH',
  'KA220-VET',
  'KA220-ADU',
  'KA220-HED',
  'KA220-YOU',
  'KA210-SCH',
  'KA210-VET',
  'KA210-ADU',
  'KA210-YOU',
  'SPORT-COOPERATION-PARTNERSHIPS',
  'SPORT-SMALL-SCALE-PARTNERSHIPS',
  'ALLIANCES-EDUCATION-ENTERPRISES',
  'ALLIANCES-SECTORAL-SKILLS',
  'COVE',
  'EMDM',
  'CBHE-STRAND-1',
  'CBHE-STRAND-2',
  'CBHE-STRAND-3',
  'CB-VET',
  'CB-YOUTH',
  'CB-SPORT',
  'SPORT-EVENTS-NOT-FOR-PROFIT',
  'SPORT-EVENTS-LARGE-SCALE',
  'TEACHER-ACADEMIES',
  'EUROPEAN-UNIVERSITIES',
  'VIRTUAL-EXCHANGES',
  'FORWARD-LOOKING-PROJECTS',
  'CIVIL-SOCIETY-COOPERATION',
  // Key Action 3
  'EUROPEAN-YOUTH-TOGETHER',
  // Jean Monnet
  'JM-MODULE',
  'JM-CHAIR',
  'JM-CENTRE-OF-EXCELLENCE',
  'JM-POLICY-NETWORKS',
  'JM-TEACHER-TRAINING',
  'JM-LEARNING-EU',
  'JM-NETWORKS-OTHER-FIELDS',
] as const;

/**
 * A code of the action catalogue: `'KA131-HED'`, `'KA122-SCH'`, `'KA220-YOU'`, `'CBHE-STRAND-1'`,
 * `'JM-CHAIR'`, ... (see {@link ACTION_CODES}).
 *
 * @example
 * ```ts
 * import type { ActionCode } from 'erasmus-kit';
 * const code: ActionCode = 'KA121-VET';
 * ```
 */
export type ActionCode = (typeof ACTION_CODES)[number];
