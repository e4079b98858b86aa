import { describe, expect, it } from 'vitest';
import { applyAnswer, assess, nextStep, type Draft, type Intake } from '../../src/core/index.js';
import { backrub } from './run.js';

// `backrub assess` with answers piped in: durations in the words people use, and the same adaptive
// questions as the web wizard (both walk the core's nextStep).

/** Upper-back pain for three weeks: the flow asks how it started, whether moving changes it, and the upper-body signs. */
const answers = (duration: string) => [
  'none', 'none', '', '30', 'no', 'upper-back', '1', 'stiffness', '4', duration, '', 'desk-posture',
  '2', // onset: gradual
  'y', // moving changes the pain
  'none', // upper-body signs
  '', '', '', '', '', // preferences: defaults
];

const asked = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('? ')).map((line) => line.slice(2));

/** The questions the core flow asks for this intake, in order, as the web wizard asks them (a multi-part question asks each part). */
function flowQuestions(intake: Intake): string[] {
  let draft: Draft = {};
  const words: string[] = [];
  for (let step = nextStep(draft); step.next; step = nextStep(draft)) {
    const q = step.next;
    words.push(...q.parts.map((part) => (q.parts.length === 1 ? q.label : part.label)));
    const answer = Object.fromEntries(q.parts.map((part) => [part.field, part.field === 'pregnant' ? (intake.pregnant ? 'yes' : 'no') : intake[part.field]]));
    const applied = applyAnswer(draft, q.id, answer);
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    draft = applied.value;
  }
  return words;
}

describe('backrub assess: how many days ago', () => {
  it.each([
    ['3 weeks', 21],
    ['2 months', 60],
    ['10 days', 10],
    ['10', 10],
  ])('reads "%s" as %i days', (typed, days) => {
    const run = backrub(['assess', '--json'], { input: `${answers(typed).join('\n')}\n` });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ReturnType<typeof assess>;
    const intake: Intake = {
      age: 30, pregnant: false, areas: ['upper-back'], pattern: 'one-spot', quality: ['stiffness'], intensity: 4, durationDays: days,
      trend: 'stable', causes: ['desk-posture'], conditions: [], symptoms: [], onset: 'gradual', movementChangesPain: true,
      contexts: [], goals: [], setting: 'either', pressure: 'medium', equipment: [],
      answered: [
        'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
        'trend', 'causes', 'onset', 'movement', 'upper-body-check', 'contexts', 'goals', 'setting', 'pressure', 'equipment',
      ],
    };
    expect(result).toEqual(assess(intake));
    // The same questions, in the same order, as the core flow (and so the web wizard) asks.
    expect(asked(run.stderr)).toEqual(flowQuestions(intake));
  });

  it('explains an answer it cannot read and asks again', () => {
    const input = answers('soon');
    input.splice(10, 0, '3 weeks');
    const run = backrub(['assess', '--json'], { input: `${input.join('\n')}\n` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Please type a number of days, or say it like "10 days", "3 weeks" or "2 months".');
    expect(run.stderr).toContain('(days, or for example "3 weeks" or "2 months"; from 0 to 36500 days)');
  });
});
