/**
 * One object schema per action, each with the activities of that action, joined by `action`
 * (internal: `MobilityInputSchema` adds the cross-field checks).
 *
 * @module
 */
import * as z from 'zod/mini';
import { showInput } from '../_lib/showInput.js';
import {
  ACTIVITIES_BY_ACTION,
  MOBILITY_ACTIONS,
  type MobilityAction,
} from '../rules/vocabulary.js';
import { COMMON_FIELDS, HIGHER_EDUCATION_FIELDS } from './mobilityFields.js';

const HE_ONLY_KEYS = Object.keys(HIGHER_EDUCATION_FIELDS);

/** The mobilities of one action: its own activities, strict about unknown keys. */
function branch<A extends MobilityAction>(action: A) {
  return z.strictObject(
    {
      action: z.literal(action),
      activity: z.enum(ACTIVITIES_BY_ACTION[action] as (typeof ACTIVITIES_BY_ACTION)[A], {
        error: (issue) =>
          `Activity ${showInput(issue.input)} does not exist in ${action}: expected one of ${ACTIVITIES_BY_ACTION[action].map((a) => `'${a}'`).join(', ')}`,
      }),
      ...COMMON_FIELDS,
    },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return undefined;
        const heKeys = issue.keys.filter((key) => HE_ONLY_KEYS.includes(key));
        return heKeys.length > 0
          ? `${heKeys.join(', ')} ${heKeys.length === 1 ? 'applies' : 'apply'} to KA131-HED and KA171-HED only, not to ${action}`
          : undefined;
      },
    },
  );
}

function heBranch<A extends 'KA131-HED' | 'KA171-HED'>(action: A) {
  return z.extend(branch(action), HIGHER_EDUCATION_FIELDS);
}

/** A mobility of any action, its fields checked one by one (not yet against each other). */
export const MobilityBranchesSchema = z.discriminatedUnion(
  'action',
  [
    heBranch('KA131-HED'),
    heBranch('KA171-HED'),
    branch('KA121-VET'),
    branch('KA122-VET'),
    branch('KA121-SCH'),
    branch('KA122-SCH'),
    branch('KA121-ADU'),
    branch('KA122-ADU'),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Unknown action ${showInput((issue.input as { action?: unknown } | undefined)?.action)}: expected one of ${MOBILITY_ACTIONS.map((a) => `'${a}'`).join(', ')}`
        : undefined,
  },
);
