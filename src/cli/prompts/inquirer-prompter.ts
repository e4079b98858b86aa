import { checkbox, confirm, number, select } from '@inquirer/prompts';
import type { CliIO } from '../context.js';
import type { Prompter } from './prompter.js';

/**
 * Arrow-key questions for a terminal (@inquirer/prompts). Questions go to standard error, so
 * `backrub assess --json > answer.json` still asks them on screen.
 */
export function inquirerPrompter(io: CliIO): Prompter {
  const context = { input: io.stdin, output: io.stderr, clearPromptOnDone: false };
  const dim = (text: string) => (io.env.NO_COLOR ? text : `\u001b[2m${text}\u001b[22m`);
  const withHelp = (message: string, help?: string) => (help ? `${message} ${dim(`(${help})`)}` : message);
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
          validate: (ticked) => question.validate?.(ticked.map((choice) => choice.value)) ?? true,
          // An empty answer is an answer too: say "none" rather than nothing.
          theme: { style: { renderSelectedChoices: (ticked: readonly { short: string }[]) => (ticked.length ? ticked.map((choice) => choice.short).join(', ') : 'none') } },
        },
        context,
      );
      return answer;
    },
    number: async (question) => {
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
