import { childMap, newMap } from '../../_lib/childMap.js';
import type { CountryInfo } from '../../programme/countries.js';
import { makeIssue } from './makeIssue.js';
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
 * Sending and receiving countries allowed for the action, and the (unsourced) rules that a
 * mobility goes abroad and not to the participant's country of residence.
 */
export function countryChecks(ctx: CheckContext): readonly EligibilityIssue[] {
  // The findings depend only on the action, the two countries (each known in its call year) and
  // the country of residence: they are made once and shared (frozen) by every such mobility.
  const { m } = ctx;
  // By action, then by the country pair in the call year and whether the participant lives in the
  // receiving country (the only thing the residence changes): numbers, so no key text is built.
  const byPair = childMap(cache, m.action, newMap);
  const key =
    ctx.countryPair * 2 + (m.participant?.residenceCountry === ctx.receiving.code ? 1 : 0);
  let issues = byPair.get(key);
  if (issues === undefined) {
    issues = Object.freeze(computeCountryChecks(ctx));
    byPair.set(key, issues);
  }
  return issues;
}

type Findings = readonly EligibilityIssue[];
const cache = new Map<string, Map<number, Findings>>();

function computeCountryChecks(ctx: CheckContext): EligibilityIssue[] {
  const { m, sending, receiving } = ctx;
  const issues: EligibilityIssue[] = [];

  if (m.action === 'KA131-HED') {
    if (!inProgramme(sending) && !inProgramme(receiving)) {
      issues.push(
        makeIssue(
          m,
          'country-pair-not-eligible',
          `KA131 mobility runs within the EU Member States and associated countries, or from them to other countries (international strand); ${describe(sending)} → ${describe(receiving)} has neither end in the Programme. Use KA171 or another action.`,
          { path: ['sendingCountry'], section: 'he-mobility-rules.md §0, §1.1, §2.3' },
        ),
      );
    } else if (!inProgramme(receiving)) {
      issues.push(
        makeIssue(
          m,
          'international-strand',
          `The receiving country ${describe(receiving)} is not associated to the Programme: this mobility falls under KA131's international strand, which may use at most 20 % of the KA131 grant.`,
          { path: ['receivingCountry'] },
        ),
      );
    } else if (!inProgramme(sending)) {
      issues.push(
        makeIssue(
          m,
          'country-rule-unsourced',
          `The sending country ${describe(sending)} is not associated to the Programme. The domain notes describe KA131 mobility from EU Member States and associated countries only (incoming mobility under the international strand is not sourced): check the Programme Guide of call ${m.callYear}, or use KA171.`,
          { path: ['sendingCountry'], section: 'he-mobility-rules.md §0, §2.3' },
        ),
      );
    }
  } else if (m.action === 'KA171-HED') {
    if (inProgramme(sending) === inProgramme(receiving)) {
      const both = inProgramme(sending)
        ? 'both are EU Member States or associated countries (use KA131)'
        : 'neither is an EU Member State or associated country';
      issues.push(
        makeIssue(
          m,
          'country-pair-not-eligible',
          `KA171 mobility runs between an EU Member State or associated country and a third country not associated to the Programme; ${describe(sending)} and ${describe(receiving)}: ${both}.`,
          { path: ['receivingCountry'] },
        ),
      );
    }
  } else {
    issues.push(...ka12xCountryChecks(ctx));
  }

  if (stateOf(sending) === stateOf(receiving)) {
    issues.push(
      makeIssue(
        m,
        'same-country',
        `The receiving country ${describe(receiving)} is the sending country${sending.code === receiving.code ? '' : ` ${describe(sending)}`}. A learning mobility normally takes place abroad, but this rule is not sourced in the domain notes (he-mobility-rules.md §11 item 7), so it is a warning: check the Programme Guide.`,
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
        `The receiving country ${describe(receiving)} is the participant's country of residence. The Programme Guide rule on this is not sourced in the domain notes (he-mobility-rules.md §11 item 7), so it is a warning: check the Programme Guide.`,
        { path: ['participant', 'residenceCountry'] },
      ),
    );
  }
  return issues;
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
        { path: ['sendingCountry'], section: 'programme-catalogue.md §1.1' },
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
          { path: ['receivingCountry'], section: 'programme-catalogue.md §2.1' },
        ),
      );
    } else {
      issues.push(
        makeIssue(
          m,
          'country-rule-unsourced',
          `The receiving country ${describe(receiving)} is not associated to the Programme. International VET and adult-education activities exist but their rules were not researched in the domain notes (programme-catalogue.md §2.1): check the Programme Guide of call ${m.callYear}.`,
          { path: ['receivingCountry'], section: 'programme-catalogue.md §2.1' },
        ),
      );
    }
  }
  return issues;
}
