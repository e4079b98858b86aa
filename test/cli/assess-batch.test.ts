import { describe, expect, it } from 'vitest';
import { assess, CONDITIONS, toErrorBody, type Intake } from '../../src/core/index.js';
import { emergency, seeDoctorFirst, selfCare } from './fixtures.js';
import { backrub, STACK_FRAME, tempFile } from './run.js';

/** Many different intakes: every triage, conditions that rule techniques out, strong and mild pain. */
function variedIntakes(count: number): Intake[] {
  return Array.from({ length: count }, (_, i) => {
    const base = [selfCare, emergency, seeDoctorFirst, selfCare][i % 4] as Intake;
    const condition = CONDITIONS[i % CONDITIONS.length];
    return {
      ...base,
      age: 16 + (i % 90),
      intensity: i % 11,
      durationDays: (i * 7) % 400,
      conditions: i % 5 === 0 && condition ? [condition] : [],
      pregnant: i % 9 === 0,
    };
  });
}

/** What `assess --json` printed before it streamed: one JSON.stringify of the whole answer. */
const oldFormatter = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('backrub assess --json on a batch: streamed, byte for byte what it printed before', () => {
  it('prints the same bytes as one JSON.stringify of every assessment, over many chunks', () => {
    const batch = variedIntakes(600); // about 4 MB of output: many 64 KiB chunks
    const run = backrub(['assess', '--input', tempFile('batch.json', JSON.stringify(batch)), '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(oldFormatter(batch.map((intake) => assess(intake))));
    expect(run.stderr).toBe('');
  });

  it('prints the same bytes for one intake, and for a list of one', () => {
    expect(backrub(['assess', '-i', '-', '--json'], { input: JSON.stringify(selfCare) }).stdout).toBe(oldFormatter(assess(selfCare)));
    expect(backrub(['assess', '-i', '-', '--json'], { input: JSON.stringify([emergency]) }).stdout).toBe(oldFormatter([assess(emergency)]));
  });

  it('prints the same error body and exits 2 when one intake of the batch is invalid', () => {
    const run = backrub(['assess', '-i', '-', '--json'], { input: JSON.stringify([selfCare, { ...selfCare, intensity: 42 }]) });
    expect(run.code).toBe(2);
    const body = toErrorBody('invalid_intake', '1 of 2 intakes has 1 problem; nothing was assessed.', [
      { index: 1, path: 'intensity', message: 'must be at most 10' },
    ]);
    expect(run.stdout).toBe(oldFormatter(body));
  });
});

const ndjson = (lines: readonly string[]) => `${lines.join('\n')}\n`;
const outputLines = (stdout: string) => stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);

describe('backrub assess --ndjson: one intake per line in, one answer per line out', () => {
  it('answers every line in order, exit 0 when all are valid', () => {
    const batch = variedIntakes(40);
    const run = backrub(['assess', '--input', tempFile('in.ndjson', ndjson(batch.map((i) => JSON.stringify(i)))), '--ndjson']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(batch.map((intake) => `${JSON.stringify(assess(intake))}\n`).join(''));
    expect(run.stderr).toBe('');
  });

  it('gives each bad line an error with its line number, still answers every valid line, and exits 2', () => {
    const input = ndjson([
      JSON.stringify(selfCare),
      '{ not json',
      '',
      JSON.stringify({ ...selfCare, age: 12 }),
      JSON.stringify(emergency),
    ]);
    const run = backrub(['assess', '--input', '-', '--ndjson'], { input });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    const out = outputLines(run.stdout);
    expect(out).toHaveLength(4); // the blank line 3 is skipped, but still counted
    expect(out[0]).toEqual(assess(selfCare));
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'invalid_intake', issues: [{ path: '(root)' }] } });
    expect((out[1] as { error: { message: string } }).error.message).toMatch(/Line 2 is not valid JSON/);
    expect(out[2]).toEqual({
      line: 4,
      error: { code: 'invalid_intake', message: 'The intake on line 4 has 1 problem.', issues: [{ path: 'age', message: 'must be at least 16' }] },
    });
    expect(out[3]).toEqual(assess(emergency));
    expect(run.stderr).toContain('2 of 4 lines are not valid intakes (lines 2, 4); every other line was assessed.');
  });

  it('keeps the input order with --jobs, across many blocks and with bad lines among them', () => {
    const lines = variedIntakes(3000).map((intake, i) => (i % 997 === 500 ? '{"age":"old"}' : JSON.stringify(intake)));
    const file = tempFile('many.ndjson', ndjson(lines)); // about 1 MB: a few dozen blocks
    const single = backrub(['assess', '--input', file, '--ndjson']);
    expect(single.code).toBe(2);
    const expected = lines.map((line, i) => {
      if (line.startsWith('{"age":"old"}')) return { line: i + 1 };
      return assess(JSON.parse(line) as Intake);
    });
    const out = outputLines(single.stdout);
    expect(out).toHaveLength(3000);
    out.forEach((answer, i) => expect(answer).toMatchObject(expected[i] as object));
    for (const jobs of ['2', '3']) {
      const parallel = backrub(['assess', '--input', file, '--ndjson', '--jobs', jobs]);
      expect(parallel.code).toBe(2);
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
    }
    // Three runs of 3,000 intakes: on a busy 2-core machine that alone can take half a minute.
  }, 120_000);

  it('reports a file it cannot read as one error line, exit 2', () => {
    const run = backrub(['assess', '--input', '/no/such/file.ndjson', '--ndjson']);
    expect(run.code).toBe(2);
    expect(outputLines(run.stdout)).toEqual([{ error: expect.objectContaining({ code: 'invalid_intake', message: expect.stringMatching(/no such file/) }) }]);
  });

  it('refuses option mix-ups as usage errors', () => {
    for (const args of [
      ['assess', '--ndjson'],
      ['assess', '-i', '-', '--json', '--ndjson'],
      ['assess', '-i', '-', '--json', '--jobs', '2'],
      ['assess', '-i', '-', '--ndjson', '--jobs', '0'],
      ['assess', '-i', '-', '--ndjson', '--jobs', 'many'],
    ]) {
      const run = backrub(args, { input: JSON.stringify(selfCare) });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^backrub: /);
      expect(run.stdout).toBe('');
    }
  });
});
