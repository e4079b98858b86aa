import { ACTIONS, type Action, type Reason, type TriageLevel } from './assessment.js';
import type { Intake } from './intake.js';
import { durationInWords } from './duration-words.js';
import { CONDITION_RULES } from './knowledge/conditions.js';
import { FLOW_QUESTIONS, type FlowQuestionRule } from './knowledge/flow-questions.js';
import { SYMPTOM_BLOCKS } from './knowledge/massage-rules.js';
import { TRIAGE_RULES, type TriageRule, type Triggers } from './knowledge/triage-rules.js';
import { TRIAGE_SEVERITY } from './knowledge/triage-guidance.js';
import { answeredQuestions, type Draft } from './signs.js';
import { CONDITIONS, FOLLOW_UP_QUESTIONS, type Condition, type QuestionId, type Symptom } from './vocabulary.js';
import { sortShort } from './short-sort.js';

export interface SafetyScreen {
  triage: TriageLevel;
  /** The action of the leading reason; none for self-care. */
  action?: Action;
  /** Findings most severe first (the most urgent action leading within a level), then informational reasons. */
  reasons: Reason[];
}

export interface ScreenOptions {
  /** Questions the flow has still to ask: they add no "unanswered" reasons yet. */
  notYetAsked?: ReadonlySet<QuestionId>;
}

/** A reason with the level it raises the triage to; the level is only for sorting, not shown. */
interface Finding {
  level: Exclude<TriageLevel, 'self-care'>;
  action: Action;
  /** Sorts findings: higher first (most severe level, then most urgent action). */
  rank: number;
  reason: Reason;
}

const UNSET_FACTS: readonly (readonly [string, QuestionId])[] = [
  ['onset:unset', 'onset'],
  ['movementChangesPain:unset', 'movement'],
  ['pregnancyWeeks:unset', 'pregnancy-weeks'],
];

const ACTION_RANK = new Map(ACTIONS.map((action, i) => [action, i]));

/** A §5 block's reason, worded once at load: only its facts list is fresh for each finding. */
interface Block {
  code: string;
  message: string;
  source: Reason['source'];
  fact: string;
}
// Built once: the conditions that block massage, and the §5 symptom blocks in their listed order.
const CONDITION_BLOCKS = new Map<Condition, Block>(
  CONDITIONS.flatMap((condition) => {
    const rule = CONDITION_RULES[condition];
    if (!rule.blocksMassage) return [];
    const block = { code: `contraindication:${condition}`, message: `${rule.label}: ${rule.blocksMassage}`, source: rule.source, fact: `conditions:${condition}` };
    return [[condition, block] as const];
  }),
);
const SYMPTOM_BLOCK_LIST = (Object.entries(SYMPTOM_BLOCKS) as [Symptom, NonNullable<(typeof SYMPTOM_BLOCKS)[Symptom]>][]).map(
  ([symptom, block]): [Symptom, Block] => [
    symptom,
    { code: `contraindication:${symptom}`, message: block.why, source: block.source, fact: `symptoms:${symptom}` },
  ],
);
const FOLLOW_UPS = new Set<QuestionId>(FOLLOW_UP_QUESTIONS);

// The triage rules indexed by their trigger answers (§4 rules stay data; this only finds which to run).
// A draft runs just the rules it holds a trigger of, still in TRIAGE_RULES order, so the result is the
// same as running them all: a rule without any of its trigger answers cannot fire.
// Each field is read by a function of its own, not as draft[field]: V8 reads a field by a key that
// changes from call to call on a slow path, and this runs on every assessment.
type TriggerIndex = Map<unknown, number[]>;
const byField = <Field extends keyof Triggers>(field: Field, read: (draft: Draft) => Draft[Field]) => ({
  field, read, byValue: new Map() as TriggerIndex,
});
const LIST_INDEX = [
  byField('symptoms', (d) => d.symptoms), byField('conditions', (d) => d.conditions), byField('quality', (d) => d.quality),
  byField('causes', (d) => d.causes), byField('areas', (d) => d.areas),
];
const VALUE_INDEX = [
  byField('onset', (d) => d.onset), byField('movementChangesPain', (d) => d.movementChangesPain),
  byField('pregnant', (d) => d.pregnant), byField('radiatesBelowKnee', (d) => d.radiatesBelowKnee), byField('trend', (d) => d.trend),
];
function indexRule(byValue: TriggerIndex, value: unknown, index: number): void {
  const rules = byValue.get(value);
  if (rules) rules.push(index);
  else byValue.set(value, [index]);
}
for (const [index, rule] of TRIAGE_RULES.entries()) {
  for (const { field, byValue } of LIST_INDEX) for (const value of rule.triggers[field] ?? []) indexRule(byValue, value, index);
  for (const { field, byValue } of VALUE_INDEX) if (rule.triggers[field] !== undefined) indexRule(byValue, rule.triggers[field], index);
}

/** Which triage rules this draft holds a trigger answer of, by their place in TRIAGE_RULES. */
function triggeredRules(draft: Draft): Uint8Array {
  const triggered = new Uint8Array(TRIAGE_RULES.length);
  for (const { read, byValue } of LIST_INDEX) {
    const values: readonly unknown[] | undefined = read(draft);
    if (!values) continue;
    for (const value of values) {
      const rules = byValue.get(value);
      if (rules) for (const index of rules) triggered[index] = 1;
    }
  }
  for (const { read, byValue } of VALUE_INDEX) {
    const value = read(draft);
    if (value === undefined) continue;
    const rules = byValue.get(value);
    if (rules) for (const index of rules) triggered[index] = 1;
  }
  return triggered;
}

const NO_WARNING_SIGNS: Reason = Object.freeze({
  code: 'no-warning-signs',
  message: 'None of your answers point to a warning sign or a reason to avoid massage.',
  source: 'NHSBACK',
  facts: Object.freeze([]) as unknown as string[],
});

/** Every triage rule, massage block and must-answer question left out that fires for this draft. */
function findingsFor(draft: Draft, options: ScreenOptions, followUps: readonly AskedQuestion[]): Finding[] {
  const findings: Finding[] = [];
  // While the flow still has to ask onset, movement or the weeks, "not said" is not yet an answer.
  const notYetAsked = options.notYetAsked;
  const stillToAsk = notYetAsked ? UNSET_FACTS.filter(([, question]) => notYetAsked.has(question)).map(([fact]) => fact) : [];
  const triggered = triggeredRules(draft);
  for (let index = 0; index < TRIAGE_RULES.length; index += 1) {
    if (!triggered[index]) continue;
    const rule = TRIAGE_RULES[index] as TriageRule;
    const facts = rule.firesWhen(draft);
    if (facts && (stillToAsk.length === 0 || !facts.some((fact) => stillToAsk.includes(fact)))) {
      findings.push(finding(rule.level, rule.action, rule.id, rule.message(draft, facts), rule.source, distinct(facts)));
    }
  }
  // §5: what blocks every technique, so massage waits for a clinician.
  for (const condition of draft.conditions ?? []) {
    const block = CONDITION_BLOCKS.get(condition);
    if (block) findings.push(finding('see-doctor-first', 'book-gp', block.code, block.message, block.source, [block.fact]));
  }
  const symptoms = draft.symptoms;
  if (symptoms && symptoms.length > 0) {
    for (const [symptom, block] of SYMPTOM_BLOCK_LIST) {
      if (!symptoms.includes(symptom)) continue;
      if (symptom === 'fever' && draft.conditions?.includes('contagious-illness')) continue;
      findings.push(finding('see-doctor-first', 'book-gp', block.code, block.message, block.source, [block.fact]));
    }
  }
  // Principle 7: a ★ question left out never passes as a silent "no".
  for (const { question, asked } of followUps) {
    const critical = question.rule.critical?.(draft);
    if (!critical) continue;
    findings.push(
      finding(
        'see-doctor-first', 'book-gp', question.criticalCode, question.criticalMessage, question.rule.watchFor?.source ?? 'NHSBACK',
        distinct([question.unanswered, ...asked, ...critical]),
      ),
    );
  }
  return findings;
}

/** A finding and its reason; the reason's keys keep the order every assessment has always shown. */
function finding(
  level: Finding['level'], action: Action, code: string, message: string, source: Reason['source'], facts: string[],
): Finding {
  const rank = TRIAGE_SEVERITY[level] * ACTIONS.length - (ACTION_RANK.get(action) ?? 0);
  return { level, action, rank, reason: { action, code, message, source, facts } };
}

/** The facts once each, in first-seen order (a copy, so a rule's own list is never shared). */
function distinct(facts: readonly string[]): string[] {
  // Lists are a handful of facts: a scan beats building a Set.
  const once: string[] = [];
  for (const fact of facts) if (!once.includes(fact)) once.push(fact);
  return once;
}

/** A question whose absence screening judges, with the words that name it worked out once at load. */
interface ScreenedQuestion {
  rule: FlowQuestionRule;
  /** `unanswered:<id>`: the fact, and the code of its watch-for reason. */
  unanswered: string;
  criticalCode: string;
  criticalMessage: string;
  /** A follow-up with a watch-for line: left out, it adds that line as a reason. */
  watched: boolean;
}

interface AskedQuestion {
  question: ScreenedQuestion;
  /** The facts that made it apply. */
  asked: readonly string[];
}

/** The questions whose absence screening judges: ★ or with a watch-for line, and not a preference. */
const SCREENED_QUESTIONS: readonly ScreenedQuestion[] = FLOW_QUESTIONS.filter(
  (question) => !question.preference && (question.critical || question.watchFor),
).map((rule) => ({
  rule,
  unanswered: `unanswered:${rule.id}`,
  criticalCode: `unanswered-critical:${rule.id}`,
  criticalMessage: `${rule.watchFor?.text ?? ''} Because this question was not answered, please check with a doctor before massage.`.trim(),
  watched: FOLLOW_UPS.has(rule.id) && rule.watchFor !== undefined,
}));

/** Questions that apply to the draft, were not answered, and are not still to be asked by the flow. */
function leftUnanswered(draft: Draft, options: ScreenOptions): AskedQuestion[] {
  const answered = answeredQuestions(draft);
  const left: AskedQuestion[] = [];
  for (const question of SCREENED_QUESTIONS) {
    const id = question.rule.id;
    if (answered.has(id) || options.notYetAsked?.has(id)) continue;
    const asked = question.rule.askedWhen(draft);
    if (asked) left.push({ question, asked });
  }
  return left;
}

/** The watch-for lines of follow-up questions that applied but were not answered. */
function unansweredReasons(left: readonly AskedQuestion[]): Reason[] {
  const reasons: Reason[] = [];
  for (const { question, asked } of left) {
    const watchFor = question.rule.watchFor;
    if (!question.watched || !watchFor) continue;
    reasons.push({
      code: question.unanswered, message: watchFor.text, source: watchFor.source, facts: distinct([question.unanswered, ...asked]),
    });
  }
  return reasons;
}

/** A fact that limits massage, and the words that name it in the "cautions" reason. */
interface Caution {
  fact: string;
  words: string;
}
// The §5 conditions that limit massage without blocking it, each with its caution, found once at load.
const CAUTION_CONDITIONS = new Map<Condition, Caution>(
  CONDITIONS.flatMap((condition) => {
    const rule = CONDITION_RULES[condition];
    const limits = !rule.blocksMassage && (rule.avoid || rule.maxPressure || rule.caution || rule.keepOff);
    return limits ? [[condition, { fact: `conditions:${condition}`, words: rule.label.toLowerCase() }] as const] : [];
  }),
);
const PREGNANCY_CAUTION: Caution = { fact: 'pregnant:true', words: 'your pregnancy' };

/** §5 conditions present that limit massage (shown as "cautions" instead of "no warning signs"). */
function cautionsOf(draft: Draft): Caution[] {
  const cautions: Caution[] = [];
  for (const condition of draft.conditions ?? []) {
    const caution = CAUTION_CONDITIONS.get(condition);
    if (caution) cautions.push(caution);
  }
  if (draft.pregnant === true) cautions.push(PREGNANCY_CAUTION);
  if ((draft.age ?? 0) >= 70) cautions.push({ fact: `age:${draft.age}`, words: `your age (${draft.age})` });
  return cautions;
}

export function cautionFacts(draft: Draft): string[] {
  return cautionsOf(draft).map((caution) => caution.fact);
}

function informational(draft: Draft, triage: TriageLevel, left: readonly AskedQuestion[]): Reason[] {
  if (triage === 'emergency') return [];
  const reasons = unansweredReasons(left);
  if (triage === 'urgent') return reasons;
  const intensity = draft.intensity ?? 0;
  if (intensity >= 9) {
    reasons.push({
      code: 'severe-pain-safety-net',
      message:
        'Very strong pain is usually not damage. See a doctor if it isn\u2019t better in a few days, stops you sleeping, or you can\u2019t cope. Gentle massage only.',
      source: 'NHSBACK',
      facts: [`intensity:${intensity}`],
    });
  }
  if (draft.durationDays !== undefined && draft.durationDays > 42) {
    const older = (draft.age ?? 0) >= 60;
    reasons.push({
      code: 'lasting-over-6-weeks',
      message: `Your pain has lasted ${durationInWords(draft.durationDays)}. Most back pain settles within about 6 weeks, so a check with a doctor or physiotherapist is a good idea if you have not had one.${older ? ' At your age your doctor may offer a blood test.' : ''}`,
      source: older ? 'NICE12' : 'NICE59',
      facts: [`durationDays:${draft.durationDays}`, ...(older ? [`age:${draft.age}`] : [])],
    });
  }
  if (triage === 'self-care') {
    const cautions = cautionsOf(draft);
    if (cautions.length) {
      reasons.push({
        code: 'cautions',
        message: `No emergency signs in your answers. Because of ${listWords(cautions.map((c) => c.words))}, massage is limited as shown.`,
        source: 'NCCIH',
        facts: cautions.map((c) => c.fact),
      });
    }
    if (reasons.length === 0) reasons.push(NO_WARNING_SIGNS);
  }
  return reasons;
}

/** "a, b and c". */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Screens a draft: only what it holds is judged (a field not given fires nothing), and `notYetAsked`
 * questions add no "unanswered" reasons. The most severe finding wins; within a level the most urgent
 * action leads; every finding is listed.
 */
export function screenDraft(draft: Draft, options: ScreenOptions = {}): SafetyScreen {
  const left = leftUnanswered(draft, options);
  const findings = findingsFor(draft, options, left);
  sortShort(findings, (a, b) => b.rank - a.rank);
  const lead = findings[0];
  const triage: TriageLevel = lead?.level ?? 'self-care';
  const reasons: Reason[] = findings.map((f) => f.reason);
  reasons.push(...informational(draft, triage, left));
  return lead ? { triage, action: lead.action, reasons } : { triage, reasons };
}

/**
 * Screening runs before anything else and can stop everything: any red flag or contraindication
 * raises the triage, and the most severe finding wins. Nothing later may lower it.
 */
export function screenSafety(intake: Intake): SafetyScreen {
  return screenDraft(intake);
}

