import type { CountryInfo } from '../../programme/countries.js';
import {
  KA131_OUTGOING_ONLY,
  PG_COUNTRIES,
  PG_HE,
  PG_KA171,
  PG_SCH,
  pgSection,
} from '../../rules/citations.js';
import { frozenIssues, makeIssue } from './makeIssue.js';
import type { CheckContext, EligibilityIssue } from './types.js';

const inProgramme = (c: CountryInfo): boolean => c.status !== 'non-associated';

/** "Serbia (RS, associated third country)". */
function describe(c: CountryInfo): string {
  const status =
    c.status === 'eu-member'
      ? 'EU Member State'
      : c.status === 'associated'
        ? 'third country associated to the Programme'
        : 'third country not associated to the Programme';
  return `${c.name} (${c.code}, ${c.memberState ? `part of ${c.memberState}, ` : ''}${status})`;
}

/** The Member State a territory belongs to, or the country itself. */
const stateOf = (c: CountryInfo): string => c.memberState ?? c.code;

/**
 * Countries funded through KA131's international strand rather than KA171 (keyed on ISO codes:
 * the region numbers differ between guide editions): Switzerland, the United Kingdom and the
 * Faroe Islands, and Andorra, Monaco, San Marino and the Vatican.
 */
const KA131_ONLY_PARTNERS: ReadonlySet<string> = new Set([
  'CH',
  'GB',
  'FO',
  'AD',
  'MC',
  'SM',
  'VA',
]);

/**
 * Sending and receiving countries allowed for the action, and the rule that a learning mobility
 * goes to a country other than the sending country and the participant's country of residence
 * (Regulation (EU) 2021/817, Art. 2(2)).
 */
export function countryChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  const { m, sending, receiving } = ctx;
  // The action's own rule first (each returns a new list), then the rules common to all actions.
  const issues =
    m.action === 'KA131-HED'
      ? ka131CountryChecks(ctx)
      : m.action === 'KA171-HED'
        ? ka171CountryChecks(ctx)
        : ka12xCountryChecks(ctx);
  if (stateOf(sending) === stateOf(receiving)) {
    issues.push(
      sending.code === receiving.code
        ? makeIssue(
            m,
            'same-country',
            `The receiving country ${describe(receiving)} is the sending country. A learning mobility means moving to a country other than the country of residence (Regulation (EU) 2021/817, Art. 2(2)): a mobility within one country is not eligible.`,
            { path: ['receivingCountry'] },
          )
        : makeIssue(
            m,
            'same-country-territory',
            `The sending country ${describe(sending)} and the receiving country ${describe(receiving)} are in the same Member State (an outermost region or overseas territory and its Member State, or two of its territories). No source was found on whether this counts as moving to another country (Regulation (EU) 2021/817, Art. 2(2)), so it is a warning: check with your National Agency.`,
            { path: ['receivingCountry'] },
          ),
    );
  }
  const residence = m.participant?.residenceCountry;
  if (residence !== undefined && residence === receiving.code) {
    issues.push(
      makeIssue(
        m,
        'residence-country',
        `The receiving country ${describe(receiving)} is the participant's country of residence. A learning mobility means moving to a country other than the country of residence (Regulation (EU) 2021/817, Art. 2(2)), so this mobility is not eligible.`,
        { path: ['participant', 'residenceCountry'] },
      ),
    );
  }
  return frozenIssues(issues);
}

/**
 * KA131: within the EU Member States and associated countries, or from them to a non-associated
 * country (the international strand, outgoing only: incoming mobility belongs to KA171).
 */
function ka131CountryChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m, sending, receiving } = ctx;
  if (!inProgramme(sending) && !inProgramme(receiving)) {
    return [
      makeIssue(
        m,
        'country-pair-not-eligible',
        `KA131 mobility runs within the EU Member States and associated countries, or from them to other countries (international strand); ${describe(sending)} → ${describe(receiving)} has neither end in the Programme. Use KA171 or another action.`,
        { path: ['sendingCountry'], section: `${PG_COUNTRIES}; ${PG_HE}` },
      ),
    ];
  }
  if (!inProgramme(receiving)) {
    return [
      makeIssue(
        m,
        'international-strand',
        `The receiving country ${describe(receiving)} is not associated to the Programme: this mobility falls under KA131's international strand, which may use at most 20 % of the KA131 grant.`,
        { path: ['receivingCountry'] },
      ),
    ];
  }
  if (inProgramme(sending)) return [];
  if (m.activity === 'invited-staff') {
    return [
      makeIssue(
        m,
        'country-rule-unsourced',
        `The sending country ${describe(sending)} is not associated to the Programme. KA131's international strand is outgoing only, but no source was found on whether staff of an enterprise in such a country may be invited under KA131: check the Programme Guide of call ${m.callYear}, or use KA171.`,
        { path: ['sendingCountry'], section: `${PG_HE}; ${KA131_OUTGOING_ONLY}` },
      ),
    ];
  }
  return [
    makeIssue(
      m,
      'sending-country-not-eligible',
      `The sending country ${describe(sending)} is not associated to the Programme. KA131 sends students and staff from the EU Member States and associated countries only (its international strand is outgoing only): a mobility from a non-associated country belongs to KA171.`,
      { path: ['sendingCountry'], section: `${PG_HE}; ${KA131_OUTGOING_ONLY}` },
    ),
  ];
}

/**
 * KA171: between an EU Member State or associated country and a non-associated country, with a
 * warning when the partner country is funded through KA131 instead (CH, GB, FO, AD, MC, SM, VA).
 */
function ka171CountryChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m, sending, receiving } = ctx;
  if (inProgramme(sending) === inProgramme(receiving)) {
    const both = inProgramme(sending)
      ? 'both are EU Member States or associated countries (use KA131)'
      : 'neither is an EU Member State or associated country';
    return [
      makeIssue(
        m,
        'country-pair-not-eligible',
        `KA171 mobility runs between an EU Member State or associated country and a third country not associated to the Programme; ${describe(sending)} and ${describe(receiving)}: ${both}.`,
        { path: ['receivingCountry'], section: `${PG_COUNTRIES}; ${PG_KA171}` },
      ),
    ];
  }
  const partnerIsSending = !inProgramme(sending);
  const partner = partnerIsSending ? sending : receiving;
  if (!KA131_ONLY_PARTNERS.has(partner.code)) return [];
  return [
    makeIssue(
      m,
      'ka171-partner-ka131-only',
      `The partner country ${describe(partner)} is funded through KA131's international strand, not through KA171, which covers the regions of the EU's external-policy instruments (regions 1–12): check that this mobility belongs to your KA171 project, or fund it under KA131.`,
      { path: [partnerIsSending ? 'sendingCountry' : 'receivingCountry'] },
    ),
  ];
}

/** KA121/KA122: organisations in EU/associated countries send to EU/associated countries. */
function ka12xCountryChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m, sending, receiving } = ctx;
  const issues: EligibilityIssue[] = [];
  if (!inProgramme(sending)) {
    issues.push(
      makeIssue(
        m,
        'sending-country-not-eligible',
        `${m.action} projects are run by organisations established in an EU Member State or associated country; the sending country ${describe(sending)} is not one.`,
        { path: ['sendingCountry'], section: `${PG_COUNTRIES}; ${pgSection(m.action)}` },
      ),
    );
  }
  if (!inProgramme(receiving)) {
    if (m.action.endsWith('-SCH')) {
      issues.push(
        makeIssue(
          m,
          'receiving-country-not-eligible',
          `School-education mobility (${m.action}) takes place in EU Member States and associated countries; the receiving country ${describe(receiving)} is not one.`,
          { path: ['receivingCountry'], section: `${PG_COUNTRIES}; ${PG_SCH}` },
        ),
      );
    } else {
      issues.push(
        makeIssue(
          m,
          'country-rule-unsourced',
          `The receiving country ${describe(receiving)} is not associated to the Programme. International VET and adult-education activities exist, but no source was found on their rules: check the Programme Guide of call ${m.callYear}.`,
          { path: ['receivingCountry'], section: `${PG_COUNTRIES}; ${pgSection(m.action)}` },
        ),
      );
    }
  }
  return issues;
}
