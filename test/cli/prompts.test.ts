import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { WARNING_SYMPTOMS, SYMPTOM_LABELS } from '../../src/core/index.js';
import { inquirerPrompter } from '../../src/cli/prompts/inquirer-prompter.js';
import type { Prompter } from '../../src/cli/prompts/prompter.js';

// The arrow-key prompts as a person in a terminal meets them: keys go in one by one, as typed.

function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let screen = '';
  stderr.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const prompter: Prompter = inquirerPrompter({ stdin, stdout: new PassThrough(), stderr, env: { NO_COLOR: '1' } });
  /** Types keys after the prompt has drawn itself. */
  const type = async (...keys: string[]) => {
    for (const key of keys) {
      await new Promise((r) => setTimeout(r, 30));
      stdin.write(key);
    }
  };
  return { prompter, type, screen: () => screen };
}

const warningSigns = WARNING_SYMPTOMS.map((value) => ({ value, name: SYMPTOM_LABELS[value] }));
const DOWN = '\u001b[B';

describe('arrow-key prompts (a terminal)', () => {
  it('does not tick every warning sign with one key ("a" or "i")', async () => {
    for (const key of ['a', 'i']) {
      const { prompter, type } = terminal();
      const answer = prompter.checkbox({ message: 'Do you have any of these?', choices: warningSigns, default: [] });
      await type(key, '\r');
      await expect(answer, key).resolves.toEqual([]);
    }
  });

  it('still ticks the signs chosen one by one', async () => {
    const { prompter, type } = terminal();
    const answer = prompter.checkbox({ message: 'Do you have any of these?', choices: warningSigns, default: [] });
    await type(DOWN, ' ', '\r');
    await expect(answer).resolves.toEqual([WARNING_SYMPTOMS[1]]);
  });

  it('reads "3 weeks" as 21 days, and explains an answer it cannot read', async () => {
    const { prompter, type, screen } = terminal();
    const answer = prompter.number({ message: 'How many days ago did this bout of pain start?', min: 0, max: 36_500, inDays: true });
    await type('soon', '\r');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen()).toContain('"3 weeks"');
    await type(...'\u007f'.repeat(4), '3 weeks', '\r');
    await expect(answer).resolves.toBe(21);
  });
});
