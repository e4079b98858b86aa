import type { Intake } from './intake.js';
import {
  ALWAYS_ASKED_QUESTIONS, BODY_AREAS, CAUSES, CONDITIONS, PAIN_QUALITIES, SYMPTOMS, type BodyArea, type Cause, type Condition,
  type PainQuality, type QuestionId, type Symptom,
} from './vocabulary.js';

/**
 * The terms of SCREENING.md §4 (severe, bleedRisk, notMech, ...) as small predicates that also say which
 * answers made them true. A predicate gives `null` when it does not hold, or the list of facts it used
 * ("field:value", e.g. "conditions:anticoagulant-medication", "age:72", "onset:unset") when it does.
 *
 * They read a draft (a partial intake): a field not given yet makes a positive test fail, so the flow can
 * screen only what was actually answered. Negations add no facts: facts are the evidence, not the gaps.
 */
export type Draft = Partial<Intake>;
export type Facts = readonly string[] | null;

const NONE: readonly string[] = Object.freeze([]);

// The combinators run for every rule on every assessment: plain loops, no spreading or flattening.
// `all` takes later parts as thunks, so a rule stops at its first test that fails (usually a cheap one).
type Part = Facts | (() => Facts);
export function all(...parts: Part[]): Facts {
  let facts: string[] | undefined;
  for (const item of parts) {
    const part = typeof item === 'function' ? item() : item;
    if (part === null) return null;
    if (part.length) {
      if (!facts) facts = [];
      for (const fact of part) facts.push(fact);
    }
  }
  return facts ?? NONE;
}
export function any(...parts: Facts[]): Facts {
  let held: Facts = null;
  let facts: string[] | undefined;
  for (const part of parts) {
    if (part === null) continue;
    if (held === null) {
      held = part;
      continue;
    }
    if (!facts) facts = [...held];
    for (const fact of part) facts.push(fact);
  }
  return facts ?? held;
}
export const not = (part: Facts): Facts => (part === null ? NONE : null);
export const when = (test: boolean): Facts => (test ? NONE : null);

/**
 * The fact of each ticked value ("symptoms:fever"), built once at load and shared: equal facts are then
 * the same string, so collecting and comparing them costs no string building. A Map, as the value to
 * look up differs from call to call (V8 reads a plain object by a changing key on a slow path).
 */
type FactOf<V extends string> = ReadonlyMap<V, string>;
const factsOf = <V extends string>(field: string, values: readonly V[]): FactOf<V> =>
  new Map(values.map((value) => [value, `${field}:${value}`]));
const SYMPTOM_FACTS = factsOf('symptoms', SYMPTOMS);
const CONDITION_FACTS = factsOf('conditions', CONDITIONS);
const AREA_FACTS = factsOf('areas', BODY_AREAS);
const QUALITY_FACTS = factsOf('quality', PAIN_QUALITIES);
const CAUSE_FACTS = factsOf('causes', CAUSES);

function listed<V extends string>(facts: FactOf<V>, list: readonly V[] | undefined, values: readonly V[]): Facts {
  if (!list || list.length === 0) return null;
  let found: string[] | null = null;
  // Every value of the vocabulary has its fact.
  for (const value of values) if (list.includes(value)) (found ??= []).push(facts.get(value) as string);
  return found;
}
export const S = (d: Draft, ...v: Symptom[]) => listed(SYMPTOM_FACTS, d.symptoms, v);
export const C = (d: Draft, ...v: Condition[]) => listed(CONDITION_FACTS, d.conditions, v);
export const A = (d: Draft, ...v: BodyArea[]) => listed(AREA_FACTS, d.areas, v);
export const Q = (d: Draft, ...v: PainQuality[]) => listed(QUALITY_FACTS, d.quality, v);
export const K = (d: Draft, ...v: Cause[]) => listed(CAUSE_FACTS, d.causes, v);

type NumberField = 'age' | 'intensity' | 'durationDays' | 'pregnancyWeeks' | 'daysSinceInjury';
/** A number answer passing a test, as its fact; a value not given fails. */
const numberFact = (field: NumberField, value: number | undefined, test: (n: number) => boolean): Facts =>
  value !== undefined && test(value) ? [`${field}:${value}`] : null;
/** A number field passing a test; a field not given fails. */
export const num = (d: Draft, field: NumberField, test: (n: number) => boolean): Facts => numberFact(field, d[field], test);

// The fields the rules test most often are read by name: d[field] with a changing field is V8's slow path.
export const age = (d: Draft, test: (n: number) => boolean) => numberFact('age', d.age, test);
export const days = (d: Draft, test: (n: number) => boolean) => numberFact('durationDays', d.durationDays, test);
export const pregnant = (d: Draft): Facts => (d.pregnant === true ? ['pregnant:true'] : null);
export const sudden = (d: Draft): Facts => (d.onset === 'sudden' ? ['onset:sudden'] : null);
/** onset !== 'gradual': sudden, or not said. */
export const notGradual = (d: Draft): Facts =>
  d.onset === 'gradual' ? null : [d.onset === 'sudden' ? 'onset:sudden' : 'onset:unset'];
export const severe = (d: Draft) => numberFact('intensity', d.intensity, (n) => n >= 7);
/** Movement makes no difference: said so. */
export const nonMech = (d: Draft): Facts => (d.movementChangesPain === false ? ['movementChangesPain:false'] : null);
/** Not known to change with movement: unanswered counts. */
export const notMech = (d: Draft): Facts =>
  d.movementChangesPain === true ? null : [d.movementChangesPain === false ? 'movementChangesPain:false' : 'movementChangesPain:unset'];
export const mech = (d: Draft): Facts => (d.movementChangesPain === true ? ['movementChangesPain:true'] : null);
export const thoracic = (d: Draft) => A(d, 'upper-back', 'mid-back');

export const legNerve = (d: Draft): Facts =>
  any(
    d.radiatesBelowKnee === true ? ['radiatesBelowKnee:true'] : null,
    all(A(d, 'leg'), Q(d, 'numbness', 'tingling')),
    S(d, 'weakness-or-trouble-walking'),
  );
export const caudaSign = (d: Draft) =>
  S(d, 'bladder-or-bowel-change', 'bladder-or-bowel-feeling-change', 'saddle-numbness', 'numbness-both-legs', 'pain-down-both-legs');
export const neuro = (d: Draft) => any(legNerve(d), caudaSign(d), S(d, 'progressive-leg-weakness'));
export const boneRisk = (d: Draft) => C(d, 'osteoporosis', 'severe-osteoporosis', 'long-term-steroids');
export const bleedRisk = (d: Draft) => C(d, 'anticoagulant-medication', 'clotting-disorder');
/** Wells items the intake can hold. */
export const clotRisk = (d: Draft) =>
  any(S(d, 'suspected-blood-clot'), C(d, 'dvt-history', 'recent-surgery', 'cancer-history'), pregnant(d));
export const infRisk = (d: Draft) => C(d, 'iv-drug-use', 'immunosuppressed', 'recent-infection', 'recent-spine-or-joint-procedure');
export const earlyPreg = (d: Draft): Facts =>
  any(
    C(d, 'might-be-pregnant'),
    all(pregnant(d), d.pregnancyWeeks === undefined ? ['pregnancyWeeks:unset'] : num(d, 'pregnancyWeeks', (w) => w <= 14)),
  );
export const renal = (d: Draft) => all(A(d, 'flank'), sudden(d), severe(d), notMech(d));
/** Pain at or after a given week of pregnancy; not knowing the weeks falls inside every window. */
export const weeksAtLeast = (d: Draft, week: number): Facts =>
  d.pregnancyWeeks === undefined ? ['pregnancyWeeks:unset'] : num(d, 'pregnancyWeeks', (w) => w >= week);
export const weeksBelow = (d: Draft, week: number): Facts =>
  d.pregnancyWeeks === undefined ? ['pregnancyWeeks:unset'] : num(d, 'pregnancyWeeks', (w) => w < week);

/** Age when this bout of pain began. */
export const onsetAgeOf = (d: Draft): number | undefined =>
  d.age === undefined || d.durationDays === undefined ? undefined : d.age - Math.floor(d.durationDays / 365);
export const onsetAgeBelow = (d: Draft, limit: number): Facts => {
  const onsetAge = onsetAgeOf(d);
  return onsetAge !== undefined && onsetAge < limit ? [`age:${d.age}`, `durationDays:${d.durationDays}`] : null;
};

/** NG65 criteria for inflammatory back pain that the intake can hold, each with its facts. */
export const spaCriteria = (d: Draft): (readonly string[])[] =>
  [
    onsetAgeBelow(d, 35),
    S(d, 'wakes-second-half-of-night'),
    A(d, 'buttock'),
    S(d, 'eases-with-movement'),
    S(d, 'eases-with-anti-inflammatories'),
    C(d, 'family-spondyloarthritis'),
    C(d, 'inflammatory-arthritis'),
    C(d, 'enthesitis'),
    C(d, 'psoriasis'),
  ].filter((f): f is readonly string[] => f !== null);

// A v1 intake's answered questions depend on one field only: both sets are built once and shared.
const V1_ANSWERED: ReadonlySet<QuestionId> = new Set(ALWAYS_ASKED_QUESTIONS);
const V1_ANSWERED_WITH_LEG_CHECK: ReadonlySet<QuestionId> = new Set<QuestionId>([...ALWAYS_ASKED_QUESTIONS, 'leg-check']);

/**
 * The questions that count as answered. A v1 intake (no `answered`) counts the v1 questions as asked:
 * the always-asked list, and leg-check when radiatesBelowKnee is set (SCREENING.md §2.1).
 */
export function answeredQuestions(d: Draft): ReadonlySet<QuestionId> {
  if (d.answered) return new Set(d.answered);
  return d.radiatesBelowKnee !== undefined ? V1_ANSWERED_WITH_LEG_CHECK : V1_ANSWERED;
}
