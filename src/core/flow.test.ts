import { describe, expect, it } from 'vitest';
import { answerOf, applyAnswer, clearAnswer, nextStep, type Draft, type FlowAnswer } from './flow.js';
import type { QuestionId } from './vocabulary.js';

const answer = (draft: Draft, id: QuestionId, value: FlowAnswer): Draft => {
  const result = applyAnswer(draft, id, value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** Answers whatever the flow asks, from a table by question id, until it stops; returns the ids asked. */
function walk(answers: Partial<Record<QuestionId, FlowAnswer>>, start: Draft = {}) {
  let draft = start;
  const asked: QuestionId[] = [];
  for (let step = nextStep(draft); step.next; step = nextStep(draft)) {
    asked.push(step.next.id);
    draft = answer(draft, step.next.id, answers[step.next.id] ?? {});
    if (asked.length > 40) throw new Error('the flow does not end');
  }
  return { asked, draft, step: nextStep(draft) };
}

const BENIGN: Partial<Record<QuestionId, FlowAnswer>> = {
  'emergency-signs': { symptoms: [] },
  'warning-signs': { symptoms: [] },
  conditions: { conditions: [] },
  age: { age: 30 },
  pregnant: { pregnant: 'no' },
  areas: { areas: ['lower-back'] },
  pattern: { pattern: 'one-spot' },
  quality: { quality: ['dull-ache'] },
  intensity: { intensity: 4 },
  duration: { durationDays: 5 },
  trend: { trend: 'stable' },
  causes: { causes: ['lifting'] },
};
const SAFETY_SCREENS = [
  'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
  'trend', 'causes',
];

describe('the adaptive question flow (SCREENING.md §3)', () => {
  it('asks a typical benign intake the 12 always-asked screens and no more, then the preferences', () => {
    const { asked, step } = walk(BENIGN);
    expect(asked.slice(0, 12)).toEqual(SAFETY_SCREENS);
    expect(asked.slice(12)).toEqual(['contexts', 'goals', 'setting', 'pressure', 'equipment']);
    expect(step.stage).toBe('done');
    expect(step.result?.triage).toBe('self-care');
    expect(step.result?.recommendations.length).toBeGreaterThan(0);
    expect(step.intake?.answered).toEqual(asked);
  });

  it('does not ask about pregnancy over 55', () => {
    const { asked } = walk({ ...BENIGN, age: { age: 56 } });
    expect(asked).not.toContain('pregnant');
  });

  it('stops at once on an emergency sign, with the emergency result and nothing else', () => {
    const draft = answer({}, 'emergency-signs', { symptoms: ['chest-pain'] });
    const step = nextStep(draft);
    expect(step.stage).toBe('stopped');
    expect(step.next).toBeUndefined();
    expect(step.result?.triage).toBe('emergency');
    expect(step.result?.action).toBe('call-999');
    expect(step.result?.tips).toEqual([]);
    expect(step.result?.safetyNet).toEqual([]);
    expect(step.result?.recommendations).toEqual([]);
  });

  it('stops when a later answer makes an emergency (a tearing pain)', () => {
    const { asked, step } = walk({ ...BENIGN, quality: { quality: ['tearing'] } });
    expect(asked.at(-1)).toBe('onset');
    expect(step.stage).toBe('stopped');
    expect(step.screen.reasons[0]?.code).toBe('aortic-dissection');
  });

  it('screens only what was answered: no "unanswered" reasons for questions still to come', () => {
    let draft = answer({}, 'emergency-signs', { symptoms: [] });
    draft = answer(draft, 'warning-signs', { symptoms: [] });
    draft = answer(draft, 'conditions', { conditions: ['anticoagulant-medication'] });
    const step = nextStep(draft);
    expect(step.stage).toBe('safety');
    expect(step.next?.id).toBe('age');
    expect(step.screen.triage).toBe('self-care');
    expect(step.screen.reasons.some((r) => r.code.startsWith('unanswered'))).toBe(false);
  });

  it('asks the follow-ups that apply and marks the ★ ones must-answer', () => {
    const answers = { ...BENIGN, age: { age: 62 }, areas: { areas: ['mid-back'] }, intensity: { intensity: 8 } };
    const { asked } = walk({ ...answers, onset: { onset: 'gradual' }, movement: { movementChangesPain: true } });
    expect(asked).toEqual(expect.arrayContaining(['onset', 'movement', 'upper-body-check']));
    expect(asked).not.toContain('pregnant');
    let draft: Draft = {};
    for (const id of SAFETY_SCREENS.filter((q) => q !== 'pregnant') as QuestionId[]) draft = answer(draft, id, answers[id as keyof typeof answers] ?? {});
    const onset = nextStep(draft).pending.find((q) => q.id === 'onset');
    expect(onset?.critical).toBe(true);
    expect(onset?.mustAnswer).toBe(true);
    expect(nextStep(draft).pending.find((q) => q.id === 'upper-body-check')?.mustAnswer).toBe(false);
  });

  it('"I might be" pregnant sets the condition and asks the pregnancy signs as must-answer', () => {
    let draft: Draft = {};
    for (const id of ['emergency-signs', 'warning-signs', 'conditions'] as const) draft = answer(draft, id, BENIGN[id] ?? {});
    draft = answer(draft, 'age', { age: 28 });
    draft = answer(draft, 'pregnant', { pregnant: 'unsure' });
    expect(draft.conditions).toContain('might-be-pregnant');
    expect(draft.pregnant).toBeUndefined();
    expect(answerOf(draft, 'pregnant')).toEqual({ pregnant: 'unsure' });
    const next = nextStep(draft).next;
    expect(next?.id).toBe('pregnancy-signs');
    expect(next?.mustAnswer).toBe(true);
    draft = answer(draft, 'pregnant', { pregnant: 'no' });
    expect(draft.conditions).not.toContain('might-be-pregnant');
    expect(draft.pregnant).toBe(false);
  });

  it('questions sharing the symptom list never overwrite each other, and going back prefills and replaces', () => {
    let draft = answer({}, 'warning-signs', { symptoms: ['night-pain-at-rest'] });
    draft = answer(draft, 'emergency-signs', { symptoms: [] });
    expect(draft.symptoms).toEqual(['night-pain-at-rest']);
    expect(answerOf(draft, 'warning-signs')).toEqual({ symptoms: ['night-pain-at-rest'] });
    draft = clearAnswer(draft, 'warning-signs');
    expect(draft.symptoms).toEqual([]);
    expect(draft.answered).toEqual(['emergency-signs']);
    expect(nextStep(draft).next?.id).toBe('warning-signs');
  });

  it('going back after a self-care result and ticking an emergency sign stops with the emergency', () => {
    const { draft, step } = walk(BENIGN);
    expect(step.result?.triage).toBe('self-care');
    const changed = answer(draft, 'emergency-signs', { symptoms: ['fainting'] });
    const after = nextStep(changed);
    expect(after.stage).toBe('stopped');
    expect(after.result?.triage).toBe('emergency');
    expect(after.result?.recommendations).toEqual([]);
  });

  it('changing an earlier answer brings in the follow-ups it needs', () => {
    const { draft } = walk(BENIGN);
    const moved = answer(draft, 'areas', { areas: ['upper-back'] });
    const step = nextStep(moved);
    expect(step.stage).toBe('safety');
    expect(step.pending.map((q) => q.id)).toEqual(['onset', 'movement', 'upper-body-check']);
  });

  it('rejects a value the question does not offer, naming the field, with the schema\u2019s words', () => {
    const wrong = applyAnswer({}, 'emergency-signs', { symptoms: ['fever'] });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues[0]?.path).toBe('symptoms');
    const age = applyAnswer({}, 'age', { age: 12 });
    expect(age.ok).toBe(false);
    if (!age.ok) expect(age.issues).toEqual([{ path: 'age', message: 'must be at least 16' }]);
    const pregnant = applyAnswer({}, 'pregnant', { pregnant: 'maybe' });
    expect(pregnant.ok).toBe(false);
  });

  it('takes no preferences after a screen that is not self-care', () => {
    const { asked, step } = walk({ ...BENIGN, 'warning-signs': { symptoms: ['night-pain-at-rest'] } });
    expect(asked).toEqual(SAFETY_SCREENS);
    expect(step.stage).toBe('done');
    expect(step.result?.triage).toBe('see-doctor-first');
  });
});
