import * as z from 'zod/mini';
import type { CallYear } from '../_lib/callYear.js';
import { callYearSchema } from '../_lib/callYearSchema.js';
import { showInput } from '../_lib/showInput.js';
import {
  compiled,
  issuesToInputError,
  lazySchema,
  makeParser,
  parseOptions,
  rooted,
  type SafeResult,
  unwrapLazy,
} from '../_lib/zod.js';
import {
  type Mobility,
  type MobilityInput,
  readMobility,
} from '../mobility/MobilityInputSchema.js';
import { MOBILITY_ACTIONS, type MobilityAction } from '../rules/vocabulary.js';

/** A whole number from `min` to `max`, each problem with its own message. */
const count = (min: number, max: number) =>
  z
    .int({ error: 'Expected a whole number' })
    .check(
      z.minimum(min, { error: `Expected at least ${min}` }),
      z.maximum(max, { error: `Expected at most ${max}` }),
    );
/** A mobility template of `mobilities` or `counts`, an object of any fields (checked later). */
const Template = lazySchema(() => z.record(z.string(), z.unknown()));
/** An entry of `counts`. */
const CountEntry = lazySchema(() =>
  z.strictObject({
    participants: count(1, 1_000_000),
    label: z.optional(z.string()),
    mobility: unwrapLazy(Template),
  }),
);

/** The fields of a project besides its entries. */
const projectFields = () => ({
  action: z.enum(MOBILITY_ACTIONS),
  callYear: callYearSchema(),
  bips: z.optional(
    z.array(z.strictObject({ participants: count(0, 10_000), label: z.optional(z.string()) })),
  ),
  inclusionSupportParticipants: z.optional(count(0, 1_000_000)),
});

/** A project, its entries as plain objects (each is then validated as a mobility). */
function projectShape() {
  return z.strictObject({
    ...projectFields(),
    mobilities: z.optional(z.array(unwrapLazy(Template))),
    counts: z.optional(z.array(unwrapLazy(CountEntry))),
  });
}

/** A project whose entries are not checked yet: each is then validated on its own. */
const projectFrame = () =>
  z.strictObject({
    ...projectFields(),
    mobilities: z.optional(z.array(z.unknown())),
    counts: z.optional(z.array(z.unknown())),
  });

type Frame = z.output<ReturnType<typeof projectFrame>>;
type Shape = z.output<ReturnType<typeof projectShape>>;

/**
 * A validated entry of a project: the participants it stands for and its parsed mobility (an item
 * of {@link ParsedProject}'s `counts`).
 *
 * @example
 * ```ts
 * import { type ParsedEntry, ProjectInputSchema } from 'erasmus-kit';
 * const entry: ParsedEntry | undefined = ProjectInputSchema.parse({
 *   action: 'KA122-SCH',
 *   callYear: 2022,
 *   counts: [
 *     {
 *       participants: 4,
 *       mobility: {
 *         activity: 'staff-course',
 *         sendingCountry: 'HR',
 *         receivingCountry: 'IE',
 *         startDate: '2022-07-04',
 *         endDate: '2022-07-08',
 *       },
 *     },
 *   ],
 * }).counts[0];
 * entry?.participants; // 4
 * ```
 */
export interface ParsedEntry {
  /** Participants the entry stands for (1 for `mobilities[i]`). */
  readonly participants: number;
  /** The label given, if any. */
  readonly label?: string | undefined;
  /** The mobility, with the project's action and call year. */
  readonly mobility: Mobility;
}

/** One entry of a project: where it is, and its parsed content or its own error. */
export interface ProjectEntry {
  /** `mobilities[i]` or `counts[i]` of the project. */
  readonly source: 'mobility' | 'count';
  /** The index in that list. */
  readonly index: number;
  /** The parsed entry, or its `InputError` (paths from the project root: `mobilities.3.endDate`). */
  readonly parsed: SafeResult<ParsedEntry>;
}

/**
 * A validated project, what {@link ProjectInputSchema} gives: its mobilities and count templates
 * parsed as mobilities, each with the project's action and call year.
 *
 * @example
 * ```ts
 * import { type ParsedProject, ProjectInputSchema } from 'erasmus-kit';
 * const parsed: ParsedProject = ProjectInputSchema.parse({
 *   action: 'KA131-HED',
 *   callYear: 2024,
 *   mobilities: [
 *     {
 *       activity: 'staff-teaching',
 *       sendingCountry: 'PL',
 *       receivingCountry: 'PT',
 *       startDate: '2024-05-06',
 *       endDate: '2024-05-10',
 *     },
 *   ],
 * });
 * parsed.mobilities[0]?.action; // 'KA131-HED'
 * ```
 */
export interface ParsedProject {
  /** The raw shape. */
  readonly project: Shape;
  /** `mobilities`, parsed. */
  readonly mobilities: readonly Mobility[];
  /** `counts`, their templates parsed. */
  readonly counts: readonly ParsedEntry[];
}

/** The mobility of an entry template, with the project's action and call year, or `undefined`. */
function parseTemplate(
  project: Frame,
  entry: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
  issues: z.core.$ZodIssue[],
): Mobility | undefined {
  let ok = true;
  for (const key of ['action', 'callYear'] as const) {
    if (entry[key] !== undefined && entry[key] !== project[key]) {
      issues.push({
        code: 'custom',
        path: [...path, key],
        params: { code: 'conflicting-fields' },
        message: `${key} ${showInput(entry[key])} differs from the project's ${showInput(project[key])}: leave it out or make it equal`,
      });
      ok = false;
    }
  }
  const result = readMobility(
    { ...entry, action: project.action, callYear: project.callYear },
    path,
  );
  if (!result.success) {
    issues.push(...result.error.issues);
    return undefined;
  }
  return ok ? result.data : undefined;
}

/** Validates one entry of `mobilities` or `counts`: every problem goes to `issues`, with its full path. */
function parseEntry(
  project: Frame,
  source: 'mobility' | 'count',
  index: number,
  raw: unknown,
  issues: z.core.$ZodIssue[],
): ParsedEntry | undefined {
  if (source === 'mobility') {
    const path = ['mobilities', index];
    const template = shapeOf(Template, raw, path, issues);
    const mobility = template && parseTemplate(project, template, path, issues);
    return mobility && { participants: 1, mobility };
  }
  const path = ['counts', index];
  const entry = shapeOf(CountEntry, raw, path, issues);
  const mobility = entry && parseTemplate(project, entry.mobility, [...path, 'mobility'], issues);
  return mobility && { participants: entry.participants, label: entry.label, mobility };
}

/** `raw` read by `schema`, or `undefined` with its problems added to `issues` under `path`. */
function shapeOf<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  path: readonly (string | number)[],
  issues: z.core.$ZodIssue[],
): z.output<S> | undefined {
  const shaped = schema.safeParse(raw, parseOptions());
  if (shaped.success) return shaped.data;
  for (const issue of shaped.error.issues)
    issues.push({ ...issue, path: [...path, ...issue.path] });
  return undefined;
}

/** The problems of the project itself (not of its entries). */
function projectIssues(project: Frame): z.core.$ZodIssue[] {
  if (project.bips === undefined || project.bips.length === 0 || project.action === 'KA131-HED') {
    return [];
  }
  return [
    {
      code: 'custom',
      path: ['bips'],
      params: { code: 'conflicting-fields' },
      message: 'BIPs (Blended Intensive Programmes) are organised in KA131-HED projects only',
    },
  ];
}

/** Every entry of the project, `mobilities` first, each parsed or with its own error. */
function entriesOf(project: Frame, root: readonly PropertyKey[]): ProjectEntry[] {
  const entries: ProjectEntry[] = [];
  const read = (source: 'mobility' | 'count', list: readonly unknown[] | undefined) => {
    (list ?? []).forEach((raw, index) => {
      const issues: z.core.$ZodIssue[] = [];
      const data = parseEntry(project, source, index, raw, issues);
      const parsed: SafeResult<ParsedEntry> =
        data === undefined || issues.length > 0
          ? { success: false, error: issuesToInputError(rooted(issues, root)) }
          : { success: true, data };
      entries.push({ source, index, parsed });
    });
  };
  read('mobility', project.mobilities);
  read('count', project.counts);
  return entries;
}

const frameParser = makeParser(lazySchema(projectFrame), { runner: compiled, root: 'project' });

/**
 * Reads a project for `estimateProjectBudget`: the project itself must be valid (an `InputError`
 * is thrown otherwise), while each entry of `mobilities` and `counts` is validated on its own, so
 * that one invalid entry gets its own error and does not stop the others.
 */
export function readProject(input: unknown): {
  readonly project: Frame;
  readonly entries: readonly ProjectEntry[];
} {
  const project = frameParser.parse(input);
  const issues = projectIssues(project);
  if (issues.length > 0) throw issuesToInputError(rooted(issues, 'project'));
  return { project, entries: entriesOf(project, ['project']) };
}

/**
 * The zod schema of a project for `estimateProjectBudget`: the action and call year, then any
 * of individual `mobilities`, `counts` (a mobility template — without `action` and `callYear`,
 * which come from the project — repeated for a number of participants), `bips` organised (KA131
 * only) and the number of fewer-opportunities participants receiving real-cost inclusion support.
 * Each mobility is validated like `parseMobility`; problems are reported with their full path
 * (`counts.0.mobility.endDate`). The schema accepts a project only when every entry is valid;
 * `estimateProjectBudget` itself computes the valid entries of a project and reports each invalid
 * one in its result.
 *
 * @example
 * ```ts
 * import { ProjectInputSchema } from 'erasmus-kit';
 * const project = { action: 'KA131-HED', callYear: 2024, bips: [{ participants: 18 }] };
 * ProjectInputSchema.safeParse(project).success; // true
 * ```
 */
export const ProjectInputSchema = lazySchema(
  () =>
    z.pipe(
      projectShape(),
      z.transform((project: Shape, ctx): ParsedProject => {
        const issues = projectIssues(project);
        const mobilities: Mobility[] = [];
        const counts: ParsedEntry[] = [];
        for (const entry of entriesOf(project, [])) {
          if (!entry.parsed.success) issues.push(...entry.parsed.error.issues);
          else if (entry.source === 'mobility') mobilities.push(entry.parsed.data.mobility);
          else counts.push(entry.parsed.data);
        }
        for (const issue of issues) ctx.issues.push({ ...issue, input: undefined });
        return { project, mobilities, counts };
      }),
    ),
  {
    title: 'Project',
    description:
      'An Erasmus+ mobility project for estimateProjectBudget: action, call year, mobilities or counts per activity and destination, BIPs, inclusion-support participants.',
  },
);

/**
 * `Omit` applied to each member of a union separately (plain `Omit` on a union keeps only the
 * keys common to every member): how {@link MobilityTemplate} leaves out `action` and `callYear`
 * of every kind of mobility.
 *
 * @example
 * ```ts
 * import type { DistributiveOmit } from 'erasmus-kit';
 * type Shape = { kind: 'a'; a: number; id: string } | { kind: 'b'; b: string; id: string };
 * const noId: DistributiveOmit<Shape, 'id'> = { kind: 'a', a: 1 };
 * noId.kind; // 'a'
 * ```
 */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A mobility inside a project: a {@link MobilityInput} whose `action` and `callYear` may be left
 * out (they come from the project; if given, they must be equal to it).
 *
 * @example
 * ```ts
 * import type { MobilityTemplate } from 'erasmus-kit';
 * const template: MobilityTemplate = {
 *   activity: 'staff-teaching',
 *   sendingCountry: 'PL',
 *   receivingCountry: 'PT',
 *   startDate: '2024-05-06',
 *   endDate: '2024-05-10',
 * };
 * ```
 */
export type MobilityTemplate = DistributiveOmit<MobilityInput, 'action' | 'callYear'> & {
  /** The project's action (optional here). */
  readonly action?: MobilityAction | undefined;
  /** The project's call year (optional here). */
  readonly callYear?: CallYear | undefined;
};

/**
 * What you give to `estimateProjectBudget` (validated by {@link ProjectInputSchema}).
 *
 * @example
 * ```ts
 * import type { ProjectInput } from 'erasmus-kit';
 * const project: ProjectInput = {
 *   action: 'KA122-SCH',
 *   callYear: 2022,
 *   counts: [
 *     {
 *       participants: 4,
 *       mobility: {
 *         activity: 'staff-course',
 *         sendingCountry: 'HR',
 *         receivingCountry: 'IE',
 *         startDate: '2022-07-04',
 *         endDate: '2022-07-08',
 *         travel: { distanceKm: 1900 },
 *       },
 *     },
 *   ],
 * };
 * ```
 */
export interface ProjectInput {
  /** The project's action; every mobility of the project has it. */
  readonly action: MobilityAction;
  /** The project's call year; every mobility of the project has it. */
  readonly callYear: CallYear;
  /** Individual mobilities, one participant each. */
  readonly mobilities?: readonly MobilityTemplate[] | undefined;
  /** Mobility templates, each standing for `participants` identical mobilities. */
  readonly counts?:
    | readonly {
        /** How many participants the template stands for (≥ 1). */
        readonly participants: number;
        /** A label shown in the budget (e.g. `"staff training to Croatia"`). */
        readonly label?: string | undefined;
        /** The template. */
        readonly mobility: MobilityTemplate;
      }[]
    | undefined;
  /** BIPs the project organises (KA131 only), each with its mobile participants. */
  readonly bips?:
    | readonly {
        /** Mobile participants of the BIP (staff delivering it excluded). */
        readonly participants: number;
        /** A label shown in the budget. */
        readonly label?: string | undefined;
      }[]
    | undefined;
  /** Participants with fewer opportunities who receive real-cost inclusion support. */
  readonly inclusionSupportParticipants?: number | undefined;
}
