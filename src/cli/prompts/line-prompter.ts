import { createInterface } from 'node:readline';
import { UsageError, type CliIO } from '../context.js';
import { numberHint, readNumberAnswer } from './number-answer.js';
import type { CheckboxQuestion, Choice, Prompter } from './prompter.js';

/**
 * Questions answered one line each, for when standard input is not a terminal (answers piped in, tests).
 * - a choice: its number or its value (`2` or `lower-back`);
 * - several choices: numbers or values separated by commas (`1,3`); `none` (or `-`) for none of them;
 * - a number: digits; yes/no: `y` or `n`;
 * - an empty line keeps the default shown in [brackets]; so does the end of the input.
 * A wrong answer is explained and the question is asked again with the next line.
 */
type Parsed<T> = { value: T } | { problem: string };
const problem = (text: string): { problem: string } => ({ problem: text });

export function linePrompter(io: CliIO): Prompter {
  const reader = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  const write = (text: string) => void io.stderr.write(text);
  let ended = false;

  async function nextLine(): Promise<string | undefined> {
    if (ended) return undefined;
    const next = await lines.next();
    if (next.done) {
      ended = true;
      return undefined;
    }
    write(`${next.value}\n`);
    return next.value.trim();
  }

  /** Reads lines until `parse` accepts one; at the end of input, falls back to the default or stops. */
  async function ask<T>(
    { message, help }: { message: string; help?: string },
    hint: string,
    fallback: T | undefined,
    parse: (line: string) => Parsed<T>,
    choices: readonly Choice<string>[] = [],
  ): Promise<T> {
    write(`? ${message}\n`);
    if (help) write(`  ${help}\n`);
    listChoices(choices);
    write(`  ${hint}\n`);
    for (;;) {
      write('> ');
      const line = await nextLine();
      if (line === undefined) {
        if (fallback === undefined) {
          write('\n');
          throw new UsageError(`the answers ended before this question was answered: "${message}"`);
        }
        write('(no more answers: keeping the default)\n');
        return fallback;
      }
      if (line === '' && fallback !== undefined) return fallback;
      const parsed = line === '' ? problem('Please type an answer (this question has no default).') : parse(line);
      if ('value' in parsed) return parsed.value;
      write(`  ${parsed.problem}\n`);
    }
  }

  function listChoices(choices: readonly Choice<string>[]): void {
    choices.forEach((choice, i) => {
      const about = choice.description ? ` - ${choice.description}` : '';
      write(`  ${String(i + 1).padStart(2)}) ${choice.name} [${choice.value}]${about}\n`);
    });
  }

  function pick<V extends string>(choices: readonly Choice<V>[], token: string): V | undefined {
    const lower = token.toLowerCase();
    if (/^\d+$/.test(lower)) return choices[Number(lower) - 1]?.value;
    return choices.find((choice) => choice.value === lower || choice.name.toLowerCase() === lower)?.value;
  }

  const nameOf = <V extends string>(choices: readonly Choice<V>[], value: V) =>
    choices.find((choice) => choice.value === value)?.name ?? value;

  return {
    say: (text) => write(`${text}\n`),

    async select(question) {
      const hint = question.default === undefined ? '(type a number)' : `(type a number; empty = ${nameOf(question.choices, question.default)})`;
      return ask(question, hint, question.default, (line) => {
        const value = pick(question.choices, line);
        return value === undefined ? problem(`Please type one number from 1 to ${question.choices.length}.`) : { value };
      }, question.choices);
    },

    async checkbox<V extends string>(question: CheckboxQuestion<V>) {
      const check = (values: V[]) => question.validate?.(values);
      const noneAllowed = check([]) === undefined;
      const preset = question.default ? [...question.default] : [];
      const fallback = check(preset) === undefined ? preset : undefined;
      const defaultWords = preset.length === 0 ? 'none' : preset.map((v) => nameOf(question.choices, v)).join(', ');
      const hint = `(numbers or values separated by commas${noneAllowed ? ', or "none"' : ''}${fallback === undefined ? '' : `; empty = ${defaultWords}`})`;
      return ask<V[]>(question, hint, fallback, (line) => {
        const picked: V[] = [];
        if (!['none', '-', '0'].includes(line.toLowerCase())) {
          for (const token of line.split(/[,\s]+/).filter(Boolean)) {
            const value = pick(question.choices, token);
            if (value === undefined) return problem(`"${token}" is not one of the choices: use numbers from 1 to ${question.choices.length}.`);
            if (!picked.includes(value)) picked.push(value);
          }
        }
        const wrong = check(picked);
        return wrong === undefined ? { value: picked } : problem(`Please try again: ${wrong}.`);
      }, question.choices);
    },

    async number(question) {
      const empty = question.default === undefined ? (question.optional ? '; empty = not sure' : '') : `; empty = ${question.default}`;
      const hint = `(${numberHint(question)}${empty})`;
      // "Not sure" is an answer: an optional question takes an empty line (or the end of input) as one.
      const fallback: number | 'not sure' | undefined = question.default ?? (question.optional ? 'not sure' : undefined);
      const answer = await ask<number | 'not sure'>(question, hint, fallback, (line) => readNumberAnswer(line, question));
      return answer === 'not sure' ? undefined : answer;
    },

    async confirm(question) {
      return ask(question, question.default ? '(Y/n)' : '(y/N)', question.default, (line) => {
        const answer = line.toLowerCase();
        if (['y', 'yes'].includes(answer)) return { value: true };
        if (['n', 'no'].includes(answer)) return { value: false };
        return problem('Please answer y or n.');
      });
    },

    close: () => reader.close(),
  };
}
