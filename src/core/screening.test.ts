import { describe, expect, it } from 'vitest';
import { plainIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import type { Intake } from './intake.js';
import { screenSafety } from './screening.js';

const screen = (overrides: Partial<Intake>) => screenSafety(plainIntake(overrides));
const codes = (overrides: Partial<Intake>) => screen(overrides).reasons.map((r) => r.code);

describe('screenSafety: red flags from the brief', () => {
  it('gives self-care, with a reason, when nothing is wrong', () => {
    const result = screen({});
    expect(result.triage).toBe('self-care');
    expect(result.reasons.map((r) => r.code)).toEqual(['no-warning-signs']);
  });

  it.each([
    ['bladder-or-bowel-change', 'cauda-equina'],
    ['saddle-numbness', 'cauda-equina'],
    ['numbness-both-legs', 'cauda-equina'],
    ['chest-pain', 'chest-or-breathing'],
    ['breathlessness', 'chest-or-breathing'],
    ['pulsating-abdominal-pain', 'aortic-aneurysm'],
    ['progressive-leg-weakness', 'progressive-weakness'],
    ['significant-trauma', 'major-trauma'],
  ] as const)('%s is an emergency (%s)', (symptom, code) => {
    const result = screen({ symptoms: [symptom] });
    expect(result.triage).toBe('emergency');
    expect(result.reasons[0]?.code).toBe(code);
    expect(result.reasons[0]?.source).toBe('IFOMPT20');
  });

  it('names every cauda equina sign the person ticked', () => {
    const message = screen({ symptoms: ['saddle-numbness', 'bladder-or-bowel-change'] }).reasons[0]?.message ?? '';
    expect(message).toMatch(/bladder or bowels/);
    expect(message).toMatch(/numbness around your bottom/);
  });

  it('fever is urgent (spinal infection), and says so more strongly with a risk factor', () => {
    expect(screen({ symptoms: ['fever'] }).triage).toBe('urgent');
    expect(screen({ symptoms: ['fever'], conditions: ['iv-drug-use'] }).reasons[0]?.message).toMatch(/higher risk of infection/);
  });

  it('IV drug use or a weak immune system without fever means see a doctor first', () => {
    expect(screen({ conditions: ['iv-drug-use'] }).triage).toBe('see-doctor-first');
    expect(codes({ conditions: ['immunosuppressed'] })).toContain('infection-risk');
  });

  it('sudden new pain with thin bones, steroids or age over 70 is urgent (fragility fracture)', () => {
    expect(screen({ conditions: ['osteoporosis'], durationDays: 3, causes: ['lifting'] }).triage).toBe('urgent');
    expect(screen({ conditions: ['long-term-steroids'], durationDays: 1, causes: ['fall-or-accident'] }).triage).toBe('urgent');
    expect(screen({ age: 75, durationDays: 2, causes: ['unknown'] }).triage).toBe('urgent');
    expect(screen({ age: 75, durationDays: 2, quality: ['sharp'] }).triage).toBe('urgent');
  });

  it('does not call long-standing or posture pain in older people a fracture', () => {
    expect(screen({ age: 75, durationDays: 60, causes: ['desk-posture'] }).triage).toBe('self-care');
    expect(screen({ age: 75, durationDays: 5, causes: ['desk-posture'] }).triage).toBe('self-care');
  });

  it('cancer history with night pain, weight loss or nerve signs is urgent', () => {
    expect(screen({ conditions: ['cancer-history'], symptoms: ['night-pain-at-rest'] }).triage).toBe('urgent');
    expect(screen({ conditions: ['cancer-history'], symptoms: ['unexplained-weight-loss'] }).triage).toBe('urgent');
    expect(screen({ conditions: ['cancer-history'], radiatesBelowKnee: true }).triage).toBe('urgent');
  });

  it('cancer history alone, weight loss alone or night pain alone means see a doctor first', () => {
    expect(screen({ conditions: ['cancer-history'] }).triage).toBe('see-doctor-first');
    expect(screen({ symptoms: ['unexplained-weight-loss'] }).triage).toBe('see-doctor-first');
    expect(screen({ symptoms: ['night-pain-at-rest'] }).triage).toBe('see-doctor-first');
  });

  it('pain below the knee, or numbness or tingling in a leg, means see a doctor first (sciatica)', () => {
    expect(screen({ radiatesBelowKnee: true, pattern: 'radiating' }).triage).toBe('see-doctor-first');
    expect(codes({ areas: ['lower-back', 'leg'], quality: ['tingling'] })).toContain('nerve-pain-in-leg');
    expect(screen({ areas: ['lower-back'], quality: ['tingling'] }).triage).toBe('self-care');
  });

  it('worsening pain means see a doctor first', () => {
    expect(screen({ trend: 'worsening' }).triage).toBe('see-doctor-first');
    expect(screen({ trend: 'improving' }).triage).toBe('self-care');
  });

  it('long morning stiffness under 45 suggests inflammatory back pain; not from 45 on', () => {
    expect(screen({ symptoms: ['morning-stiffness-over-30-min'], age: 30 }).triage).toBe('see-doctor-first');
    expect(screen({ symptoms: ['morning-stiffness-over-30-min'], age: 45 }).triage).toBe('self-care');
  });

  it('the most severe finding wins and comes first; every finding is kept', () => {
    const result = screen({ symptoms: ['fever', 'saddle-numbness'], trend: 'worsening' });
    expect(result.triage).toBe('emergency');
    expect(result.reasons.map((r) => r.code)).toEqual(['cauda-equina', 'spinal-infection', 'getting-worse', 'contraindication:fever']);
  });

  it('mentions pain lasting over 6 weeks without raising the triage', () => {
    const result = screen({ durationDays: 50 });
    expect(result.triage).toBe('self-care');
    expect(result.reasons.map((r) => r.code)).toContain('lasting-over-6-weeks');
    expect(result.reasons.find((r) => r.code === 'lasting-over-6-weeks')?.message).toMatch(/7 weeks/);
  });
});

describe('screenSafety: massage contraindications', () => {
  it.each([
    'open-wound-or-skin-infection', 'severe-osteoporosis', 'clotting-disorder', 'recent-surgery', 'recent-fracture',
    'contagious-illness', 'dvt-history',
  ] as const)('%s stops massage until a clinician clears it', (condition) => {
    const result = assess(plainIntake({ conditions: [condition] }));
    expect(result.triage).toBe('see-doctor-first');
    expect(result.massageAdvised).toBe(false);
    expect(result.reasons[0]?.code).toBe(`contraindication:${condition}`);
    expect(result.recommendations).toEqual([]);
    expect(result.tips.map((t) => t.id)).toContain('no-massage-yet');
  });

  it.each(['osteoporosis', 'anticoagulant-medication', 'diabetic-neuropathy', 'varicose-veins', 'heat-sensitivity'] as const)(
    '%s is a caution, not a stop',
    (condition) => {
      expect(assess(plainIntake({ conditions: [condition] })).massageAdvised).toBe(true);
    },
  );
});
