import type { Intake, QuestionId } from '../core/intake.js';
import { applyAnswer, FLOW_QUESTIONS, withPreferenceDefaults, type Draft, type FlowAnswer } from './core.js';
import { type Answers, fieldValue, isV1Save, parseStoredAnswers, storedAnswers } from './answers-store.js';

export * from './answers-store.js';

// The answers as the core flow sees them: `toDraft` turns them into the core flow's draft (a partial
// intake with `answered`), through the core's own `applyAnswer`, so the web and the CLI fill the intake
// the same way. The plain storage (answers-store.ts) is kept apart so the first page loads without the engine.

/** The questions the first wizard asked: an old save that made a whole intake had answered all of them. */
const V1_QUESTIONS: readonly QuestionId[] = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
  'trend', 'causes', 'contexts', 'goals', 'setting', 'pressure', 'equipment',
];

/**
 * Saved answers, from this wizard or an older one (see `parseStoredAnswers`). An old save (no `answered`)
 * that made a whole intake counts the first wizard's questions as answered, so only the new follow-up
 * questions are asked.
 */
export function parseAnswers(value: unknown): Answers {
  const a = parseStoredAnswers(value);
  if (isV1Save(value)) {
    const v1 = toDraft({ ...a, answered: [...V1_QUESTIONS] });
    if (V1_QUESTIONS.every((id) => v1.answered?.includes(id))) a.answered = [...V1_QUESTIONS];
  }
  return a;
}

export function loadAnswers(): Answers {
  return parseAnswers(storedAnswers());
}

const LISTS = new Set<keyof Intake>(['symptoms', 'conditions']);

/** The values of one flow question: a shared list (symptoms, conditions) gives only this question's options. */
export function answerFor(a: Answers, id: QuestionId): FlowAnswer {
  const question = FLOW_QUESTIONS.find((q) => q.id === id);
  const answer: FlowAnswer = {};
  for (const part of question?.parts ?? []) {
    let value = fieldValue(a, part.field);
    if (part.kind === 'multi' && LISTS.has(part.field) && Array.isArray(value)) {
      const own = new Set(part.options.map((o) => o.value));
      value = value.filter((v: string) => own.has(v));
    }
    if (value !== undefined) answer[part.field] = value;
  }
  return answer;
}

const hasValue = (answer: FlowAnswer) => Object.values(answer).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));

/**
 * The core flow's draft: every question with a value is put in through the core's `applyAnswer` (so the
 * flow sees what is on screen before Next, e.g. a ticked emergency sign), and `answered` keeps only the
 * questions the person moved on from with a value the core accepted.
 */
export function toDraft(a: Answers): Draft {
  let draft: Draft = {};
  const accepted: QuestionId[] = [];
  for (const question of FLOW_QUESTIONS) {
    const answer = answerFor(a, question.id);
    if (!a.answered.includes(question.id) && !hasValue(answer)) continue;
    const applied = applyAnswer(draft, question.id, answer);
    if (!applied.ok) continue; // e.g. an age still being typed: the page names the problem on Next
    draft = applied.value;
    accepted.push(question.id);
  }
  return { ...draft, answered: a.answered.filter((id) => accepted.includes(id)) };
}

/**
 * The answers in the core's Intake shape (with `answered`); missing required answers stay missing, so
 * validation can name them, and skipped preferences take the core's defaults, as in the CLI.
 */
export function toIntake(a: Answers): Partial<Intake> {
  return withPreferenceDefaults(toDraft(a));
}
