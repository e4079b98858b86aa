import { assess, IntakeSchema, painWords, QUESTIONS, RED_FLAG_RULES, validate, type Assessment, type Intake, type Question } from '../core/index.js';
import type { Prompter } from './prompts/prompter.js';

export interface InterviewOutcome {
  assessment: Assessment;
  /** True when an emergency sign ended the questions before the last one. */
  stoppedEarly: boolean;
}

type Answers = Partial<Record<keyof Intake, unknown>>;

/** Neutral stand-ins for required answers not given yet, used only to screen what has been said so far. */
const STAND_INS: Answers = {
  age: 40, areas: ['lower-back'], pattern: 'one-spot', quality: [], intensity: 0, durationDays: 0, causes: [], conditions: [], symptoms: [],
};

/** Questions whose words need one more line in a terminal. */
const EXTRA_HELP: Partial<Record<keyof Intake, string>> = {
  intensity: [0, 2, 5, 7, 9].map((n) => `${n}: ${painWords(n).split(':')[0]}`).join(', '),
};

/** What the engine makes of the answers so far, with everything else at its default or a neutral stand-in. */
function intakeFrom(answers: Answers, standIns: Answers = {}): Intake | undefined {
  const draft: Answers = {};
  for (const question of QUESTIONS) {
    const value = question.field in answers ? answers[question.field] : (standIns[question.field] ?? question.default);
    if (value !== undefined) draft[question.field] = value;
  }
  const result = validate(IntakeSchema, draft);
  return result.ok ? result.value : undefined;
}

/**
 * An assessment made before every question was answered may lean on the stand-ins: keep only the reasons
 * whose rule read answered fields, and no technique advice at all (none is given in an emergency anyway).
 */
function onlyWhatWasSaid(assessment: Assessment, answers: Answers): Assessment {
  const reads = new Map<string, readonly (keyof Intake)[]>(RED_FLAG_RULES.map((rule) => [rule.id, rule.reads]));
  const answered = (code: string) => (reads.get(code) ?? []).every((field) => field in answers);
  return {
    ...assessment,
    reasons: assessment.reasons.filter((reason) => answered(reason.code)),
    recommendations: [],
    avoid: [],
    plan: { steps: [], safety: {}, totalSeconds: 0, lifestyle: [] },
  };
}

/** The same rule the intake schema applies to this one field, as a message, or undefined when fine. */
function checkField(field: keyof Intake, value: unknown): string | undefined {
  const result = validate(IntakeSchema.shape[field], value);
  return result.ok ? undefined : result.issues.map((issue) => issue.message).join('; ');
}

async function ask(prompter: Prompter, question: Question): Promise<unknown> {
  const help = [question.help, EXTRA_HELP[question.field]].filter(Boolean).join(' ');
  const common = { message: question.label, ...(help ? { help } : {}) };
  const check = (value: unknown) => checkField(question.field, value);
  switch (question.kind) {
    case 'single':
      return prompter.select({
        ...common,
        choices: question.options.map((o) => ({ value: o.value, name: o.label })),
        ...(question.default === undefined ? {} : { default: question.default }),
      });
    case 'multi':
      return prompter.checkbox({
        ...common,
        choices: question.options.map((o) => ({ value: o.value, name: o.label })),
        default: question.default,
        validate: check,
      });
    case 'number':
      return prompter.number({
        ...common,
        min: question.min,
        max: question.max,
        ...(question.default === undefined ? {} : { default: question.default }),
      });
    case 'boolean':
      return prompter.confirm({ ...common, default: question.default });
  }
}

/**
 * Asks the intake questions in the core's order (safety first). After each answer the engine screens what
 * it has so far, the rest at defaults or neutral stand-ins: as soon as that is an emergency, the questions
 * stop and the emergency advice is returned at once.
 */
export async function interview(prompter: Prompter): Promise<InterviewOutcome> {
  const answers: Answers = {};
  for (const [position, question] of QUESTIONS.entries()) {
    answers[question.field] = await ask(prompter, question);
    const sofar = intakeFrom(answers, STAND_INS);
    if (sofar) {
      const assessment = assess(sofar);
      if (assessment.triage === 'emergency') {
        return { assessment: onlyWhatWasSaid(assessment, answers), stoppedEarly: position < QUESTIONS.length - 1 };
      }
    }
  }
  const intake = intakeFrom(answers);
  if (!intake) throw new Error(`the answers did not make a valid intake: ${JSON.stringify(answers)}`);
  return { assessment: assess(intake), stoppedEarly: false };
}
