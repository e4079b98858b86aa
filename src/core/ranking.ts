import type { AvoidAdvice, Recommendation, TechniqueId } from './assessment.js';
import type { BodyArea, Intake } from './intake.js';
import { CONDITION_RULES, PRESSURE_ORDER } from './knowledge/conditions.js';
import { FIT_RULES } from './knowledge/fit-rules.js';
import {
  AGE_LIMITS, FRESH_INJURY_DAYS, OLDER_AGE, OLDER_AGE_ROLLER, PREGNANCY_AVOID, PREGNANCY_CAUTIONS, STRONG_PAIN,
} from './knowledge/massage-rules.js';
import { TECHNIQUE_LIST, TECHNIQUES, type Technique } from './knowledge/techniques.js';
import { withPreferenceDefaults } from './preference-defaults.js';
import { sortShort } from './short-sort.js';

const BASE_SCORE = 0.25;

const conditionRules = (intake: Intake) => intake.conditions.map((c) => CONDITION_RULES[c]);

/** Body areas the person marked that the home plan and techniques may work on. */
/** Pregnant, or might be: the §5 pregnancy limits apply to both (principle 4, decision 0050). */
const mayBePregnant = (intake: Intake) => intake.pregnant === true || intake.conditions.includes('might-be-pregnant');

export function workableAreas(intake: Intake): BodyArea[] {
  const pregnant = mayBePregnant(intake);
  if (!pregnant && !intake.conditions.some((c) => CONDITION_RULES[c].keepOff)) return intake.areas;
  const keepOff = new Set(conditionRules(intake).flatMap((rule) => rule.keepOff ?? []));
  // No leg work in pregnancy: clots are 4 to 5 times more likely [THROMBOSISUK].
  if (pregnant) keepOff.add('leg');
  return intake.areas.filter((area) => !keepOff.has(area));
}

const reachableAreas = (technique: Technique, intake: Intake) => reachableIn(technique, workableAreas(intake));
/** The workable areas (workableAreas, worked out once per person) that this technique reaches. */
export const reachableIn = (technique: Technique, workable: readonly BodyArea[]) => workable.filter((area) => technique.areas.includes(area));

/** Each text once, first-seen order; the lists are short, so a scan beats a Set. */
function unique(items: string[]): string[] {
  if (items.length < 2) return items;
  const once: string[] = [];
  for (const item of items) if (!once.includes(item)) once.push(item);
  return once;
}

/** What reasonsToAvoid asks of the person whatever the technique: worked out once per intake. */
interface AvoidFacts {
  conditions: ReturnType<typeof conditionRules>;
  mayBePregnant: boolean;
  ageLimit: (typeof AGE_LIMITS)[number] | undefined;
  freshInjury: boolean;
  /** Said for every firm technique when the pain is very strong. */
  strongPain: string | undefined;
}
const avoidFactsOf = (intake: Intake): AvoidFacts => ({
  conditions: conditionRules(intake),
  mayBePregnant: mayBePregnant(intake),
  ageLimit: AGE_LIMITS.find((limit) => intake.age >= limit.fromAge),
  freshInjury:
    intake.durationDays < FRESH_INJURY_DAYS && intake.causes.some((c) => c === 'sports' || c === 'lifting' || c === 'fall-or-accident'),
  strongPain:
    intake.intensity >= STRONG_PAIN
      ? `Your pain is very strong right now (${intake.intensity} out of 10). Firm pressure is likely to hurt; start with something gentler.`
      : undefined,
});

// "Deep tissue uses firm pressure. <why>": each technique's sentence for each limit, built on first use
// and shared, as the same few come up assessment after assessment.
const TOO_FIRM = new Map<Technique, Map<string, string>>(TECHNIQUE_LIST.map((technique) => [technique, new Map()]));
function tooFirm(technique: Technique, why: string): string {
  const said = TOO_FIRM.get(technique);
  const known = said?.get(why);
  if (known) return known;
  const sentence = `${technique.name} uses ${technique.pressure} pressure. ${why}`;
  said?.set(why, sentence);
  return sentence;
}

/** Every reason this technique is unsafe or a poor match for this person, in plain words. */
function reasonsToAvoid(technique: Technique, intake: Intake, person: AvoidFacts): string[] {
  const reasons: string[] = [];
  const pressure = PRESSURE_ORDER[technique.pressure];
  for (const rule of person.conditions) {
    const why = rule.avoid?.[technique.id];
    if (why) reasons.push(why);
    if (rule.maxPressure && pressure > PRESSURE_ORDER[rule.maxPressure.level]) reasons.push(tooFirm(technique, rule.maxPressure.why));
  }
  if (person.mayBePregnant) {
    const why = PREGNANCY_AVOID[technique.id];
    if (why) reasons.push(why);
  }
  const ageLimit = person.ageLimit;
  if (ageLimit && pressure > PRESSURE_ORDER[ageLimit.maxPressure]) reasons.push(tooFirm(technique, ageLimit.why));
  if (technique.id === 'foam-roller' && intake.age >= OLDER_AGE) reasons.push(OLDER_AGE_ROLLER);
  if (technique.pressure === 'firm') {
    if (person.freshInjury) reasons.push('Your injury is very new. Give it a few days before any firm pressure.');
    if (person.strongPain) reasons.push(person.strongPain);
    if (intake.pressure === 'light') reasons.push(`${technique.name} uses firm pressure, and you prefer light pressure.`);
  }
  if (technique.id === 'foam-roller' && intake.areas.includes('lower-back') && reachableAreas(technique, intake).length === 0) {
    reasons.push('Your pain is in your lower back, where a foam roller should never be used. A tennis ball beside the spine is safer.');
  }
  return unique(reasons);
}

/** Techniques to steer clear of, each with why. Computed even when massage is not advised, for the clinician. */
export function findTechniquesToAvoid(intake: Intake): AvoidAdvice[] {
  const avoid: AvoidAdvice[] = [];
  const person = avoidFactsOf(intake);
  for (const technique of TECHNIQUE_LIST) {
    const reasons = reasonsToAvoid(technique, intake, person);
    if (reasons.length) avoid.push({ technique: technique.id, why: reasons.join(' ') });
  }
  return avoid;
}

/** Setting, equipment and reach: reasons a technique does not apply that are not about safety. */
function applies(technique: Technique, intake: Intake, workable: readonly BodyArea[]): boolean {
  const setting = intake.setting ?? 'either';
  if (setting !== 'either' && setting !== technique.setting) return false;
  if (technique.equipment && intake.equipment && !intake.equipment.includes(technique.equipment)) return false;
  return reachableIn(technique, workable).length > 0;
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
  if (mayBePregnant(intake)) {
    if (technique.setting === 'professional') extra.push('Tell the therapist you are pregnant, and choose one trained in pregnancy massage.');
    extra.push(...PREGNANCY_CAUTIONS);
  }
  if (technique.id === 'hot-stone' && (intake.age >= OLDER_AGE || intake.conditions.includes('frail'))) {
    extra.push('Ask for cooler stones: older skin burns more easily.');
  }
  if (intake.intensity >= 7) extra.push('Your pain is strong today: start gently and ease off if it hurts more.');
  // Most people have nothing to add: they share the technique's own (frozen) list. The assessment's
  // type keeps plain arrays for its readers; writing to this one throws at run time (decision 0085).
  return extra.length ? unique([...technique.cautions, ...extra]) : (technique.cautions as string[]);
}

/** `intake` has its preferences filled (withPreferenceDefaults), once per ranking, by the caller. */
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

/**
 * The one ordering rule (decision 0070, docs/ranking.md): the higher fit score first; on a tie, the gentler
 * pressure, then what needs no equipment, then what can be done at home today, then the fixed order of
 * the technique list. Never the alphabet.
 */
const EQUIPMENT_NEED = (t: Technique) => (t.equipment ? 1 : 0);
const SETTING_NEED = (t: Technique) => (t.setting === 'home' ? 0 : 1);
const LIST_ORDER = new Map(TECHNIQUE_LIST.map((t, i) => [t.id, i]));

export function byBestFit(a: Recommendation, b: Recommendation): number {
  const ta = TECHNIQUES[a.technique];
  const tb = TECHNIQUES[b.technique];
  return (
    b.score - a.score ||
    PRESSURE_ORDER[ta.pressure] - PRESSURE_ORDER[tb.pressure] ||
    EQUIPMENT_NEED(ta) - EQUIPMENT_NEED(tb) ||
    SETTING_NEED(ta) - SETTING_NEED(tb) ||
    (LIST_ORDER.get(a.technique) ?? 0) - (LIST_ORDER.get(b.technique) ?? 0)
  );
}

/** Ranks the safe, applicable techniques for someone whose screening allows massage, by `byBestFit`. */
export function rankTechniques(answered: Intake, avoid: readonly AvoidAdvice[]): Recommendation[] {
  // Unanswered preferences count as the core's defaults, so the web, the CLI and the API rank alike.
  const intake = withPreferenceDefaults(answered);
  const avoided = new Set(avoid.map((a) => a.technique));
  const workable = workableAreas(intake);
  const ranked = TECHNIQUE_LIST.filter((t) => !avoided.has(t.id) && applies(t, intake, workable)).map((technique) => {
    const { score, why } = scoreFor(technique, intake);
    return { technique: technique.id, setting: technique.setting, score, why, cautions: cautionsFor(technique, intake) };
  });
  return sortShort(ranked, byBestFit);
}

/**
 * When nothing fits the chosen setting and equipment, the nearest safe options, marked `nearest`: a tennis
 * ball (it costs little), a therapist, or hand massage where it reaches. Never empty while any safe
 * technique reaches a marked area; a therapist is the last resort.
 */
export function nearestOptions(answered: Intake, avoid: readonly AvoidAdvice[]): { recommendations: Recommendation[]; why: string } {
  const intake = withPreferenceDefaults(answered);
  const avoided = new Set(avoid.map((a) => a.technique));
  const safe = (id: TechniqueId) => !avoided.has(id);
  const workable = workableAreas(intake);
  const reaches = (id: TechniqueId) => reachableIn(TECHNIQUES[id], workable).length > 0;
  const recommendations: Recommendation[] = [];
  const offer = (id: TechniqueId, note: string) => {
    const technique = TECHNIQUES[id];
    const { score, why } = scoreFor(technique, intake);
    recommendations.push({
      technique: id, setting: technique.setting, score, why: [note, ...why], cautions: cautionsFor(technique, intake), nearest: true,
    });
  };
  if (safe('tennis-ball') && reaches('tennis-ball') && !intake.equipment?.includes('tennis-ball') && intake.setting !== 'professional') {
    offer('tennis-ball', 'You don\u2019t have a tennis ball, but one costs little and reaches muscles your hands can\u2019t.');
  }
  if (safe('hand-massage') && reaches('hand-massage') && intake.setting === 'professional') {
    offer('hand-massage', 'You asked for a therapist, but you could also ease the muscles you can reach with your own hands.');
  }
  if (safe('swedish') && reaches('swedish') && intake.setting !== 'professional') {
    offer('swedish', 'A massage therapist can reach the places you can\u2019t reach yourself.');
  }
  if (recommendations.length === 0 && safe('swedish')) {
    offer('swedish', 'None of the massages here works on the place you marked. A massage therapist or physiotherapist can check what would help.');
  }
  sortShort(recommendations, byBestFit);
  const why =
    intake.setting === 'professional'
      ? 'None of the therapist massages suits what you told us, so here are the nearest options.'
      : 'Nothing you can do at home with what you have reaches the place that hurts, so here are the nearest options.';
  return { recommendations, why };
}

/**
 * How well a technique matches the answers, in words that cannot be read as a chance of success: the
 * score counts matching answers, it does not predict relief (decision 0005).
 */
export function fitWords(score: number): string {
  if (score >= 0.6) return 'matches many of your answers';
  if (score >= 0.4) return 'matches some of your answers';
  return 'matches few of your answers, but is safe for you';
}

export { reachableAreas };
