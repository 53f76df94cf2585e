import * as z from 'zod/mini';
import type { CallYear } from '../_lib/callYear.js';
import { CallYearSchema } from '../_lib/callYearSchema.js';
import { showInput } from '../_lib/showInput.js';
import { parseOptions } from '../_lib/zod.js';
import {
  type Mobility,
  type MobilityInput,
  MobilityInputSchema,
} from '../mobility/MobilityInputSchema.js';
import { MOBILITY_ACTIONS, type MobilityAction } from '../rules/vocabulary.js';

const Template = z.record(z.string(), z.unknown());
const count = (max: number) =>
  z.int({ error: 'Expected a whole number' }).check(z.minimum(0), z.maximum(max));

const ProjectShape = z.strictObject({
  action: z.enum(MOBILITY_ACTIONS),
  callYear: CallYearSchema,
  mobilities: z.optional(z.array(Template)),
  counts: z.optional(
    z.array(
      z.strictObject({
        participants: count(1_000_000).check(z.minimum(1)),
        label: z.optional(z.string()),
        mobility: Template,
      }),
    ),
  ),
  bips: z.optional(
    z.array(z.strictObject({ participants: count(10_000), label: z.optional(z.string()) })),
  ),
  inclusionSupportParticipants: z.optional(count(1_000_000)),
});

type Shape = z.output<typeof ProjectShape>;

/** A validated project: its mobilities and count templates parsed as mobilities. */
export interface ParsedProject {
  /** The raw shape. */
  readonly project: Shape;
  /** `mobilities`, parsed. */
  readonly mobilities: readonly Mobility[];
  /** `counts`, their templates parsed. */
  readonly counts: readonly {
    readonly participants: number;
    readonly label?: string | undefined;
    readonly mobility: Mobility;
  }[];
}

function parseEntry(
  project: Shape,
  entry: Readonly<Record<string, unknown>>,
  path: (string | number)[],
  ctx: z.core.ParsePayload<unknown>,
): Mobility | undefined {
  let ok = true;
  for (const key of ['action', 'callYear'] as const) {
    if (entry[key] !== undefined && entry[key] !== project[key]) {
      ctx.issues.push({
        code: 'custom',
        path: [...path, key],
        input: entry[key],
        message: `${key} ${showInput(entry[key])} differs from the project's ${showInput(project[key])}: leave it out or make it equal`,
      });
      ok = false;
    }
  }
  const result = MobilityInputSchema.safeParse(
    { ...entry, action: project.action, callYear: project.callYear },
    parseOptions(),
  );
  if (!result.success) {
    for (const issue of result.error.issues) {
      ctx.issues.push({ ...issue, path: [...path, ...issue.path] } as never);
    }
    return undefined;
  }
  return ok ? (result.data as Mobility) : undefined;
}

/**
 * The zod schema of a project for `estimateProjectBudget`: the action and call year, then any
 * of individual `mobilities`, `counts` (a mobility template — without `action` and `callYear`,
 * which come from the project — repeated for a number of participants), `bips` organised (KA131
 * only) and the number of fewer-opportunities participants receiving real-cost inclusion support.
 * Each mobility is validated like `parseMobility`; problems are reported with their full path
 * (`counts.0.mobility.endDate`).
 *
 * @example
 * ```ts
 * import { ProjectInputSchema } from 'erasmus-kit';
 * const project = { action: 'KA131-HED', callYear: 2024, bips: [{ participants: 18 }] };
 * ProjectInputSchema.safeParse(project).success; // true
 * ```
 */
export const ProjectInputSchema = z.pipe(
  ProjectShape,
  z.transform((project: Shape, ctx): ParsedProject => {
    if (project.bips !== undefined && project.bips.length > 0 && project.action !== 'KA131-HED') {
      ctx.issues.push({
        code: 'custom',
        path: ['bips'],
        input: project.bips,
        message: 'BIPs (Blended Intensive Programmes) are organised in KA131-HED projects only',
      });
    }
    const mobilities: Mobility[] = [];
    (project.mobilities ?? []).forEach((entry, i) => {
      const m = parseEntry(project, entry, ['mobilities', i], ctx);
      if (m) mobilities.push(m);
    });
    const counts: ParsedProject['counts'][number][] = [];
    (project.counts ?? []).forEach((entry, i) => {
      const m = parseEntry(project, entry.mobility, ['counts', i, 'mobility'], ctx);
      if (m) counts.push({ participants: entry.participants, label: entry.label, mobility: m });
    });
    return { project, mobilities, counts };
  }),
);

ProjectInputSchema.register(z.globalRegistry, {
  title: 'Project',
  description:
    'An Erasmus+ mobility project for estimateProjectBudget: action, call year, mobilities or counts per activity and destination, BIPs, inclusion-support participants.',
});

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  readonly action?: MobilityAction;
  /** The project's call year (optional here). */
  readonly callYear?: CallYear;
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
  readonly mobilities?: readonly MobilityTemplate[];
  /** Mobility templates, each standing for `participants` identical mobilities. */
  readonly counts?: readonly {
    /** How many participants the template stands for (≥ 1). */
    readonly participants: number;
    /** A label shown in the budget (e.g. `"staff training to Croatia"`). */
    readonly label?: string;
    /** The template. */
    readonly mobility: MobilityTemplate;
  }[];
  /** BIPs the project organises (KA131 only), each with its mobile participants. */
  readonly bips?: readonly {
    /** Mobile participants of the BIP (staff delivering it excluded). */
    readonly participants: number;
    /** A label shown in the budget. */
    readonly label?: string;
  }[];
  /** Participants with fewer opportunities who receive real-cost inclusion support. */
  readonly inclusionSupportParticipants?: number;
}
