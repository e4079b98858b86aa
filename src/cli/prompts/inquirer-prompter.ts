import { checkbox, confirm, input, number, select } from '@inquirer/prompts';
import type { CliIO } from '../context.js';
import { numberHint, readNumberAnswer } from './number-answer.js';
import type { NumberQuestion, Prompter } from './prompter.js';

/**
 * Arrow-key questions for a terminal (@inquirer/prompts). Questions go to standard error, so
 * `backrub assess --json > answer.json` still asks them on screen.
 */
export function inquirerPrompter(io: CliIO): Prompter {
  const context = { input: io.stdin, output: io.stderr, clearPromptOnDone: false };
  const dim = (text: string) => (io.env.NO_COLOR ? text : `\u001b[2m${text}\u001b[22m`);
  const withHelp = (message: string, help?: string) => (help ? `${message} ${dim(`(${help})`)}` : message);
  /** A count of days as typed words ("3 weeks"): the number prompt would take digits only. */
  const daysAnswer = async (question: NumberQuestion): Promise<number | undefined> => {
    const typed = await input(
      {
        message: withHelp(question.message, [question.help, numberHint(question)].filter(Boolean).join('; ')),
        ...(question.default === undefined ? {} : { default: String(question.default) }),
        required: !question.optional,
        validate: (line) => {
          if (line.trim() === '' && question.optional) return true;
          const read = readNumberAnswer(line, question);
          return 'value' in read || read.problem;
        },
      },
      context,
    );
    if (typed.trim() === '') return undefined;
    const read = readNumberAnswer(typed, question);
    return 'value' in read ? read.value : undefined;
  };
  return {
    say: (text) => void io.stderr.write(`${text}\n`),
    select: (question) =>
      select(
        {
          message: withHelp(question.message, question.help),
          choices: question.choices.map((choice) => ({ ...choice })),
          ...(question.default === undefined ? {} : { default: question.default }),
          pageSize: 12,
          loop: false,
        },
        context,
      ),
    checkbox: async (question) => {
      const answer = await checkbox(
        {
          message: withHelp(question.message, question.help),
          choices: question.choices.map((choice) => ({ ...choice, checked: question.default?.includes(choice.value) ?? false })),
          pageSize: 14,
          loop: false,
          // No one-key "tick all" or "invert": a list of warning signs must be ticked one by one.
          shortcuts: { all: null, invert: null },
          validate: (ticked) => question.validate?.(ticked.map((choice) => choice.value)) ?? true,
          // An empty answer is an answer too: say "none" rather than nothing.
          theme: { style: { renderSelectedChoices: (ticked: readonly { short: string }[]) => (ticked.length ? ticked.map((choice) => choice.short).join(', ') : 'none') } },
        },
        context,
      );
      return answer;
    },
    number: async (question) => {
      if (question.inDays) return daysAnswer(question);
      const answer = await number(
        {
          message: withHelp(question.message, question.help),
          min: question.min,
          max: question.max,
          step: 1,
          required: !question.optional,
          ...(question.default === undefined ? {} : { default: question.default }),
        },
        context,
      );
      return answer;
    },
    confirm: (question) => confirm({ message: withHelp(question.message, question.help), default: question.default }, context),
    close: () => undefined,
  };
}
