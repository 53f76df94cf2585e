/**
 * One object schema per action, each with the activities of that action, joined by `action`
 * (internal: the builder of `MobilityInputSchema` calls it once and adds the cross-field checks).
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
import { commonFields, higherEducationFields } from './mobilityFields.js';

type CommonFields = ReturnType<typeof commonFields>;
type HigherEducationFields = ReturnType<typeof higherEducationFields>;

/** The mobilities of one action: its own activities, strict about unknown keys. */
function branch<A extends MobilityAction>(
  action: A,
  common: CommonFields,
  heOnlyKeys: readonly string[],
) {
  return z.strictObject(
    {
      action: z.literal(action),
      activity: z.enum(ACTIVITIES_BY_ACTION[action] as (typeof ACTIVITIES_BY_ACTION)[A], {
        error: (issue) =>
          `Activity ${showInput(issue.input)} does not exist in ${action}: expected one of ${ACTIVITIES_BY_ACTION[action].map((a) => `'${a}'`).join(', ')}`,
      }),
      ...common,
    },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return undefined;
        const heKeys = issue.keys.filter((key) => heOnlyKeys.includes(key));
        return heKeys.length > 0
          ? `${heKeys.join(', ')} ${heKeys.length === 1 ? 'applies' : 'apply'} to KA131-HED and KA171-HED only, not to ${action}`
          : undefined;
      },
    },
  );
}

function heBranch<A extends 'KA131-HED' | 'KA171-HED'>(
  action: A,
  common: CommonFields,
  he: HigherEducationFields,
) {
  return z.extend(branch(action, common, Object.keys(he)), he);
}

/** A mobility of any action, its fields checked one by one (not yet against each other). */
export function mobilityBranches() {
  const common = commonFields();
  const he = higherEducationFields();
  const heOnlyKeys = Object.keys(he);
  return z.discriminatedUnion(
    'action',
    [
      heBranch('KA131-HED', common, he),
      heBranch('KA171-HED', common, he),
      branch('KA121-VET', common, heOnlyKeys),
      branch('KA122-VET', common, heOnlyKeys),
      branch('KA121-SCH', common, heOnlyKeys),
      branch('KA122-SCH', common, heOnlyKeys),
      branch('KA121-ADU', common, heOnlyKeys),
      branch('KA122-ADU', common, heOnlyKeys),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? `Unknown action ${showInput((issue.input as { action?: unknown } | undefined)?.action)}: expected one of ${MOBILITY_ACTIONS.map((a) => `'${a}'`).join(', ')}`
          : undefined,
    },
  );
}
