import { describe, expect, it } from 'vitest';
import { assess, EMERGENCY_SYMPTOMS, TECHNIQUE_LIST, type Intake } from '../../src/core/index.js';
import { backrub, STACK_FRAME } from './run.js';

// Standard input is a pipe here, so backrub reads one answer per line (see src/cli/prompts/line-prompter.ts):
// numbers or values for choices, commas for several, "none", y/n, and an empty line for the default.

/** A typical benign case: 30, lower back, 4/10, 5 days, no conditions. No follow-up question applies. */
const benignAnswers = [
  'none', // emergency signs
  'none', // warning signs
  '', // conditions: default none
  '30', // age
  'no', // pregnant
  'lower-back', // areas (values work as well as numbers)
  '1', // pattern: one-spot
  'stiffness,dull-ache', // quality
  '4', // intensity
  '5', // days
  '', // trend: default stable
  'desk-posture', // causes
  '', // contexts: none
  'pain-relief', // goals
  'either', // setting
  '', // pressure: default medium
  'tennis-ball', // equipment
];
const benign: Intake = {
  age: 30, pregnant: false, areas: ['lower-back'], pattern: 'one-spot', quality: ['stiffness', 'dull-ache'], intensity: 4,
  durationDays: 5, trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], contexts: [], goals: ['pain-relief'],
  setting: 'either', pressure: 'medium', equipment: ['tennis-ball'],
  answered: [
    'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
    'trend', 'causes', 'contexts', 'goals', 'setting', 'pressure', 'equipment',
  ],
};

/** Words that belong to self-care advice and must never sit beside an emergency or urgent result. */
const SELF_CARE_WORDS = [/6 weeks/, /tennis ball/i, /Techniques that fit/, /What to avoid/, /at-home session/, /Safety tips/, /Massage:/, /foam roller/i];
const TECHNIQUE_NAMES = TECHNIQUE_LIST.map((t) => t.name);

function expectNoSelfCare(report: string) {
  for (const words of SELF_CARE_WORDS) expect(report).not.toMatch(words);
  for (const name of TECHNIQUE_NAMES) expect(report).not.toContain(name);
}

const questionsAsked = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('? ')).length;

describe('backrub assess, answers piped in', () => {
  it('asks the core flow\'s questions, safety first, and no follow-up for a benign case', () => {
    const run = backrub(['assess'], { input: `${benignAnswers.join('\n')}\n` });
    expect(run.code).toBe(0);
    // The questions go to stderr, the report to stdout, in the flow's order.
    const asked = run.stderr;
    const order = ['Do you have any of these right now?', 'Do you have any of these?', 'Do any of these apply to you?', 'How old are you?', 'Are you pregnant?'];
    const at = order.map((text) => asked.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    // 12 safety questions and 5 preferences, as many as before: no follow-up applies.
    expect(questionsAsked(asked)).toBe(17);
    expect(asked).not.toContain('How did this pain start?');
    expect(asked).not.toContain('With this pain, do you have any of these?');
    expect(asked).not.toContain('How many weeks pregnant');
    const report = run.stdout;
    expect(report.trimStart().startsWith('+====')).toBe(true); // the triage banner comes first
    expect(report).toContain('SELF CARE');
    expect(report).toContain('Techniques that fit you, best first');
    expect(report).toMatch(/not a\s+diagnosis/);
    expect(report + run.stderr).not.toMatch(STACK_FRAME);
  });

  it('turns the answers into the intake the engine expects, with the questions answered (--json)', () => {
    const run = backrub(['assess', '--json'], { input: `${benignAnswers.join('\n')}\n` });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(assess(benign));
  });

  it('shows the safety net, in the core\'s order, on a self-care report', () => {
    const run = backrub(['assess', '--region', 'uk'], { input: `${benignAnswers.join('\n')}\n` });
    const net = assess(benign).safetyNet;
    expect(net.length).toBeGreaterThan(0);
    expect(run.stdout).toContain('Get help if things change');
    const flat = run.stdout.replace(/\s+/g, ' ');
    const at = net.map((item) => flat.indexOf(item.text.replace(/\s+/g, ' ')));
    expect(at.every((i) => i >= 0), JSON.stringify(net.map((n) => n.text))).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(flat).toContain('Call 999');
  });

  it('asks a follow-up only when its condition holds: mid-back brings the upper-body check', () => {
    const midBack = [...benignAnswers.slice(0, 12), 'gradual', 'y', 'none', ...benignAnswers.slice(12)];
    midBack[5] = 'mid-back';
    const run = backrub(['assess', '--json'], { input: `${midBack.join('\n')}\n` });
    expect(run.code).toBe(0);
    // After the always-asked questions, in the flow's order: onset, movement, then the upper-body check.
    const order = ['What do you think started it?', 'How did this pain start?', 'Does moving or changing position', 'With this pain, do you have any of these?', 'When is it worse?'];
    const at = order.map((text) => run.stderr.indexOf(text));
    expect(at.every((i) => i >= 0), run.stderr.slice(-400)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(questionsAsked(run.stderr)).toBe(20);
    const intake = { ...benign, areas: ['mid-back'], onset: 'gradual', movementChangesPain: true } as Intake;
    intake.answered = [...benign.answered!.slice(0, 12), 'onset', 'movement', 'upper-body-check', ...benign.answered!.slice(12)];
    expect(JSON.parse(run.stdout)).toEqual(assess(intake));
  });

  it('asks the pregnancy questions only when pregnant (or maybe)', () => {
    const pregnant = [...benignAnswers.slice(0, 5), '20', 'none', ...benignAnswers.slice(5)];
    pregnant[4] = 'yes';
    const run = backrub(['assess', '--json'], { input: `${pregnant.join('\n')}\n` });
    expect(run.code, run.stderr.slice(-400)).toBe(0);
    expect(run.stderr).toContain('How many weeks pregnant are you?');
    // A tick there is an emergency: the questions stop at once.
    const bleeding = backrub(['assess', '--json'], { input: `${[...benignAnswers.slice(0, 4), 'yes', '20', 'vaginal-bleeding'].join('\n')}\n` });
    expect(JSON.parse(bleeding.stdout)).toMatchObject({ triage: 'emergency', action: 'call-maternity' });
    expect(bleeding.stderr).not.toContain('Where does it hurt?');
    expect(run.stderr.indexOf('How many weeks pregnant are you?')).toBeLessThan(run.stderr.indexOf('Where does it hurt?'));
    const notPregnant = backrub(['assess', '--json'], { input: `${benignAnswers.join('\n')}\n` });
    expect(notPregnant.stderr).not.toContain('How many weeks pregnant are you?');
  });

  it('stops at once on an emergency answer: the action first, then why, and nothing about self-care', () => {
    const run = backrub(['assess'], { input: 'chest-pain\n35\n' });
    expect(run.code).toBe(0);
    expect(run.stdout.trimStart().startsWith('+====')).toBe(true);
    expect(run.stdout).toContain('EMERGENCY: Get emergency help now');
    expect(run.stdout).toContain('stopped the questions early');
    expect(run.stdout).toMatch(/chest\s+pain/i);
    expectNoSelfCare(run.stdout);
    expect(run.stderr).not.toContain('How old are you?');
    // The headline again at the end, where a long report leaves the reader.
    expect(run.stdout).toMatch(/EMERGENCY: Get emergency help now\. Call/);
  });

  it('names the emergency number given with --emergency-number, and refuses one with nothing to dial', () => {
    expect(backrub(['assess', '--emergency-number', '000'], { input: 'chest-pain\n' }).stdout).toContain('Call 000 now');
    const bad = backrub(['assess', '--emergency-number', 'the usual'], { input: 'chest-pain\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must contain a phone number');
  });

  it('speaks the region given with --region: numbers and services change', { timeout: 60_000 }, () => {
    const words = (region: string, input: string) => backrub(['assess', '--region', region], { input }).stdout.replace(/\s+/g, ' ');
    expect(words('uk', 'chest-pain\n')).toContain('Call 999 now');
    expect(words('us', 'chest-pain\n')).toContain('Call 911 now');
    expect(words('eu', 'chest-pain\n')).toContain('Call 112 now');
    // Cauda equina signs: go to the emergency department, not by car, in each region's words.
    expect(words('uk', 'saddle-numbness\n')).toMatch(/Go to A&E now\. Do not drive yourself/);
    expect(words('us', 'saddle-numbness\n')).toMatch(/emergency room \(ER\) now\. Do not drive yourself.*911/);
    expect(words('eu', 'saddle-numbness\n')).toMatch(/emergency department.*Do not drive yourself.*112/);
    const unknown = backrub(['assess', '--region', 'mars'], { input: 'chest-pain\n' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/uk, us, eu/);
  });

  it('stops for every emergency sign the core lists', () => {
    for (const symptom of EMERGENCY_SYMPTOMS) {
      const run = backrub(['assess', '--json'], { input: `${symptom}\n` });
      expect(run.code, symptom).toBe(0);
      expect((JSON.parse(run.stdout) as { triage: string }).triage, symptom).toBe('emergency');
      expect(run.stderr, symptom).not.toContain('Do any of these apply to you?');
    }
  }, 120_000); // one run of the binary per sign, on a shared machine

  it('asks again after an answer it cannot use', () => {
    const answers = ['99', ...benignAnswers]; // 99 is not one of the emergency signs
    const run = backrub(['assess', '--json'], { input: `${answers.join('\n')}\n` });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"99" is not one of the choices');
    expect(JSON.parse(run.stdout)).toEqual(assess(benign));
  });

  it('keeps the defaults when the answers end, but stops if a question has none', () => {
    const run = backrub(['assess'], { input: '\n\n' }); // no age given, and age has no default
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the answers ended before this question was answered: "How old are you?"');
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
