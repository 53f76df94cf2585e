/**
 * Private: the action and call year of a project, read from its grant agreement number
 * (`2024-1-FR01-KA121-SCH-000005151`: call 2024, National Agency FR01, action KA121-SCH), as the
 * EC wiki shows it (https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=143439768).
 *
 * @module
 */
import { type CallYear, isCallYear } from '../../_lib/callYear.js';
import { MOBILITY_ACTIONS, type MobilityAction } from '../../rules/vocabulary.js';

const NUMBER = /^(\d{4})-\d+-[A-Z]{2}\d{2}-(KA\d{3})-([A-Z]{3})-\d+$/;

/** The call year and action of a grant agreement number, or why they cannot be read. */
export function projectOf(
  text: string,
): { readonly callYear: CallYear; readonly action: MobilityAction } | { readonly error: string } {
  const match = NUMBER.exec(text.trim().toUpperCase());
  if (match === null) {
    return { error: 'not a grant agreement number such as 2024-1-FR01-KA121-SCH-000005151' };
  }
  const callYear = Number(match[1]);
  const action = `${match[2]}-${match[3]}`;
  if (!isCallYear(callYear)) return { error: `call ${callYear} has no rules in erasmus-kit` };
  if (!(MOBILITY_ACTIONS as readonly string[]).includes(action)) {
    return { error: `${action} is not a mobility action erasmus-kit computes` };
  }
  return { callYear, action: action as MobilityAction };
}
