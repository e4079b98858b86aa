import fc from 'fast-check';
import { z } from 'zod';
import { FLOW_QUESTIONS, IntakeSchema, QUESTION_IDS, type Intake } from '../../src/core/index.js';

// Generators derived from IntakeSchema: every field, every enum value and every limit comes from the
// schema itself, so a field, value or limit added there is generated here too, and a generated intake
// is valid by construction. Only the weighting is written here: how often people give the common,
// benign answer. Without it most cases would hit a warning sign and very few would reach the advice,
// the ranking and the home plan that most of the properties are about.

/** One field of the intake, as the schema describes it. */
export type FieldShape =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values: readonly string[]; minLength: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' };

/** What kind of value a schema field holds, its values and limits, and whether it may be left out. */
export function fieldShape(field: z.ZodType): { shape: FieldShape; optional: boolean } {
  const optional = field instanceof z.ZodOptional;
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  if (inner instanceof z.ZodEnum) return { optional, shape: { kind: 'enum', values: inner.options as string[] } };
  if (inner instanceof z.ZodBoolean) return { optional, shape: { kind: 'boolean' } };
  if (inner instanceof z.ZodNumber) {
    if (!inner.isInt || inner.minValue === null || inner.maxValue === null) throw new Error('a number field without whole-number limits');
    return { optional, shape: { kind: 'number', min: inner.minValue, max: inner.maxValue } };
  }
  if (inner instanceof z.ZodArray && inner.element instanceof z.ZodEnum) {
    const checks = (inner._zod.def.checks ?? []) as { _zod: { def: { check: string; minimum?: number } } }[];
    const minLength = checks.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
    return { optional, shape: { kind: 'list', values: inner.element.options as string[], minLength } };
  }
  throw new Error(`no generator for a ${inner._zod.def.type} field`);
}

type Field = keyof Intake;

/**
 * How people answer, field by field. `common`: the benign answer most people give (the rest of the
 * schema's values still come up); `rarely`: a list that is mostly empty (warning signs, conditions);
 * `typical`: the range most answers fall in (the schema's whole range still comes up); `short`: at most
 * this many ticks most of the time.
 */
interface Weighting {
  common?: string | boolean;
  rarely?: true;
  typical?: readonly [number, number];
  short?: number;
}

const WEIGHTING: Partial<Record<Field, Weighting>> = {
  age: { typical: [16, 49] },
  pregnant: { common: false },
  areas: { short: 2 },
  radiatesBelowKnee: { common: false },
  quality: { short: 2 },
  durationDays: { typical: [0, 30] },
  trend: { common: 'improving' },
  causes: { short: 2 },
  conditions: { rarely: true },
  symptoms: { rarely: true },
  onset: { common: 'gradual' },
  movementChangesPain: { common: true },
  pregnancyWeeks: { typical: [4, 30] },
  daysSinceInjury: { typical: [3, 60] },
};

const subset = (values: readonly string[], options: { minLength?: number; maxLength?: number } = {}) =>
  fc.subarray([...values], options);

function weighted(shape: FieldShape, how: Weighting = {}): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'enum':
    case 'boolean': {
      const values = shape.kind === 'enum' ? shape.values : [false, true];
      const any = fc.constantFrom<string | boolean>(...values);
      if (how.common === undefined) return any;
      if (!values.includes(how.common as never)) throw new Error(`${String(how.common)} is not a value of the schema`);
      return fc.oneof({ weight: 4, arbitrary: fc.constant(how.common) }, { weight: 1, arbitrary: any });
    }
    case 'number': {
      // The schema's own limits now and then, as the edges are where off-by-one rules break.
      const any = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: shape.min, max: shape.max }) }, { weight: 1, arbitrary: fc.constantFrom(shape.min, shape.max) });
      if (!how.typical) return any;
      const [min, max] = how.typical;
      if (min < shape.min || max > shape.max) throw new Error(`typical range ${min}-${max} is outside the schema's ${shape.min}-${shape.max}`);
      return fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: any });
    }
    case 'list': {
      const { values, minLength } = shape;
      const any = subset(values, { minLength });
      if (how.rarely) {
        return fc.oneof(
          { weight: 14, arbitrary: subset(values, { minLength, maxLength: minLength }) },
          { weight: 3, arbitrary: subset(values, { minLength: Math.max(minLength, 1), maxLength: Math.max(minLength, 1) }) },
          { weight: 2, arbitrary: subset(values, { minLength: Math.max(minLength, 2), maxLength: 4 }) },
          { weight: 1, arbitrary: any },
        );
      }
      if (how.short) return fc.oneof({ weight: 3, arbitrary: subset(values, { minLength, maxLength: Math.max(minLength, how.short) }) }, { weight: 1, arbitrary: any });
      return any;
    }
  }
}

/** Every field of IntakeSchema but `answered` (set below, as each kind of sender sets it), weighted as people answer. */
const FIELDS = Object.entries(IntakeSchema.shape)
  .filter(([name]) => name !== 'answered')
  .map(([name, schema]) => ({ name: name as Field, ...fieldShape(schema as z.ZodType) }));

const baseIntake = fc.record(
  Object.fromEntries(FIELDS.map((field) => [field.name, weighted(field.shape, WEIGHTING[field.name])])),
  { requiredKeys: FIELDS.filter((field) => !field.optional).map((field) => field.name) },
) as unknown as fc.Arbitrary<Intake>;

/**
 * The rare mimics (kidney, aorta, heart, bleeds) need several answers at once: sudden, severe pain that
 * moving does not change, in one of the areas they read. A small share of cases starts from that.
 */
const suddenSevere: fc.Arbitrary<Intake> = fc
  .tuple(baseIntake, fc.constantFrom<Intake['areas'][number]>('flank', 'abdomen', 'upper-back', 'mid-back', 'neck'), fc.integer({ min: 7, max: 10 }), fc.integer({ min: 0, max: 14 }))
  .map(([intake, area, intensity, durationDays]) => ({
    ...intake,
    onset: 'sudden' as const,
    movementChangesPain: false,
    intensity,
    durationDays,
    areas: intake.areas.includes(area) ? intake.areas : [...intake.areas, area],
  }));

/** The questions that apply to an intake, as the app would mark them answered. */
export const applicableQuestions = (intake: Intake) =>
  FLOW_QUESTIONS.filter((q) => !q.preference && q.askedWhen(intake) !== null).map((q) => q.id);

/** A valid intake with no warning signs and no health conditions, as the app sends it: the self-care path. */
export const arbitraryPlainIntake: fc.Arbitrary<Intake> = baseIntake.map((intake) => {
  const areas = intake.areas.filter((a) => a !== 'abdomen' && a !== 'flank');
  const plain: Intake = {
    ...intake,
    age: Math.min(intake.age, 45),
    conditions: [],
    symptoms: [],
    pregnant: false,
    radiatesBelowKnee: false,
    movementChangesPain: true,
    onset: 'gradual',
    trend: intake.trend === 'worsening' ? 'stable' : intake.trend,
    quality: intake.quality.filter((q) => q !== 'numbness' && q !== 'tingling' && q !== 'tearing'),
    areas: areas.length ? areas : ['lower-back'],
  };
  return { ...plain, answered: applicableQuestions(plain) };
});

/**
 * An intake sent by the app (every applicable question answered), by a v1 caller (no `answered`), or by
 * an API caller who answered some questions only.
 */
const anySender: fc.Arbitrary<Intake> = fc
  .tuple(
    fc.oneof({ weight: 10, arbitrary: baseIntake }, { weight: 1, arbitrary: suddenSevere }),
    fc.constantFrom('app', 'app', 'app', 'app', 'app', 'app', 'v1', 'partial'),
    subset(QUESTION_IDS),
  )
  .map(([intake, sender, some]): Intake => {
    if (sender === 'v1') {
      const { onset: _o, movementChangesPain: _m, pregnancyWeeks: _p, daysSinceInjury: _d, ...v1 } = intake;
      return v1;
    }
    return { ...intake, answered: sender === 'app' ? applicableQuestions(intake) : (some as Intake['answered']) };
  });

/**
 * Any valid intake, a third of them plain, so that at least a third of all cases reach the advice, the
 * ranking and the home plan (the property tests count it) while the rest still reaches every rule.
 */
export const arbitraryIntake: fc.Arbitrary<Intake> = fc.oneof({ weight: 2, arbitrary: anySender }, { weight: 1, arbitrary: arbitraryPlainIntake });
