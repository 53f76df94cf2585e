/**
 * Issue 15, item 6: each exported schema's output (and, where users write it, input) type equals
 * the public type of that input. `tsc -p tsconfig.test.json` checks these; vitest runs the file as
 * well (the assertions cost nothing at run time). Public types are read-only views of what the
 * schemas return, so a schema's output is compared through `DeepReadonly`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { DeepReadonly } from '../../src/_lib/freeze.js';
import type {
  ActionCode,
  ActionCodeSchema,
  Actual,
  ActualSchema,
  ActualsSchema,
  CountryCode,
  CountryCodeSchema,
  GeoPoint,
  GeoPointSchema,
  GrantOptions,
  GrantOptionsSchema,
  Indicator,
  IndicatorSchema,
  IsoDate,
  IsoDateSchema,
  Mobility,
  MobilityInput,
  MobilityInputSchema,
  ProjectInput,
  ProjectInputSchema,
  RateSheetInput,
  RateSheetInputSchema,
  SatisfactionInput,
  Strategy,
  StrategySchema,
} from '../../src/index.js';
import type { PayloadKey } from '../../src/indicators/actualSchema.js';
import type { SurveySchema } from '../../src/satisfaction/schemas.js';

describe('schema types equal the public types (issue 15, item 6)', () => {
  it('mobility', () => {
    expectTypeOf<z.input<typeof MobilityInputSchema>>().toEqualTypeOf<MobilityInput>();
    expectTypeOf<DeepReadonly<z.output<typeof MobilityInputSchema>>>().toEqualTypeOf<Mobility>();
  });

  it('strategy and indicator', () => {
    expectTypeOf<DeepReadonly<z.output<typeof StrategySchema>>>().toEqualTypeOf<Strategy>();
    expectTypeOf<DeepReadonly<z.output<typeof IndicatorSchema>>>().toEqualTypeOf<Indicator>();
  });

  it('actuals: each form of Actual is the schema output with that one payload', () => {
    // The schema checks "exactly one payload" across fields (zod types cannot say it), so the
    // union `Actual` is the schema's output with one payload made present.
    type Out = DeepReadonly<z.output<typeof ActualSchema>>;
    type With<K extends PayloadKey> = Omit<Out, PayloadKey> & {
      readonly [P in K]-?: Exclude<Out[P], undefined>;
    };
    expectTypeOf<With<'value'>>().toEqualTypeOf<Extract<Actual, { value: unknown }>>();
    // A survey's form is checked across its fields as well (see the survey test below).
    expectTypeOf<
      Omit<With<'survey'>, 'survey'> & { readonly survey: SatisfactionInput }
    >().toEqualTypeOf<Extract<Actual, { survey: unknown }>>();
    expectTypeOf<With<'occurrences'>>().toEqualTypeOf<Extract<Actual, { occurrences: unknown }>>();
    expectTypeOf<With<'perUnit'>>().toEqualTypeOf<Extract<Actual, { perUnit: unknown }>>();
    expectTypeOf<With<'events'>>().toEqualTypeOf<Extract<Actual, { events: unknown }>>();
    expectTypeOf<With<'milestone'>>().toEqualTypeOf<Extract<Actual, { milestone: unknown }>>();
    expectTypeOf<z.output<typeof ActualsSchema>>().toEqualTypeOf<z.output<typeof ActualSchema>[]>();
    expectTypeOf<Actual>().toExtend<DeepReadonly<z.input<typeof ActualSchema>>>();
  });

  it('survey input: each of its forms is a schema input', () => {
    // Which form a survey takes is a cross-field check (zod types cannot say it).
    expectTypeOf<SatisfactionInput>().toExtend<DeepReadonly<z.input<typeof SurveySchema>>>();
  });

  it('grant options, projects and rate sheets: every public input is a schema input', () => {
    // These schemas read more loosely than the public types say: a rate sheet's missing group, a
    // project's entry, are each reported on their own with their own message, so the schema
    // takes them in as optional groups and plain records.
    type Options = Exclude<DeepReadonly<z.input<typeof GrantOptionsSchema>>, undefined>;
    expectTypeOf<GrantOptions>().toExtend<Options>();
    expectTypeOf<GrantOptions['rounding']>().toEqualTypeOf<Options['rounding']>();
    type Project = DeepReadonly<z.input<typeof ProjectInputSchema>>;
    expectTypeOf<ProjectInput>().toExtend<Project>();
    type Entries = 'mobilities' | 'counts';
    expectTypeOf<Omit<ProjectInput, Entries>>().toEqualTypeOf<Omit<Project, Entries>>();
    expectTypeOf<RateSheetInput>().toExtend<DeepReadonly<z.input<typeof RateSheetInputSchema>>>();
  });

  it('codes, dates and points', () => {
    expectTypeOf<z.output<typeof IsoDateSchema>>().toEqualTypeOf<IsoDate>();
    expectTypeOf<z.output<typeof CountryCodeSchema>>().toEqualTypeOf<CountryCode>();
    expectTypeOf<z.output<typeof ActionCodeSchema>>().toEqualTypeOf<ActionCode>();
    expectTypeOf<DeepReadonly<z.output<typeof GeoPointSchema>>>().toEqualTypeOf<GeoPoint>();
  });
});
