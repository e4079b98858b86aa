/**
 * The adaptive question flow (SCREENING.md §3): one pure function from the answers so far to the next
 * question, for the web wizard and the CLI interview alike.
 *
 * How to use it
 * - Keep a draft: a partial intake, `{}` to start. Never edit it by hand; answers go in through
 *   `applyAnswer`, which also records the question id in `draft.answered`.
 * - `nextStep(draft)` says what to do now:
 *     `next`     the question to ask (undefined when there is none left),
 *     `path`     every question that applies so far, answered or not, in asking order (progress, going back),
 *     `pending`  the ones of `path` not answered yet,
 *     `stage`    'safety' (screening questions left), 'preferences' (self-care so far: the massage
 *                preferences), 'stopped' (an emergency answer: stop asking and show `result`), 'done',
 *     `screen`   the safety result over only what was answered (pending questions add no "unanswered" reasons),
 *     `intake`   the complete, valid intake once nothing needed is missing, else undefined,
 *     `result`   the assessment to show: the emergency result when stopped, the full one when done.
 * - A question has one or more `parts`, each filling one intake field (`part.field`); ask every part on
 *   one screen (or one after the other in a terminal) and pass the values keyed by field:
 *     applyAnswer(draft, 'leg-check', { radiatesBelowKnee: true, symptoms: ['weakness-or-trouble-walking'] })
 *   A multi part over `symptoms` or `conditions` sets only its own options, so questions sharing a list
 *   never overwrite each other. The `pregnant` part takes 'yes' | 'no' | 'unsure' ('unsure' sets the
 *   `might-be-pregnant` condition). A number part left out (e.g. "Not sure" weeks) stays empty.
 *   It returns `{ ok: true, value: newDraft }` or `{ ok: false, issues }` naming the field, with the
 *   same messages as the intake schema.
 * - `mustAnswer` is true when the person may not skip the question: an always-asked question that fills a
 *   required field, or a ★ question whose ★ condition holds. `critical` marks the ★ ones.
 * - Going back: `answerOf(draft, id)` gives the values to prefill; `clearAnswer(draft, id)` forgets an
 *   answer; answering again with `applyAnswer` replaces it. `nextStep` recomputes everything from the
 *   draft, so there is no other state to keep.
 * - Labels and limits come from the parts (`label`, `options`, `min`, `max`), which follow the schema.
 */
import { assess } from './assess.js';
import { ACTION_LEVEL, type Assessment } from './assessment.js';
import { IntakeSchema, type Intake } from './intake.js';
import { FLOW_QUESTION, FLOW_QUESTIONS, PREGNANCY_ANSWERS, type FlowQuestionRule } from './knowledge/flow-questions.js';
import type { Question } from './questions.js';
import { screenDraft, type SafetyScreen } from './screening.js';
import type { Draft } from './signs.js';
import { validate, type FieldIssue, type Validated } from './validation.js';
import { ALWAYS_ASKED_QUESTIONS, type Condition, type QuestionId } from './vocabulary.js';

export type { Draft } from './signs.js';
export { FLOW_QUESTIONS, PREGNANCY_ANSWERS, type PregnancyAnswer } from './knowledge/flow-questions.js';

export interface FlowQuestion {
  id: QuestionId;
  label: string;
  help?: string;
  parts: readonly Question[];
  /** May not be skipped: fills a required field, or ★ with its condition holding. */
  mustAnswer: boolean;
  /** ★ (SCREENING.md §3): leaving it unanswered never gives self-care. */
  critical: boolean;
  /** A massage preference, asked only after a self-care screen. */
  preference: boolean;
}

export type FlowStage = 'safety' | 'preferences' | 'stopped' | 'done';

export interface FlowStep {
  next: FlowQuestion | undefined;
  pending: FlowQuestion[];
  path: FlowQuestion[];
  stage: FlowStage;
  screen: SafetyScreen;
  intake: Intake | undefined;
  result: Assessment | undefined;
}

/** Values for one question, keyed by the field each part fills. */
export type FlowAnswer = Partial<Record<keyof Intake, unknown>>;

const REQUIRED_FIELDS = new Set<keyof Intake>(
  (Object.keys(IntakeSchema.shape) as (keyof Intake)[]).filter((field) => !IntakeSchema.shape[field].safeParse(undefined).success),
);

const ALWAYS_ASKED = new Set<QuestionId>(ALWAYS_ASKED_QUESTIONS);

function toFlowQuestion(rule: FlowQuestionRule, draft: Draft): FlowQuestion {
  const critical = Boolean(rule.critical && rule.critical(draft) !== null);
  return {
    id: rule.id,
    label: rule.label,
    ...(rule.help ? { help: rule.help } : {}),
    parts: rule.parts,
    mustAnswer: critical || (ALWAYS_ASKED.has(rule.id) && rule.parts.some((part) => REQUIRED_FIELDS.has(part.field))),
    critical,
    preference: rule.preference === true,
  };
}

/** The question with this id, as the flow would show it for this draft. */
export function flowQuestion(draft: Draft, id: QuestionId): FlowQuestion {
  return toFlowQuestion(FLOW_QUESTION[id], draft);
}

const EMPTY_PLAN = Object.freeze({ steps: [], safety: {}, totalSeconds: 0, lifestyle: [] });

/** What to ask next, and the safety result over only what was answered so far. */
export function nextStep(draft: Draft): FlowStep {
  const answered = new Set(draft.answered ?? []);
  const safetyPath = FLOW_QUESTIONS.filter((q) => !q.preference && q.askedWhen(draft) !== null);
  const pendingSafety = safetyPath.filter((q) => !answered.has(q.id));
  const screen = screenDraft(draft, { notYetAsked: new Set(pendingSafety.map((q) => q.id)) });

  if (screen.triage === 'emergency') {
    const path = safetyPath.map((q) => toFlowQuestion(q, draft));
    return {
      next: undefined,
      pending: [],
      path,
      stage: 'stopped',
      screen,
      intake: undefined,
      result: {
        triage: 'emergency',
        massageAdvised: false,
        ...(screen.action ? { action: screen.action } : {}),
        reasons: screen.reasons,
        recommendations: [],
        avoid: [],
        plan: EMPTY_PLAN as Assessment['plan'],
        tips: [],
        safetyNet: [],
      },
    };
  }

  const preferences = pendingSafety.length === 0 && screen.triage === 'self-care' ? FLOW_QUESTIONS.filter((q) => q.preference) : [];
  const pathRules = [...safetyPath, ...preferences];
  const path = pathRules.map((q) => toFlowQuestion(q, draft));
  const pending = path.filter((q) => !answered.has(q.id));
  const parsed = pendingSafety.length === 0 ? validate(IntakeSchema, draft) : undefined;
  const intake = parsed?.ok ? parsed.value : undefined;
  const stage: FlowStage = pendingSafety.length ? 'safety' : pending.length ? 'preferences' : 'done';
  return {
    next: pending[0],
    pending,
    path,
    stage,
    screen,
    intake,
    result: stage === 'done' && intake ? assess(intake) : undefined,
  };
}

const LIST_FIELDS = new Set<keyof Intake>(['symptoms', 'conditions']);

/** Records one answer: sets the fields its parts fill and marks the question answered. */
export function applyAnswer(draft: Draft, id: QuestionId, answer: FlowAnswer): Validated<Draft> {
  const rule = FLOW_QUESTION[id];
  const next: Record<string, unknown> = { ...draft };
  const issues: FieldIssue[] = [];
  for (const part of rule.parts) {
    const value = answer[part.field];
    if (part.field === 'pregnant') {
      if (value !== undefined && !PREGNANCY_ANSWERS.includes(value as never)) {
        issues.push({ path: 'pregnant', message: `must be one of: ${PREGNANCY_ANSWERS.join(', ')}` });
        continue;
      }
      const conditions: Condition[] = (draft.conditions ?? []).filter((c) => c !== 'might-be-pregnant');
      if (value === 'unsure') conditions.push('might-be-pregnant');
      next.conditions = conditions;
      if (value === 'yes' || value === 'no') next.pregnant = value === 'yes';
      else delete next.pregnant;
      continue;
    }
    if (value === undefined) {
      if (part.kind === 'multi' && LIST_FIELDS.has(part.field)) next[part.field] = withOptions(draft, part, []);
      else if (part.kind === 'multi') next[part.field] = [];
      else delete next[part.field];
      continue;
    }
    const merged = part.kind === 'multi' && LIST_FIELDS.has(part.field) ? withOptions(draft, part, value) : value;
    if (part.kind === 'multi' && Array.isArray(value)) {
      const allowed = new Set(part.options.map((o) => o.value));
      const stray = value.find((v) => !allowed.has(v as string));
      if (stray !== undefined) {
        issues.push({ path: part.field, message: `must be one of: ${[...allowed].join(', ')}` });
        continue;
      }
    }
    const checked = validate(IntakeSchema.shape[part.field], merged);
    if (!checked.ok) {
      issues.push(...checked.issues.map((issue) => ({ ...issue, path: issue.path === '(root)' ? part.field : `${part.field}${issue.path.startsWith('[') ? '' : '.'}${issue.path}` })));
      continue;
    }
    next[part.field] = checked.value;
  }
  if (issues.length) return { ok: false, issues };
  const answered = (draft.answered ?? []).filter((q) => q !== id);
  next.answered = [...answered, id];
  return { ok: true, value: next as Draft };
}

/** Keeps the values of a shared list that other questions own, and sets this part's own. */
function withOptions(draft: Draft, part: Question, chosen: unknown): unknown {
  if (!Array.isArray(chosen)) return chosen;
  const own = new Set(part.kind === 'multi' ? part.options.map((o) => o.value) : []);
  const current = (draft[part.field] as string[] | undefined) ?? [];
  return [...current.filter((v) => !own.has(v)), ...chosen];
}

/** The values a question's parts hold now, to prefill it when going back. */
export function answerOf(draft: Draft, id: QuestionId): FlowAnswer {
  const answer: Record<string, unknown> = {};
  for (const part of FLOW_QUESTION[id].parts) {
    if (part.field === 'pregnant') {
      if (draft.pregnant !== undefined) answer.pregnant = draft.pregnant ? 'yes' : 'no';
      else if (draft.conditions?.includes('might-be-pregnant')) answer.pregnant = 'unsure';
      continue;
    }
    const value = draft[part.field];
    if (value === undefined) continue;
    if (part.kind === 'multi' && LIST_FIELDS.has(part.field) && Array.isArray(value)) {
      const own = new Set(part.options.map((o) => o.value));
      answer[part.field] = value.filter((v) => own.has(v as string));
    } else answer[part.field] = value;
  }
  return answer;
}

/** Forgets one answer (its fields and its place in `answered`), e.g. when the person goes back. */
export function clearAnswer(draft: Draft, id: QuestionId): Draft {
  const next: Record<string, unknown> = { ...draft, answered: (draft.answered ?? []).filter((q) => q !== id) };
  for (const part of FLOW_QUESTION[id].parts) {
    if (part.field === 'pregnant') {
      delete next.pregnant;
      next.conditions = (draft.conditions ?? []).filter((c) => c !== 'might-be-pregnant');
    } else if (part.kind === 'multi' && LIST_FIELDS.has(part.field)) {
      next[part.field] = withOptions(draft, part, []);
    } else delete next[part.field];
  }
  return next as Draft;
}

/** The level an action belongs to, re-exported for surfaces that word actions. */
export { ACTION_LEVEL };
