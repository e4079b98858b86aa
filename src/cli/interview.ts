import {
  answerOf, applyAnswer, nextStep, painWords, type Assessment, type Draft, type FlowAnswer, type FlowQuestion, type Intake,
  type Question,
} from '../core/index.js';
import type { Prompter } from './prompts/prompter.js';

export interface InterviewOutcome {
  assessment: Assessment;
  /** The intake the assessment was made from; undefined when an emergency answer stopped the questions. */
  intake: Intake | undefined;
  /** True when an emergency answer ended the questions before the last one. */
  stoppedEarly: boolean;
}

/** Questions whose words need one more line in a terminal. */
const EXTRA_HELP: Partial<Record<keyof Intake, string>> = {
  intensity: [0, 2, 5, 7, 9].map((n) => `${n}: ${painWords(n).split(':')[0]}`).join(', '),
};

/** Fields that count days: people may answer "3 weeks" or "2 months". */
const DAY_COUNTS = new Set<keyof Intake>(['durationDays', 'daysSinceInjury']);

/** One part of a question (one intake field), asked as the core words it. */
async function askPart(prompter: Prompter, question: FlowQuestion, part: Question, before: FlowAnswer): Promise<unknown> {
  // A one-part question shows the question's own words; parts of a longer one show their own.
  const message = question.parts.length === 1 ? question.label : part.label;
  const help = [question.parts.length === 1 ? question.help : undefined, part.help, EXTRA_HELP[part.field]].filter(Boolean).join(' ');
  const common = { message, ...(help ? { help } : {}) };
  const previous = before[part.field];
  switch (part.kind) {
    case 'single': {
      const fallback = typeof previous === 'string' ? previous : part.default;
      return prompter.select({
        ...common,
        choices: part.options.map((o) => ({ value: o.value, name: o.label })),
        ...(fallback === undefined ? {} : { default: fallback }),
      });
    }
    case 'multi':
      return prompter.checkbox({
        ...common,
        choices: part.options.map((o) => ({ value: o.value, name: o.label })),
        default: Array.isArray(previous) ? (previous as string[]) : part.default,
        // The same rule the flow applies (e.g. "choose at least one area"), as a message.
        validate: (values) => {
          const checked = applyAnswer({}, question.id, { [part.field]: values });
          const issue = checked.ok ? undefined : checked.issues.find((i) => i.path.startsWith(part.field));
          return issue?.message;
        },
      });
    case 'number':
      return prompter.number({
        ...common,
        min: part.min,
        max: part.max,
        ...(part.default === undefined ? {} : { default: part.default }),
        ...(part.optional ? { optional: true } : {}),
        ...(DAY_COUNTS.has(part.field) ? { inDays: true } : {}),
      });
    case 'boolean':
      return prompter.confirm({ ...common, default: typeof previous === 'boolean' ? previous : part.default });
  }
}

/**
 * Asks the core flow's questions, in its order and words (safety first; follow-ups only when the flow
 * asks for them; preferences only after a self-care screen). As soon as an answer is an emergency, the
 * questions stop and the emergency result is returned at once.
 */
export async function interview(prompter: Prompter): Promise<InterviewOutcome> {
  let draft: Draft = {};
  let asked = 0;
  for (;;) {
    const step = nextStep(draft);
    if (step.stage === 'stopped' && step.result) return { assessment: step.result, intake: undefined, stoppedEarly: true };
    const question = step.next;
    if (!question) {
      if (!step.intake || !step.result) throw new Error(`the answers did not make a valid intake: ${JSON.stringify(draft)}`);
      return { assessment: step.result, intake: step.intake, stoppedEarly: false };
    }
    if (question.parts.length > 1) prompter.say(question.label);
    const answer: FlowAnswer = {};
    const before = answerOf(draft, question.id);
    for (const part of question.parts) {
      const value = await askPart(prompter, question, part, before);
      if (value !== undefined) answer[part.field] = value;
    }
    const applied = applyAnswer(draft, question.id, answer);
    if (!applied.ok) {
      // The prompts check each value, so this is rare (e.g. a list rule across parts): say it, ask again.
      prompter.say(`Please try again: ${applied.issues.map((issue) => issue.message).join('; ')}.`);
      continue;
    }
    draft = applied.value;
    asked += 1;
    if (asked > 200) throw new Error('the question flow did not end');
  }
}
