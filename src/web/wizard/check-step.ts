import { intakeNumberProblem } from '../../core/intake-form-rules.js';
import { type Answers, answerFor, durationDays, fieldValue, toDraft } from '../answers.js';
import { applyAnswer, type FlowQuestion, type Question } from '../core.js';

/** Messages by the id of the field they belong to. */
export type Errors = Partial<Record<string, string>>;

export const inputId = (q: FlowQuestion, part: Question) => (q.parts.length === 1 ? q.id : `${q.id}-${part.field}`);
export const partLabel = (q: FlowQuestion, part: Question) => (q.parts.length === 1 ? q.label : part.label);

/** Where the error summary's link for a field jumps to, when it is not the field's own id. */
export const FIELD_IDS: Record<string, string> = { age: 'age', areas: 'areas-heading', pattern: 'pattern-one-spot', intensity: 'intensity', duration: 'duration' };

/**
 * What is missing or wrong on a step, by the id of the field to jump to. The number limits and their
 * words come from the intake schema (core/intake-form-rules.ts); every other value is checked by the
 * core's own `applyAnswer`, so the wizard never accepts what the engine would refuse.
 */
export function checkStep(questions: readonly FlowQuestion[], a: Answers): Errors {
  const e: Errors = {};
  for (const q of questions) {
    for (const part of q.parts) {
      const problem = partProblem(q, part, a);
      if (problem) e[problem[0]] = problem[1];
    }
    if (Object.keys(e).length === 0) {
      const applied = applyAnswer(toDraft(a), q.id, answerFor(a, q.id));
      if (!applied.ok) e[q.id] = applied.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    }
  }
  return e;
}

function partProblem(q: FlowQuestion, part: Question, a: Answers): [field: string, message: string] | undefined {
  const named = (field: string, message: string | undefined): [string, string] | undefined => (message ? [field, message] : undefined);
  switch (part.field) {
    case 'age':
      return named('age', intakeNumberProblem('age', a.age));
    case 'intensity':
      return named('intensity', intakeNumberProblem('intensity', a.intensity));
    case 'durationDays':
      return named('duration', intakeNumberProblem('durationDays', durationDays(a)));
    case 'areas':
      return named('areas', a.areas.length === 0 ? 'Choose at least one place where it hurts.' : undefined);
    case 'pattern':
      return named('pattern', a.pattern ? undefined : 'Choose how the pain spreads.');
  }
  const missing = q.mustAnswer && part.kind !== 'multi' && fieldValue(a, part.field) === undefined;
  return named(inputId(q, part), missing ? `Please answer: ${partLabel(q, part)}` : undefined);
}
