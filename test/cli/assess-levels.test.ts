import { describe, expect, it } from 'vitest';
import { TECHNIQUE_LIST, type Intake } from '../../src/core/index.js';
import { emergency, seeDoctorFirst, selfCare } from './fixtures.js';
import { backrub } from './run.js';

// What the readable report shows for each level (--input), and the --json shape.
const urgent: Intake = { ...selfCare, symptoms: ['fever'] };
const report = (intake: Intake, ...args: string[]) => backrub(['assess', '--input', '-', ...args], { input: JSON.stringify(intake) });
const flat = (text: string) => text.replace(/\s+/g, ' ');
const SELF_CARE_WORDS = [/6 weeks/, /tennis ball/i, /foam roller/i, /Techniques that fit/, /What to avoid/, /at-home session/, /Safety tips/, /Massage:/];

function expectNoSelfCare(text: string) {
  for (const words of SELF_CARE_WORDS) expect(text).not.toMatch(words);
  for (const technique of TECHNIQUE_LIST) expect(text).not.toContain(technique.name);
}

describe('backrub assess: what the report shows for each level', () => {
  it('emergency: the action first, then why, and nothing else', () => {
    const run = report(emergency, '--region', 'uk');
    expect(run.code).toBe(0);
    const banner = run.stdout.split('\n').slice(0, 6).join(' ');
    expect(flat(banner)).toContain('Call 999 now for an ambulance.');
    expect(run.stdout).toContain('Why');
    expectNoSelfCare(run.stdout);
  });

  it('urgent: the action in the region\'s words, then why, and nothing else', () => {
    const run = report(urgent, '--region', 'uk');
    expect(run.stdout).toContain('URGENT');
    expect(flat(run.stdout)).toContain('ask your GP for an urgent appointment, or call NHS 111. Call 999 if it gets much worse.');
    expectNoSelfCare(run.stdout);
    expect(flat(report(urgent, '--region', 'us', '--urgent-number', '811').stdout)).toContain('go to urgent care. Call 911 if it gets much worse. For advice, call 811.');
  });

  it('see-doctor-first: the action and why, no techniques, no plan', () => {
    const run = report(seeDoctorFirst, '--region', 'eu');
    expect(run.stdout).toContain('SEE DOCTOR FIRST');
    expect(flat(run.stdout)).toContain('Book a visit with your GP or a physiotherapist.');
    expect(run.stdout).toContain('Massage: NOT advised for now.');
    expect(run.stdout).not.toMatch(/Techniques that fit|at-home session|What to avoid/);
    for (const technique of TECHNIQUE_LIST) expect(run.stdout).not.toContain(`${technique.name} (`);
  });

  it('self-care: the safety net before the techniques', () => {
    const run = report(selfCare, '--region', 'us');
    const net = run.stdout.indexOf('Get help if things change');
    expect(net).toBeGreaterThan(0);
    expect(net).toBeLessThan(run.stdout.indexOf('Techniques that fit you'));
    expect(flat(run.stdout)).toContain('Call 911 now for an ambulance.');
  });
});

describe('backrub assess --json', () => {
  it('keeps the shape it had, with only the new fields added', () => {
    const before = ['triage', 'massageAdvised', 'reasons', 'recommendations', 'avoid', 'plan', 'tips'];
    const added = ['action', 'safetyNet', 'noExactFit', 'avoidMovements'];
    for (const intake of [emergency, urgent, seeDoctorFirst, selfCare]) {
      const output = JSON.parse(report(intake, '--json').stdout) as Record<string, unknown>;
      expect(Object.keys(output)).toEqual(expect.arrayContaining(before));
      expect(Object.keys(output).filter((key) => !before.includes(key)).every((key) => added.includes(key))).toBe(true);
      for (const reason of output['reasons'] as Record<string, unknown>[]) {
        expect(Object.keys(reason).every((key) => ['code', 'message', 'source', 'action', 'facts'].includes(key))).toBe(true);
      }
    }
  });
});
