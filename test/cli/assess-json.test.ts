import { describe, expect, it } from 'vitest';
import { assess, AssessmentSchema, validate } from '../../src/core/index.js';
import { emergency, seeDoctorFirst, selfCare } from './fixtures.js';
import { backrub, STACK_FRAME, tempFile } from './run.js';

interface ErrorOutput {
  error: { code: string; message: string; issues: { index?: number; path: string; message: string }[] };
}

const parse = (text: string): unknown => JSON.parse(text);

describe('backrub assess --input FILE --json', () => {
  it('prints one Assessment for one intake, exactly what the engine returns', () => {
    const run = backrub(['assess', '--input', tempFile('one.json', JSON.stringify(selfCare)), '--json']);
    expect(run.code).toBe(0);
    const output = parse(run.stdout);
    expect(validate(AssessmentSchema, output).ok).toBe(true);
    expect(output).toEqual(assess(selfCare));
    expect(run.stderr).toBe('');
  });

  it('prints an array in the same order for an array of intakes', () => {
    const batch = [emergency, selfCare, seeDoctorFirst, selfCare];
    const run = backrub(['assess', '--input', tempFile('batch.json', JSON.stringify(batch)), '--json']);
    expect(run.code).toBe(0);
    const output = parse(run.stdout) as unknown[];
    expect(output).toEqual(batch.map((intake) => assess(intake)));
    expect(output.map((a) => (a as { triage: string }).triage)).toEqual(['emergency', 'self-care', 'see-doctor-first', 'self-care']);
  });

  it('reads standard input for "-"', () => {
    const run = backrub(['assess', '--input', '-', '--json'], { input: JSON.stringify([seeDoctorFirst, selfCare]) });
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual([assess(seeDoctorFirst), assess(selfCare)]);
  });

  it('prints the readable report(s) without --json', () => {
    const run = backrub(['assess', '--input', '-'], { input: JSON.stringify([emergency, selfCare]) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Intake 1 of 2');
    expect(run.stdout).toContain('Intake 2 of 2');
    expect(run.stdout.indexOf('EMERGENCY')).toBeLessThan(run.stdout.indexOf('SELF CARE'));
    expect(run.stdout).toMatch(/not a\s+diagnosis/);
  });
});

describe('backrub assess: bad input exits 2 with a clear error and no stack trace', () => {
  const expectError = (args: string[], input?: string): ErrorOutput => {
    const run = backrub(args, input === undefined ? {} : { input });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    const body = parse(run.stdout) as ErrorOutput;
    expect(body.error.code).toBe('invalid_intake');
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.issues.length).toBeGreaterThan(0);
    return body;
  };
  const paths = (body: ErrorOutput) => body.error.issues.map((issue) => issue.path);

  it('names each field with a wrong type', () => {
    const body = expectError(['assess', '-i', '-', '--json'], JSON.stringify({ ...selfCare, age: 'forty', areas: 'back', pregnant: 'no' }));
    expect(paths(body)).toEqual(expect.arrayContaining(['age', 'areas', 'pregnant']));
    expect(body.error.issues.every((issue) => issue.index === undefined)).toBe(true);
  });

  it('names each unknown field at its own path', () => {
    const body = expectError(['assess', '-i', '-', '--json'], JSON.stringify({ ...selfCare, favouriteColour: 'blue', shoeSize: 9 }));
    expect(body.error.issues).toEqual([
      { path: 'favouriteColour', message: 'is not a known field' },
      { path: 'shoeSize', message: 'is not a known field' },
    ]);
  });

  it('names out-of-range and unknown values', () => {
    const body = expectError(
      ['assess', '-i', '-', '--json'],
      JSON.stringify({ ...selfCare, age: 12, intensity: 11, durationDays: -1, areas: ['toe'], symptoms: ['hiccups'] }),
    );
    expect(paths(body)).toEqual(expect.arrayContaining(['age', 'intensity', 'durationDays', 'areas[0]', 'symptoms[0]']));
  });

  it('names missing required fields', () => {
    const { age: _age, symptoms: _symptoms, ...rest } = selfCare;
    const body = expectError(['assess', '-i', '-', '--json'], JSON.stringify(rest));
    expect(paths(body)).toEqual(expect.arrayContaining(['age', 'symptoms']));
  });

  it('gives the index of each bad intake in a batch, and assesses none of them', () => {
    const body = expectError(
      ['assess', '-i', '-', '--json'],
      JSON.stringify([selfCare, { ...selfCare, intensity: 42 }, selfCare, { ...selfCare, extra: true }]),
    );
    expect(body.error.issues.map((issue) => issue.index)).toEqual([1, 3]);
    expect(body.error.issues[0]?.path).toBe('intensity');
    expect(body.error.message).toContain('2 of 4 intakes');
  });

  it('rejects an empty list, and something that is not an intake at all', () => {
    expect(expectError(['assess', '-i', '-', '--json'], '[]').error.issues[0]?.message).toMatch(/empty/);
    expect(paths(expectError(['assess', '-i', '-', '--json'], '42'))).toEqual(['(root)']);
    expect(paths(expectError(['assess', '-i', '-', '--json'], '[null]'))).toEqual(['(root)']);
  });

  it('explains an empty file', () => {
    const body = expectError(['assess', '--input', tempFile('empty.json', ''), '--json']);
    expect(body.error.message).toMatch(/is empty/);
    expect(paths(body)).toEqual(['(root)']);
  });

  it('explains text that is not JSON', () => {
    const body = expectError(['assess', '--input', tempFile('bad.json', '{ age: 35, '), '--json']);
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('explains a missing file and a folder', () => {
    expect(expectError(['assess', '--input', '/no/such/intake.json', '--json']).error.message).toMatch(/no such file/);
    expect(expectError(['assess', '--input', tempFile('x.json', '').replace(/x\.json$/, ''), '--json']).error.message).toMatch(/folder/);
  });

  it('writes a readable error to stderr without --json', () => {
    const run = backrub(['assess', '-i', '-'], { input: JSON.stringify({ ...selfCare, age: 200, areas: [] }) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('age: must be at most 110');
    expect(run.stderr).toContain('areas: choose at least one area');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('reports a missing file in words without --json', () => {
    const run = backrub(['assess', '--input', 'nope.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read "nope.json": no such file');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
