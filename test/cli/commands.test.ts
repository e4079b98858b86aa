import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '../../src/core/index.js';
import { backrub, STACK_FRAME } from './run.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('backrub --help and --version', () => {
  it('lists every command', () => {
    const run = backrub(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['assess', 'techniques', 'technique', 'schema']) expect(run.stdout).toContain(command);
    expect(run.stdout).toMatch(/not a\s+diagnosis/);
  });

  it('shows help with no arguments', () => {
    const run = backrub([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: backrub');
  });

  it('explains assess, including the piped-answer format', () => {
    const run = backrub(['assess', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--input <file>');
    expect(run.stdout).toContain('one answer per line');
  });

  it('prints the version from package.json', () => {
    for (const flag of ['--version', '-v']) {
      const run = backrub([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(pkg.version);
    }
  });

  it('exits 2 on an unknown command or option, without a stack trace', () => {
    for (const args of [['massage-me'], ['assess', '--nope']]) {
      const run = backrub(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/error: unknown/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });
});

describe('backrub techniques and technique <id>', () => {
  it('lists every technique in a table', () => {
    const run = backrub(['techniques']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID\s+NAME\s+WHERE\s+PRESSURE/);
    for (const id of TECHNIQUE_IDS) expect(run.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(run.stdout).toContain('at home');
    expect(run.stdout).toContain('with a therapist');
  });

  it('lists them as JSON too', () => {
    const run = backrub(['techniques', '--json']);
    expect((JSON.parse(run.stdout) as { id: string }[]).map((t) => t.id)).toEqual([...TECHNIQUE_IDS]);
  });

  it('shows a home technique with its timed how-to steps', () => {
    const run = backrub(['technique', 'tennis-ball']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tennis ball');
    expect(run.stdout).toContain('When to use it');
    expect(run.stdout).toContain('Cautions');
    expect(run.stdout).toMatch(/How to do it \(about .+\)/);
    expect(run.stdout).toMatch(/1\. .+ \(\d+ (s|min)/);
    expect(run.stdout).toContain('Sources');
  });

  it('shows a professional technique without how-to steps', () => {
    const run = backrub(['technique', 'swedish']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('with a therapist');
    expect(run.stdout).not.toContain('How to do it');
  });

  it('exits 2 for an unknown id and lists the valid ones', () => {
    const run = backrub(['technique', 'reiki']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown technique "reiki"');
    for (const id of TECHNIQUE_IDS) expect(run.stderr).toContain(id);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('backrub schema', () => {
  it('prints the intake JSON Schema, closed to unknown fields', () => {
    const run = backrub(['schema', 'intake']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown>; required: string[]; additionalProperties: unknown };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties.age).toMatchObject({ type: 'integer', minimum: 16, maximum: 110 });
    expect(schema.required).toEqual(expect.arrayContaining(['age', 'areas', 'symptoms', 'conditions']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('prints the assessment JSON Schema', () => {
    const run = backrub(['schema', 'assessment']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['triage', 'massageAdvised', 'reasons', 'recommendations', 'avoid', 'plan', 'tips']),
    );
  });

  it('exits 2 for an unknown schema name', () => {
    const run = backrub(['schema', 'diary-of-a-madman']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('intake, assessment');
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal, and words carry the meaning', () => {
    const run = backrub(['assess', '-i', '-'], { input: JSON.stringify({ age: 40, areas: ['neck'], pattern: 'one-spot', quality: [], intensity: 2, durationDays: 3, causes: [], conditions: [], symptoms: ['fever'] }) });
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatch(/URGENT|SEE DOCTOR FIRST/);
  });

  it('can be forced on, and NO_COLOR wins', () => {
    expect(backrub(['techniques'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(backrub(['techniques'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
