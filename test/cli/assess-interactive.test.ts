import { describe, expect, it } from 'vitest';
import { assess, EMERGENCY_SYMPTOMS, WARNING_SYMPTOMS, type Intake } from '../../src/core/index.js';
import { selfCare } from './fixtures.js';
import { backrub, STACK_FRAME } from './run.js';

// Standard input is a pipe here, so backrub reads one answer per line (see src/cli/prompts/line-prompter.ts):
// numbers or values for choices, commas for several, "none", y/n, and an empty line for the default.
const selfCareAnswers = [
  'none', // red-flag symptoms
  '', // conditions: default none
  '35', // age
  'n', // pregnant
  'upper-back, lower-back', // areas (values work as well as numbers)
  '1', // pattern: one-spot
  '', // below the knee: default no
  'stiffness,dull-ache', // quality
  '4', // intensity
  '10', // days
  '', // trend: default stable
  'desk-posture', // causes
  '', // contexts: none
  'pain-relief', // goals
  'either', // setting
  '', // pressure: default medium
  'foam-roller', // equipment
];
const answered: Intake = { ...selfCare, pregnant: false, radiatesBelowKnee: false, trend: 'stable', contexts: [], pressure: 'medium' };

describe('backrub assess, answers piped in', () => {
  it('asks the safety questions first and prints a readable self-care report', () => {
    const run = backrub(['assess'], { input: `${selfCareAnswers.join('\n')}\n` });
    expect(run.code).toBe(0);
    // The questions go to stderr, the report to stdout.
    expect(run.stderr.indexOf('Do you have any of these right now?')).toBeLessThan(run.stderr.indexOf('How old are you?'));
    const report = run.stdout;
    expect(report.trimStart().startsWith('+====')).toBe(true); // the triage banner comes first
    expect(report).toContain('SELF CARE');
    expect(report).toContain('Techniques that fit you, best first');
    expect(report).toContain('1. Foam roller');
    expect(report).toMatch(/not a\s+diagnosis/);
    expect(report + run.stderr).not.toMatch(STACK_FRAME);
  });

  it('turns the answers into the intake the engine expects (--json)', () => {
    const run = backrub(['assess', '--json'], { input: `${selfCareAnswers.join('\n')}\n` });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(assess(answered));
  });

  it('stops at once and shows the emergency advice when an emergency sign is ticked', () => {
    const run = backrub(['assess'], { input: 'chest-pain\n35\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('EMERGENCY: Get emergency help now');
    expect(run.stdout).toContain('stopped the questions early');
    expect(run.stdout).toContain('chest pain');
    expect(run.stdout).toContain('Massage: NOT advised');
    expect(run.stdout).not.toContain('Techniques that fit you');
    // Nothing that leans on questions never asked (e.g. where it hurts).
    expect(run.stdout).not.toContain('What to avoid');
    expect(run.stdout).not.toContain('at-home session');
    // The banner comes first, and the headline again at the end, where a long report leaves the reader.
    expect(run.stdout.trimStart().startsWith('+====')).toBe(true);
    expect(run.stdout).toMatch(/EMERGENCY: Get emergency help now\. Call/);
    expect(run.stderr).not.toContain('How old are you?');
  });

  it('names the emergency number given with --emergency-number', () => {
    const run = backrub(['assess', '--emergency-number', '999'], { input: 'chest-pain\n' });
    expect(run.stdout).toContain('Call 999');
  });

  it('stops for every emergency sign the core lists, and only for those', () => {
    for (const symptom of EMERGENCY_SYMPTOMS) {
      const run = backrub(['assess', '--json'], { input: `${symptom}\n` });
      expect(run.code, symptom).toBe(0);
      expect((JSON.parse(run.stdout) as { triage: string }).triage, symptom).toBe('emergency');
      expect(run.stderr, symptom).not.toContain('Do any of these apply to you?');
    }
    // The warning signs: none of them, alone or together, is an emergency (v2 symptoms combine: some pairs are).
    const others = WARNING_SYMPTOMS;
    const run = backrub(['assess'], { input: `${others.join(',')}\n\n` });
    expect(run.stderr).toContain('How old are you?'); // went on to the next questions
    // One CLI run per sign: 13 signs since the safety screen v2, so more time than the default.
  }, 90_000);

  it('asks again after an answer it cannot use', () => {
    const answers = ['99', ...selfCareAnswers]; // 99 is not one of the symptoms
    const run = backrub(['assess', '--json'], { input: `${answers.join('\n')}\n` });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"99" is not one of the choices');
    expect(JSON.parse(run.stdout)).toEqual(assess(answered));
  });

  it('keeps the defaults when the answers end, but stops if a question has none', () => {
    const run = backrub(['assess'], { input: '\n\n' }); // no age given, and age has no default
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the answers ended before this question was answered: "How old are you?"');
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);

    // Every question without a default answered; the rest left to their defaults by ending the input.
    const required = ['', '', '50', '', 'neck', 'widespread', '', '', '3', '2'];
    const minimal = backrub(['assess', '--json'], { input: required.join('\n') });
    expect(minimal.stderr).toContain('(no more answers: keeping the default)');
    expect(minimal.code).toBe(0);
    expect(JSON.parse(minimal.stdout)).toHaveProperty('triage');
  });
});
