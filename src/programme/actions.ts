import * as z from 'zod/mini';
import { lazySchema, makeParser, type SafeResult, toSafe } from '../_lib/zod.js';
import { ErasmusKitError, type InputError } from '../errors.js';
import { errorMessages } from '../messages.js';
import { actionCatalogue } from './actionCatalogue.js';
import { ACTION_CODES, type ActionCode } from './actionCodes.js';
import type { ActionInfo, ActionSector, KeyAction, ManagingBody } from './actionTypes.js';

const knownCodes: ReadonlySet<string> = new Set(ACTION_CODES);

/** The shape of an action code: letters, digits and hyphens (whether it is known is another check). */
export const ACTION_CODE_SHAPE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/** The issue message for an unknown action code: it names the code. */
const unknownAction = (issue: { readonly input?: unknown }): string =>
  errorMessages['unknown-action']({ code: issue.input });

/**
 * The zod schema of an action code: one of {@link ACTION_CODES}, in any case (`'ka131-hed'` →
 * `'KA131-HED'`). Anything else fails with an issue naming the code (an unknown string's issue
 * also carries `params: { code: 'unknown-action' }`).
 *
 * @example
 * ```ts
 * import { ActionCodeSchema } from 'erasmus-kit';
 * ActionCodeSchema.parse('ka122-vet'); // 'KA122-VET'
 * ActionCodeSchema.safeParse('KA999').success; // false
 * ```
 */
export const ActionCodeSchema = lazySchema(
  () =>
    z.pipe(
      z.string({ error: unknownAction }).check(
        z.refine((input: string) => knownCodes.has(input.toUpperCase()), {
          error: unknownAction,
          params: { code: 'unknown-action' },
        }),
      ),
      z.transform((input: string) => input.toUpperCase() as ActionCode),
    ),
  {
    description:
      'An Erasmus+ action code of the erasmus-kit catalogue (KAxyz-FIELD for decentralised actions, a slug for centralised ones), in any case.',
    examples: ['KA131-HED', 'KA122-SCH', 'KA220-YOU', 'CBHE-STRAND-1', 'JM-CHAIR'],
  },
);

const parseCode = makeParser(ActionCodeSchema, { root: 'code' }).parse;

/**
 * A filter for {@link listActions}: every given field must match.
 *
 * @example
 * ```ts
 * import { type ListActionsFilter, listActions } from 'erasmus-kit';
 * const filter: ListActionsFilter = { keyAction: 'KA1', sector: 'VET' };
 * listActions(filter).map((a) => a.code); // ['KA120-VET', 'KA121-VET', 'KA122-VET']
 * ```
 */
export interface ListActionsFilter {
  /** Only actions of this key action. */
  readonly keyAction?: KeyAction;
  /** Only actions serving this field. */
  readonly sector?: ActionSector;
  /** Only actions managed by this body. */
  readonly managedBy?: ManagingBody;
}

const FilterSchema = lazySchema(() =>
  z.optional(
    z.strictObject({
      keyAction: z.optional(z.enum(['KA1', 'KA2', 'KA3', 'JM'])),
      sector: z.optional(z.enum(['SCH', 'VET', 'ADU', 'HED', 'YOU', 'SPO'])),
      managedBy: z.optional(z.enum(['NA', 'EACEA', 'EC'])),
    }),
  ),
);
const parseFilter = makeParser(FilterSchema, { root: 'filter' }).parse;

/** The catalogue in catalogue order. */
const allActions = (): readonly ActionInfo[] => {
  const catalogue = actionCatalogue();
  return Object.freeze(ACTION_CODES.map((code) => catalogue[code]));
};

/**
 * The action catalogue of Erasmus+ 2021–2027 (Programme Guide, Part B): every Key Action 1, 2
 * and 3 and Jean Monnet action, in catalogue order, optionally filtered. Each entry has its code,
 * name, key action, sectors, managing body (National Agency or EACEA), kind, who applies, project
 * duration limits and lump sums where the sources give them, with those sources. Deeply frozen.
 *
 * @param filter - optional: `keyAction`, `sector`, `managedBy`
 * @returns the matching actions
 * @throws InputError for a malformed filter
 *
 * @example
 * ```ts
 * import { listActions } from 'erasmus-kit';
 * listActions().length; // 58
 * listActions({ keyAction: 'JM' }).map((a) => a.code);
 * // ['JM-MODULE', 'JM-CHAIR', 'JM-CENTRE-OF-EXCELLENCE', 'JM-POLICY-NETWORKS', ...]
 * listActions({ sector: 'SCH', managedBy: 'NA' }).map((a) => a.code);
 * // ['KA120-SCH', 'KA121-SCH', 'KA122-SCH', 'KA220-SCH', 'KA210-SCH']
 * ```
 */
export function listActions(filter?: ListActionsFilter): readonly ActionInfo[] {
  const parsed = parseFilter(filter);
  if (parsed === undefined) return allActions();
  return Object.freeze(
    allActions().filter(
      (action) =>
        (parsed.keyAction === undefined || action.keyAction === parsed.keyAction) &&
        (parsed.sector === undefined || action.sectors.includes(parsed.sector)) &&
        (parsed.managedBy === undefined || action.managedBy === parsed.managedBy),
    ),
  );
}

const trySafeListActions = toSafe(listActions);

/**
 * The non-throwing twin of {@link listActions}: `{ success: false, error }` with the
 * {@link InputError} for a malformed filter.
 *
 * @param filter - as for {@link listActions}
 * @returns `{ success: true, data }` with the matching actions, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeListActions } from 'erasmus-kit';
 * const vet = safeListActions({ keyAction: 'KA1', sector: 'VET' });
 * if (vet.success) console.log(vet.data.length); // 3
 * const result = safeListActions({ keyAction: 'KA9' } as never);
 * if (!result.success) console.log(result.error.issues[0]?.path); // ['filter', 'keyAction']
 * ```
 */
export function safeListActions(filter?: ListActionsFilter): SafeResult<readonly ActionInfo[]> {
  return trySafeListActions(filter);
}

/**
 * One action of the catalogue by its code (any case): `'KA131-HED'`, `'KA122-SCH'`,
 * `'KA220-YOU'`, `'CBHE-STRAND-1'`, `'JM-CHAIR'`, ...
 *
 * @param code - the action code (untrusted input)
 * @returns the frozen {@link ActionInfo}
 * @throws ErasmusKitError `unknown-action` for a code of the right shape (letters, digits and
 *   hyphens) that is not in the catalogue (`'KA999'`)
 * @throws InputError naming the code for anything else that is not in the catalogue
 *
 * @example
 * ```ts
 * import { getAction } from 'erasmus-kit';
 * const ka122 = getAction('KA122-VET');
 * ka122.managedBy; // 'NA'
 * ka122.duration?.value; // { minMonths: 6, maxMonths: 18, description: '6–18 months' }
 * getAction('KA210-SCH').funding?.value; // { kind: 'lump-sum-options', amounts: ['30000.00', '60000.00'] }
 * ```
 */
export function getAction(code: string): ActionInfo {
  const input: unknown = code;
  if (
    typeof input === 'string' &&
    ACTION_CODE_SHAPE.test(input) &&
    !knownCodes.has(input.toUpperCase())
  ) {
    throw new ErasmusKitError('unknown-action', { code: input });
  }
  return actionCatalogue()[parseCode(input)];
}

const trySafeGetAction = toSafe(getAction, ['unknown-action']);

/**
 * The non-throwing twin of {@link getAction}: `{ success: false, error }` where `getAction`
 * throws (`error.code` is `invalid-input` or `unknown-action`).
 *
 * @param code - the action code (untrusted input)
 * @returns `{ success: true, data }` with the {@link ActionInfo}, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetAction } from 'erasmus-kit';
 * const known = safeGetAction('ka122-vet');
 * if (known.success) console.log(known.data.code); // 'KA122-VET'
 * const unknown = safeGetAction('KA999');
 * if (!unknown.success) console.log(unknown.error.code); // 'unknown-action'
 * ```
 */
export function safeGetAction(
  code: string,
): SafeResult<ActionInfo, InputError | ErasmusKitError<'unknown-action'>> {
  return trySafeGetAction(code);
}
