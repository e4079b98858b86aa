import type { MovementAvoidAdvice, PlanStep, SessionPlan, SourceId, TriageLevel } from './assessment.js';
import type { BodyArea, Cause, Goal, Intake } from './intake.js';
import { MOVEMENT_RULES, type MovementRule } from './knowledge/movement-rules.js';
import { doseWords, MOVEMENT_LIST, type Movement } from './knowledge/movements.js';
import type { MovementId } from './movement-vocabulary.js';
import { AREA_WORDS } from './knowledge/fit-rules.js';
import { sortShort } from './short-sort.js';

// Active care beside massage (decision 0052): gentle stretches and movements chosen for the person's
// areas, causes and goals, screened like massage. Nothing here runs unless triage is self-care.

/** At most this many movements, and this much time, go into the 10-20 minute session. */
export const MAX_SESSION_MOVEMENTS = 3;
export const MAX_SESSION_MOVEMENT_SECONDS = 240;
/** The daily routine is short: a few movements, about 5 minutes. */
export const MAX_ROUTINE_MOVEMENTS = 5;
export const DAILY_ROUTINE_GOAL = 'daily-routine';

const shared = <T>(value: T): T => Object.freeze(value);
/** The same first rule as every massage step: the session player's Stop button says it too. */
const SHARP_PAIN = 'Stop at once if you feel sharp pain.';

/**
 * What the plan reads of each movement, worked out once at load into plain lists and sets: the library
 * is frozen (decision 0085), and V8 runs filter, some and find over a frozen array on a slow path, many
 * times slower than over a plain one. Same values, same order; `order` is the place in the library.
 */
interface IndexedMovement {
  movement: Movement;
  order: number;
  areas: readonly BodyArea[];
  causes: readonly Cause[];
  goals: readonly Goal[];
  /** The rules that leave it out (a rule names features; the movement lists its own). */
  leftOutBy: ReadonlySet<MovementRule>;
  /** Its plan step for each area, built on first use and shared. */
  steps: Map<BodyArea | 'whole-back', PlanStep>;
}
const INDEXED: readonly IndexedMovement[] = MOVEMENT_LIST.map((movement, order) => ({
  movement,
  order,
  areas: [...movement.areas],
  causes: [...movement.suits.causes],
  goals: [...movement.suits.goals],
  leftOutBy: new Set(MOVEMENT_RULES.filter((rule) => rule.features.some((f) => movement.features.includes(f)))),
  steps: new Map(),
}));
const INDEXED_BY_ID = new Map(INDEXED.map((indexed) => [indexed.movement.id, indexed]));

/** Every reason this movement is left out for this person (empty: it is allowed). */
export function reasonsToAvoidMovement(movement: Movement, intake: Intake): string[] {
  const indexed = INDEXED_BY_ID.get(movement.id);
  return indexed ? reasonsAmong(rulesFor(intake), indexed) : [];
}

/** The movement rules that apply to this person: judged once, then matched against each movement. */
const rulesFor = (intake: Intake): MovementRule[] => MOVEMENT_RULES.filter((rule) => rule.applies(intake));
function reasonsAmong(applying: readonly MovementRule[], indexed: IndexedMovement): string[] {
  const reasons: string[] = [];
  for (const rule of applying) if (indexed.leftOutBy.has(rule)) reasons.push(rule.why);
  return reasons;
}

/** Movements to leave out, each with why. Like massage, computed for every triage, for the clinician. */
export function findMovementsToAvoid(intake: Intake): MovementAvoidAdvice[] {
  // Each rule is judged once for the person, not once per movement; most people match none.
  const applying = rulesFor(intake);
  if (applying.length === 0) return [];
  // The list depends only on which rules apply: each combination's is built once, its entries frozen and
  // shared; every assessment gets a list of its own.
  const key = applying.map((rule) => rule.code).join(' ');
  let avoid = AVOID_BY_RULES.get(key);
  if (!avoid) AVOID_BY_RULES.set(key, (avoid = leftOutFor(applying)));
  return [...avoid];
}
const AVOID_BY_RULES = new Map<string, readonly MovementAvoidAdvice[]>();

function leftOutFor(applying: readonly MovementRule[]): readonly MovementAvoidAdvice[] {
  const avoid: MovementAvoidAdvice[] = [];
  for (const indexed of INDEXED) {
    const reasons = reasonsAmong(applying, indexed);
    if (reasons.length) avoid.push(shared({ movement: indexed.movement.id, why: [...new Set(reasons)].join(' ') }));
  }
  return avoid;
}

// Movement steps do not depend on the person, apart from the area they are for: built once, shared.
function movementStep(indexed: IndexedMovement, area: BodyArea | 'whole-back'): PlanStep {
  let step = indexed.steps.get(area);
  if (!step) {
    const movement = indexed.movement;
    const dose = doseWords(movement.dose);
    step = shared<PlanStep>({
      kind: 'movement',
      technique: 'movement',
      movement: movement.id,
      title: area === 'whole-back' ? movement.name : `${movement.name}, for your ${AREA_WORDS[area]}`,
      area,
      seconds: movement.seconds,
      ...(movement.dose.reps ? { reps: movement.dose.reps } : {}),
      instructions: `${movement.name}${dose ? ` (${dose.toLowerCase()})` : ''}: ${movement.steps.join(' ')}`,
    });
    indexed.steps.set(area, step);
  }
  return step;
}

const SAFETY = new Map<MovementId, string[]>(
  MOVEMENT_LIST.map((m) => [m.id, shared([SHARP_PAIN, ...m.stopIf, ...m.cautions])]),
);

/** What to keep in mind during a movement step, said once in `plan.safety` (decision 0051). */
export function movementSafety(id: MovementId): string[] {
  return SAFETY.get(id) ?? [SHARP_PAIN];
}

/** How many of `values` the person ticked in `ticked`. */
function countTicked<V extends string>(values: readonly V[], ticked: readonly V[] | undefined): number {
  let count = 0;
  if (ticked) for (const value of values) if (ticked.includes(value)) count += 1;
  return count;
}

/** How well a movement fits: the person's areas count most, then causes and goals. 0 = no area in common. */
function fit(indexed: IndexedMovement, intake: Intake): number {
  const areas = countTicked(indexed.areas, intake.areas);
  if (areas === 0) return 0;
  return areas * 4 + Math.min(countTicked(indexed.causes, intake.causes), 2) + countTicked(indexed.goals, intake.goals);
}

interface Chosen {
  indexed: IndexedMovement;
  area: BodyArea;
}

/** The allowed movements that fit, best first (ties keep the library's order), each for one of the person's areas. */
export function chooseMovements(intake: Intake, max: number, maxSeconds = Infinity): Array<{ movement: Movement; area: BodyArea }> {
  return choose(intake, max, maxSeconds).map(({ indexed, area }) => ({ movement: indexed.movement, area }));
}

function choose(intake: Intake, max: number, maxSeconds = Infinity): Chosen[] {
  const applying = rulesFor(intake);
  const candidates: Array<{ indexed: IndexedMovement; score: number }> = [];
  for (const indexed of INDEXED) {
    if (!indexed.movement.inSession || reasonsAmong(applying, indexed).length > 0) continue;
    const score = fit(indexed, intake);
    if (score > 0) candidates.push({ indexed, score });
  }
  sortShort(candidates, (a, b) => b.score - a.score || a.indexed.order - b.indexed.order);
  const chosen: Chosen[] = [];
  const covered = new Set<BodyArea>();
  let seconds = 0;
  // Two passes: first one movement for each area nobody covers yet, then the best of the rest.
  for (const fresh of [true, false]) {
    for (const { indexed } of candidates) {
      if (chosen.length >= max || chosen.some((c) => c.indexed === indexed)) continue;
      if (seconds + indexed.movement.seconds > maxSeconds) continue;
      const area = areaFor(indexed, intake, covered);
      if (!area || (fresh && covered.has(area))) continue;
      chosen.push({ indexed, area });
      covered.add(area);
      seconds += indexed.movement.seconds;
    }
  }
  // Show them in the library's order: gentle lying moves first, standing ones after.
  return sortShort(chosen, (a, b) => a.indexed.order - b.indexed.order);
}

/** The first of the person's areas this movement helps that nobody covers yet, else the first it helps at all. */
function areaFor(indexed: IndexedMovement, intake: Intake, covered: ReadonlySet<BodyArea>): BodyArea | undefined {
  let first: BodyArea | undefined;
  for (const area of indexed.areas) {
    if (!intake.areas.includes(area)) continue;
    if (!covered.has(area)) return area;
    first ??= area;
  }
  return first;
}

const ACTIVITY = shared({
  goal:
    'Keep moving through the day. Aim for a short walk at a pace where you can still talk: start with 10 minutes ' +
    'on most days, and add a few minutes every few days if it feels fine.',
  source: 'NHSEX' as SourceId,
  movement: 'short-walk' as MovementId,
});

const POSTURE = {
  desk: shared([
    'Sit right back in your chair with your lower back supported. A small cushion can help.',
    'Put your feet flat on the floor or on a footrest, knees about level with your hips.',
    'Have the top of your screen at about eye level, an arm\u2019s length away.',
    'Keep your keyboard close, so your elbows stay by your sides.',
    'Get up and move about at least every 30 minutes.',
  ]),
  sleep: shared([
    'Sleeping on your side? Put a pillow between your knees.',
    'Sleeping on your back? A pillow under your knees can ease your lower back.',
    'Use one or two pillows, so your neck stays in line with your back.',
    'Get up slowly: roll onto your side first, then push up with your arms.',
  ]),
};

function postureChecklist(intake: Intake): SessionPlan['posture'] {
  const desk = intake.causes.includes('desk-posture');
  const sleep = intake.causes.includes('sleep-position');
  if (!desk && !sleep) return undefined;
  const items = desk && sleep ? [...POSTURE.desk, ...POSTURE.sleep] : desk ? POSTURE.desk : POSTURE.sleep;
  return { checklist: items, source: desk ? 'NHSSIT' : 'NHSEX' };
}

export interface MovementPart {
  /** Movement steps for the session, after the massage steps (empty when they go in the routine). */
  steps: PlanStep[];
  seconds: number;
  /** What the plan gains besides its steps: routine, activity goal, posture checklist. */
  extras: Pick<SessionPlan, 'routine' | 'activity' | 'posture'>;
}

const NONE: MovementPart = shared({ steps: [], seconds: 0, extras: shared({}) });

/**
 * The movement part of the plan. With a massage session and no wish for a daily routine, up to three
 * movements join the session. When the person asks for a daily routine, or there is no massage
 * session to join, the movements make a short routine of their own. Nothing unless triage is self-care.
 */
export function movementPart(intake: Intake, triage: TriageLevel, hasSession: boolean): MovementPart {
  if (triage !== 'self-care') return NONE;
  const routineWanted = (intake.goals as readonly string[] | undefined)?.includes(DAILY_ROUTINE_GOAL) ?? false;
  const extras: MovementPart['extras'] = { activity: ACTIVITY };
  const posture = postureChecklist(intake);
  if (posture) extras.posture = posture;
  if (hasSession && !routineWanted) {
    const steps = choose(intake, MAX_SESSION_MOVEMENTS, MAX_SESSION_MOVEMENT_SECONDS).map((c) => movementStep(c.indexed, c.area));
    return { steps, seconds: steps.reduce((sum, s) => sum + s.seconds, 0), extras };
  }
  const steps = choose(intake, MAX_ROUTINE_MOVEMENTS).map((c) => movementStep(c.indexed, c.area));
  if (steps.length > 0) {
    extras.routine = {
      steps,
      totalSeconds: steps.reduce((sum, s) => sum + s.seconds, 0),
      when: 'Once a day, on its own: in the morning, or after sitting for a long time.',
    };
  }
  return { steps: [], seconds: 0, extras };
}
