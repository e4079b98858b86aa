import type { AvoidAdvice, Recommendation, TechniqueId } from './assessment.js';
import type { BodyArea, Intake } from './intake.js';
import { CONDITION_RULES, PRESSURE_ORDER } from './knowledge/conditions.js';
import { FIT_RULES } from './knowledge/fit-rules.js';
import { TECHNIQUE_LIST, type Technique } from './knowledge/techniques.js';

const BASE_SCORE = 0.25;
const FRESH_INJURY_DAYS = 3;
const STRONG_PAIN = 8;

const PREGNANCY_AVOID: Partial<Record<TechniqueId, string>> = {
  'hot-stone': 'Heat that warms your whole body is not advised in pregnancy.',
  'deep-tissue': 'Deep, firm pressure is not advised in pregnancy.',
  'trigger-point': 'Firm pressure on tender points is not advised in pregnancy.',
  shiatsu: 'Some pressure points are avoided in pregnancy; choose a pregnancy-trained therapist instead.',
  'foam-roller': 'Lying and balancing on a roller is not advised in pregnancy.',
};

const conditionRules = (intake: Intake) => intake.conditions.map((c) => CONDITION_RULES[c]);

/** Body areas the person marked that the home plan and techniques may work on. */
export function workableAreas(intake: Intake): BodyArea[] {
  if (!intake.conditions.some((c) => CONDITION_RULES[c].keepOff)) return intake.areas;
  const keepOff = new Set(conditionRules(intake).flatMap((rule) => rule.keepOff ?? []));
  return intake.areas.filter((area) => !keepOff.has(area));
}

const reachableAreas = (technique: Technique, intake: Intake) =>
  workableAreas(intake).filter((area) => technique.areas.includes(area));

const unique = (items: string[]) => (items.length > 1 ? [...new Set(items)] : items);

const freshInjury = (intake: Intake) =>
  intake.durationDays < FRESH_INJURY_DAYS && intake.causes.some((c) => c === 'sports' || c === 'lifting' || c === 'fall-or-accident');

/** What about the person (not the technique) can rule a technique out: worked out once per intake. */
interface AvoidContext {
  intake: Intake;
  /** A very new injury from sport, lifting or a fall. */
  fresh: boolean;
}

/**
 * Every reason this technique is unsafe or a poor match for this person, in plain words; undefined
 * when there is none (most techniques for most people: no list is built for them).
 */
function reasonsToAvoid(technique: Technique, { intake, fresh }: AvoidContext): string[] | undefined {
  let reasons: string[] | undefined;
  const add = (reason: string) => (reasons ??= []).push(reason);
  const name = technique.name;
  for (const condition of intake.conditions) {
    const rule = CONDITION_RULES[condition];
    const why = rule.avoid?.[technique.id];
    if (why) add(why);
    if (rule.maxPressure && PRESSURE_ORDER[technique.pressure] > PRESSURE_ORDER[rule.maxPressure.level]) {
      add(`${name} uses ${technique.pressure} pressure. ${rule.maxPressure.why}`);
    }
  }
  if (intake.pregnant) {
    const why = PREGNANCY_AVOID[technique.id];
    if (why) add(why);
  }
  if (technique.pressure === 'firm') {
    if (fresh) add('Your injury is very new. Give it a few days before any firm pressure.');
    if (intake.intensity >= STRONG_PAIN) {
      add(`Your pain is very strong right now (${intake.intensity} out of 10). Firm pressure is likely to hurt; start with something gentler.`);
    }
    if (intake.pressure === 'light') add(`${name} uses firm pressure, and you prefer light pressure.`);
  }
  if (technique.id === 'foam-roller' && intake.areas.includes('lower-back') && reachableAreas(technique, intake).length === 0) {
    add('Your pain is in your lower back, where a foam roller should never be used. A tennis ball beside the spine is safer.');
  }
  return reasons;
}

const FOAM_ROLLER_ONLY = TECHNIQUE_LIST.filter((t) => t.id === 'foam-roller');

/**
 * Most people have no condition, are not pregnant, have no very new injury, no very strong pain and no
 * wish for light pressure: then only the foam roller's lower-back rule in `reasonsToAvoid` can fire,
 * and checking the other seven techniques would find nothing. Same result, a fraction of the work.
 */
function techniquesToCheck(intake: Intake, fresh: boolean): readonly Technique[] {
  const personal = intake.conditions.length > 0 || intake.pregnant === true || intake.intensity >= STRONG_PAIN || intake.pressure === 'light' || fresh;
  return personal ? TECHNIQUE_LIST : FOAM_ROLLER_ONLY;
}

/** Techniques to steer clear of, each with why. Computed even when massage is not advised, for the clinician. */
export function findTechniquesToAvoid(intake: Intake): AvoidAdvice[] {
  const context: AvoidContext = { intake, fresh: freshInjury(intake) };
  const avoid: AvoidAdvice[] = [];
  for (const technique of techniquesToCheck(intake, context.fresh)) {
    const reasons = reasonsToAvoid(technique, context);
    if (reasons) avoid.push({ technique: technique.id, why: reasons.length === 1 ? (reasons[0] as string) : unique(reasons).join(' ') });
  }
  return avoid;
}

/** Setting, equipment and reach: reasons a technique does not apply that are not about safety. */
function applies(technique: Technique, intake: Intake): boolean {
  const setting = intake.setting ?? 'either';
  if (setting !== 'either' && setting !== technique.setting) return false;
  if (technique.equipment && intake.equipment && !intake.equipment.includes(technique.equipment)) return false;
  return reachableAreas(technique, intake).length > 0;
}

function cautionsFor(technique: Technique, intake: Intake): string[] {
  const extra: string[] = [];
  if (technique.equipment && !intake.equipment) {
    extra.push(`You need ${technique.equipment === 'foam-roller' ? 'a foam roller' : 'a tennis ball'} for this.`);
  }
  for (const condition of intake.conditions) {
    const caution = CONDITION_RULES[condition].caution;
    if (caution) extra.push(caution);
  }
  if (intake.pregnant && technique.setting === 'professional') {
    extra.push('Tell the therapist you are pregnant, and choose one trained in pregnancy massage.');
  }
  if (technique.id === 'hot-stone' && intake.age > 70) extra.push('Ask for cooler stones: older skin burns more easily.');
  if (intake.intensity >= 7) extra.push('Your pain is strong today: start gently and ease off if it hurts more.');
  // Most people have nothing to add: they share the technique's own (frozen) list.
  return extra.length ? unique([...technique.cautions, ...extra]) : technique.cautions;
}

function scoreFor(technique: Technique, intake: Intake): { score: number; why: string[] } {
  let score = BASE_SCORE;
  const why: string[] = [];
  for (const rule of FIT_RULES[technique.id]) {
    const reason = rule.why(intake);
    if (reason) {
      score += rule.weight;
      why.push(reason);
    }
  }
  if (intake.pressure) {
    const distance = Math.abs(PRESSURE_ORDER[intake.pressure] - PRESSURE_ORDER[technique.pressure]);
    score *= 1 - 0.2 * distance;
  }
  if (technique.equipment && !intake.equipment) score *= 0.85;
  if (why.length === 0) why.push('It is safe with what you told us, though nothing you said makes it a stand-out choice.');
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, why };
}

/** Ranks the safe, applicable techniques for someone whose screening allows massage. Best first; ties by id. */
export function rankTechniques(intake: Intake, avoid: readonly AvoidAdvice[]): Recommendation[] {
  const avoided = new Set(avoid.map((a) => a.technique));
  return TECHNIQUE_LIST.filter((t) => !avoided.has(t.id) && applies(t, intake))
    .map((technique) => {
      const { score, why } = scoreFor(technique, intake);
      return { technique: technique.id, setting: technique.setting, score, why, cautions: cautionsFor(technique, intake) };
    })
    .sort((a, b) => b.score - a.score || (a.technique < b.technique ? -1 : 1));
}

export { reachableAreas };
