import type { PlanSafety, PlanStep, Recommendation, SessionPlan, TechniqueId, TriageLevel } from './assessment.js';
import type { BodyArea, Intake } from './intake.js';
import { AREA_WORDS } from './knowledge/fit-rules.js';
import { TECHNIQUES, type HowToStep } from './knowledge/techniques.js';
import { lifestyleAdvice } from './knowledge/tips.js';
import { movementPart, movementSafety } from './movement-plan.js';
import { reachableIn, workableAreas } from './ranking.js';
import { sortShort } from './short-sort.js';

export const MIN_SESSION_SECONDS = 600;
export const MAX_SESSION_SECONDS = 1200;
const MAX_TECHNIQUES = 2;
const MAX_PARTS = 3;
const ROUND_TO = 5;
const LONG_TERM_DAYS = 42;

const ALWAYS = ['Stop at once if you feel sharp pain.', 'Never press on the spine itself.'];

// Steps, safety lists and warm-ups that do not depend on the person are built once and shared
// (frozen) by every plan: fewer fresh objects make assessing and sending an answer cheaper.
const shared = <T>(value: T): T => Object.freeze(value);

/** A step that does not depend on the person, with the safety list that goes with it. */
interface FixedStep {
  step: PlanStep;
  safety: string[];
}

// The warm-up moves: the checklist before the session already asks about a warm shower or pack, so the
// step does not say it again (decision 0065). Its safety line carries the heat warning instead.
const WARM_UP_STEP = shared<PlanStep>({
  kind: 'massage',
  technique: 'warm-up',
  title: 'Warm up: move gently',
  area: 'whole-back',
  seconds: 120,
  instructions: 'Roll your shoulders slowly, then march on the spot. Warm muscles are easier to work on.',
});

const WARM_UP: Record<'usual' | 'lowFeeling', FixedStep> = {
  usual: { step: WARM_UP_STEP, safety: shared(['If you used a shower or a warm pack first: warm, not hot.']) },
  lowFeeling: {
    step: WARM_UP_STEP,
    safety: shared(['If you had a shower first: warm, not hot. Check the water with a hand that has normal feeling.']),
  },
};

function warmUp(intake: Intake): FixedStep {
  const lowFeeling = intake.conditions.includes('diabetic-neuropathy') || intake.conditions.includes('heat-sensitivity');
  return lowFeeling ? WARM_UP.lowFeeling : WARM_UP.usual;
}

const FINISH: FixedStep = {
  step: shared<PlanStep>({
    kind: 'massage',
    technique: 'water',
    title: 'Rest and drink water',
    area: 'whole-back',
    seconds: 60,
    instructions: 'Rest for a minute and breathe slowly. Have a drink of water if you are thirsty. Notice how your back feels now.',
  }),
  safety: shared(['Stand up slowly.']),
};

// Each step says both rules; a technique whose own cautions already speak of the spine says it once.
const STEP_SAFETY = Object.fromEntries(
  Object.values(TECHNIQUES).map((t) => {
    const always = t.cautions.some((c) => /\bspine\b/.test(c)) ? ALWAYS.slice(0, 1) : ALWAYS;
    return [t.id, shared([...always, ...t.cautions])];
  }),
) as Record<TechniqueId, string[]>;

// What the step list calls each home technique: short, so "Tennis ball: lean and roll, lower back" fits a phone.
const STEP_NAMES: Partial<Record<TechniqueId, string>> = { 'foam-roller': 'Foam roller', 'tennis-ball': 'Tennis ball', 'hand-massage': 'Hands' };

// Every step's title for every area, built once: the plan reuses these strings instead of building new
// ones per assessment, which keeps assessing and sending an answer cheap.
const STEP_TITLES = new Map<TechniqueId, Map<string, string[]>>(
  Object.values(TECHNIQUES).map((t) => {
    const name = STEP_NAMES[t.id] ?? t.name;
    const byArea = Object.entries(AREA_WORDS).map(([area, words]) => [area, t.steps.map((step) => `${name}: ${step.title.toLowerCase()}, ${words}`)] as const);
    return [t.id, new Map(byArea)];
  }),
);
// Each technique's how-to steps in a plain list: the library's own is frozen, and V8 maps and loops over
// a frozen array on a slower path.
const HOW_TO = new Map<TechniqueId, readonly HowToStep[]>(Object.values(TECHNIQUES).map((t) => [t.id, [...t.steps]]));
const howTo = (technique: TechniqueId) => HOW_TO.get(technique) ?? TECHNIQUES[technique].steps;

const roundUp = (seconds: number) => Math.ceil(seconds / ROUND_TO) * ROUND_TO;
const roundDown = (seconds: number) => Math.max(ROUND_TO, Math.floor(seconds / ROUND_TO) * ROUND_TO);

/**
 * The massage steps for these parts, stretched or shrunk so the whole session lasts 10 to 20 minutes
 * (`fixedSeconds` is the warm-up and the rest at the end).
 */
function massageSteps(parts: ReadonlyArray<readonly [TechniqueId, BodyArea]>, fixedSeconds: number): PlanStep[] {
  let massage = 0;
  for (const [technique] of parts) for (const step of howTo(technique)) massage += step.seconds;
  const total = massage + fixedSeconds;
  const fits = total >= MIN_SESSION_SECONDS && total <= MAX_SESSION_SECONDS;
  const factor = fits ? 1 : ((total < MIN_SESSION_SECONDS ? MIN_SESSION_SECONDS : MAX_SESSION_SECONDS) - fixedSeconds) / massage;
  const round = fits ? (n: number) => n : total < MIN_SESSION_SECONDS ? roundUp : roundDown;
  const steps: PlanStep[] = [];
  for (const [technique, area] of parts) {
    const titles = STEP_TITLES.get(technique)?.get(area) ?? [];
    howTo(technique).forEach((step, i) => {
      steps.push({
        kind: 'massage',
        technique,
        title: titles[i] ?? step.title,
        area,
        seconds: round(step.seconds * factor),
        instructions: step.instructions,
      });
    });
  }
  return steps;
}

/**
 * The at-home session: warm-up, then the best home techniques on the areas they can reach (at most
 * three technique-and-area parts), then rest and water. Empty when no home technique fits.
 */
export function buildSessionPlan(intake: Intake, recommendations: readonly Recommendation[], triage: TriageLevel): SessionPlan {
  // Exercise advice only with self-care: a doctor should see the rest first (safety screen v2).
  const lifestyle = intake.durationDays > LONG_TERM_DAYS && triage === 'self-care' ? lifestyleAdvice(intake) : [];
  const home = triage === 'self-care' ? recommendations.filter((r) => r.setting === 'home').slice(0, MAX_TECHNIQUES) : [];
  const parts: Array<[TechniqueId, BodyArea]> = [];
  const add = (technique: TechniqueId, area: BodyArea) => {
    if (parts.length < MAX_PARTS && !parts.some(([t, a]) => t === technique && a === area)) parts.push([technique, area]);
  };
  // Each technique first gets an area nobody covers yet, then the best one fills the rest.
  const workable = home.length > 0 ? workableAreas(intake) : [];
  for (const rec of home) {
    const areas = reachableIn(TECHNIQUES[rec.technique], workable);
    const fresh = areas.find((area) => !parts.some(([, a]) => a === area)) ?? areas[0];
    if (fresh) add(rec.technique, fresh);
  }
  const best = home[0];
  if (best) for (const area of reachableIn(TECHNIQUES[best.technique], workable)) add(best.technique, area);
  const rank = (technique: TechniqueId) => home.findIndex((r) => r.technique === technique);
  sortShort(parts, ([a], [b]) => rank(a) - rank(b));
  const movement = movementPart(intake, triage, parts.length > 0);
  if (parts.length === 0) {
    return { steps: [], safety: safetyOf([], movement.extras.routine?.steps ?? []), totalSeconds: 0, lifestyle, ...movement.extras };
  }

  const first = warmUp(intake);
  const steps = [first.step, ...massageSteps(parts, first.step.seconds + FINISH.step.seconds + movement.seconds), ...movement.steps, FINISH.step];
  return { steps, safety: safetyOf(steps, [], first), totalSeconds: steps.reduce((sum, s) => sum + s.seconds, 0), lifestyle, ...movement.extras };
}

/** Which `plan.safety` list a step follows: its movement's, else its technique's (decision 0051). */
export function safetyKey(step: PlanStep): keyof PlanSafety {
  // A movement step always names its movement; `technique: 'movement'` alone never reaches here.
  return (step.movement ?? step.technique) as keyof PlanSafety;
}

/**
 * Each kind of step's safety list once, in the order the steps (then the routine's) first use it; the lists
 * are shared and frozen. `first` is the warm-up in use, whose list depends on the person.
 */
function safetyOf(steps: readonly PlanStep[], routine: readonly PlanStep[], first?: FixedStep): PlanSafety {
  const safety: PlanSafety = {};
  for (const step of [...steps, ...routine]) {
    const key = safetyKey(step);
    if (safety[key]) continue;
    if (step.movement) safety[key] = movementSafety(step.movement);
    else if (step.technique === 'warm-up') safety[key] = first?.safety ?? WARM_UP.usual.safety;
    else if (step.technique === 'water') safety[key] = FINISH.safety;
    else if (step.technique !== 'movement') safety[key] = STEP_SAFETY[step.technique];
  }
  return safety;
}
