import { describe, expect, it } from 'vitest';
import { answeredIntake } from '../../../test/support/intakes.js';
import type { Intake } from '../intake.js';
import { screenSafety } from '../screening.js';
import { TRIAGE_SEVERITY } from './triage-guidance.js';
import { TRIAGE_RULES } from './triage-rules.js';

// Each rule of SCREENING.md §4 fires on one side of its boundary and not on the other. Intakes are sent
// as the app would (every applicable question answered), on top of a plain case: 35, lower back, 4/10, 10 days.
type Case = Partial<Intake>;
const screen = (overrides: Case) => screenSafety(answeredIntake(overrides));
const codes = (overrides: Case) => screen(overrides).reasons.map((r) => r.code);

const RULE_CASES: Record<string, { fires: Case[]; not: Case[] }> = {
  'cauda-equina': {
    fires: [{ symptoms: ['pain-down-both-legs'] }, { symptoms: ['bladder-or-bowel-feeling-change'] }, { symptoms: ['new-sexual-problem'], radiatesBelowKnee: true }],
    not: [{ symptoms: ['new-sexual-problem'] }, { radiatesBelowKnee: true }],
  },
  'progressive-weakness': { fires: [{ symptoms: ['progressive-leg-weakness'] }], not: [{ symptoms: ['weakness-or-trouble-walking'] }] },
  'major-trauma': { fires: [{ symptoms: ['significant-trauma'] }], not: [{ causes: ['fall-or-accident'] }] },
  'chest-or-breathing': { fires: [{ symptoms: ['chest-pain'] }, { symptoms: ['breathlessness'] }], not: [{}] },
  'aortic-aneurysm': {
    fires: [
      { symptoms: ['pulsating-abdominal-pain'] },
      { age: 50, onset: 'sudden', intensity: 7, areas: ['lower-back', 'flank'] },
      { age: 50, onset: 'sudden', intensity: 7, movementChangesPain: false },
      { conditions: ['aortic-aneurysm'], durationDays: 14, onset: 'sudden' },
    ],
    not: [
      { age: 49, onset: 'sudden', intensity: 7, areas: ['lower-back', 'flank'] },
      { age: 50, onset: 'sudden', intensity: 6, areas: ['lower-back', 'flank'] },
      { age: 50, onset: 'sudden', intensity: 7, movementChangesPain: true },
      { conditions: ['aortic-aneurysm'], durationDays: 15, onset: 'sudden' },
    ],
  },
  collapse: { fires: [{ symptoms: ['fainting'] }], not: [{}] },
  'aortic-dissection': {
    fires: [{ quality: ['tearing'], durationDays: 14 }, { quality: ['tearing'], durationDays: 14, onset: 'sudden' }],
    not: [{ quality: ['tearing'], durationDays: 14, onset: 'gradual' }, { quality: ['tearing'], durationDays: 15 }],
  },
  'heart-attack-mimic': {
    fires: [
      { areas: ['upper-back'], durationDays: 3, symptoms: ['pain-spreading-to-arm-or-jaw'] },
      { areas: ['upper-back'], durationDays: 1, symptoms: ['pain-spreading-to-arm-or-jaw', 'sweating-or-feeling-sick'], movementChangesPain: true },
    ],
    not: [
      { areas: ['upper-back'], durationDays: 3, symptoms: ['pain-spreading-to-arm-or-jaw'], movementChangesPain: true },
      { areas: ['upper-back'], durationDays: 4, symptoms: ['pain-spreading-to-arm-or-jaw'] },
      { areas: ['lower-back'], durationDays: 3, symptoms: ['pain-spreading-to-arm-or-jaw'] },
    ],
  },
  'pulmonary-embolism': {
    fires: [{ symptoms: ['coughing-blood'] }, { symptoms: ['pain-worse-breathing-in'], conditions: ['dvt-history'] }, { symptoms: ['pain-worse-breathing-in'], pregnant: true, pregnancyWeeks: 30 }],
    not: [{ symptoms: ['pain-worse-breathing-in'] }],
  },
  sepsis: { fires: [{ symptoms: ['confused-or-very-unwell'] }], not: [{ symptoms: ['fever'] }] },
  'infection-nerve-signs': { fires: [{ symptoms: ['fever'], radiatesBelowKnee: true }], not: [{ symptoms: ['fever'], radiatesBelowKnee: false }] },
  'mscc-nerve-signs': {
    fires: [{ conditions: ['cancer-history'], symptoms: ['weakness-or-trouble-walking'] }],
    not: [{ conditions: ['cancer-history'], radiatesBelowKnee: false }],
  },
  'epidural-haematoma': {
    fires: [{ conditions: ['anticoagulant-medication'], onset: 'sudden', radiatesBelowKnee: true }],
    not: [{ conditions: ['anticoagulant-medication'], onset: 'gradual', radiatesBelowKnee: true }],
  },
  'kidney-emergency': {
    fires: [{ areas: ['flank'], onset: 'sudden', intensity: 7, symptoms: ['fever'] }, { areas: ['flank'], onset: 'sudden', intensity: 7, pregnant: true, pregnancyWeeks: 30 }],
    not: [{ areas: ['flank'], onset: 'sudden', intensity: 7, symptoms: ['fever'], movementChangesPain: true }],
  },
  'ectopic-pregnancy': {
    fires: [{ conditions: ['might-be-pregnant'], symptoms: ['shoulder-tip-pain'] }, { pregnant: true, pregnancyWeeks: 14, areas: ['abdomen'], intensity: 7 }, { pregnant: true, areas: ['abdomen'], intensity: 7 }],
    not: [{ pregnant: true, pregnancyWeeks: 15, areas: ['abdomen'], intensity: 7 }, { pregnant: true, pregnancyWeeks: 10, areas: ['abdomen'], intensity: 6 }],
  },
  'pregnancy-bleeding': {
    fires: [{ pregnant: true, symptoms: ['vaginal-bleeding'] }, { conditions: ['might-be-pregnant'], symptoms: ['vaginal-bleeding'] }],
    not: [{ pregnant: false, symptoms: ['vaginal-bleeding'] }],
  },
  'preterm-labour': {
    fires: [{ pregnant: true, pregnancyWeeks: 36, symptoms: ['waters-or-contractions'] }, { pregnant: true, symptoms: ['waters-or-contractions'] }],
    not: [{ pregnant: true, pregnancyWeeks: 37, symptoms: ['waters-or-contractions'] }],
  },
  'pre-eclampsia': {
    fires: [{ pregnant: true, pregnancyWeeks: 20, symptoms: ['pre-eclampsia-signs'] }, { pregnant: true, symptoms: ['pre-eclampsia-signs'] }],
    not: [{ pregnant: true, pregnancyWeeks: 19, symptoms: ['pre-eclampsia-signs'] }],
  },
  'labour-signs': {
    fires: [{ pregnant: true, pregnancyWeeks: 37, symptoms: ['waters-or-contractions'] }, { pregnant: true, pregnancyWeeks: 39, symptoms: ['waters-or-contractions'] }],
    not: [{ pregnant: true, pregnancyWeeks: 39 }, { pregnant: false, symptoms: ['waters-or-contractions'] }],
  },
  'sudden-constant-upper-back-pain': {
    fires: [{ areas: ['upper-back'], onset: 'sudden', intensity: 7, movementChangesPain: false, durationDays: 0 }, { areas: ['neck'], onset: 'sudden', intensity: 8, movementChangesPain: false, durationDays: 0 }],
    not: [
      { areas: ['upper-back'], onset: 'sudden', intensity: 7, movementChangesPain: true, durationDays: 0 },
      { areas: ['upper-back'], onset: 'sudden', intensity: 6, movementChangesPain: false, durationDays: 0 },
      { areas: ['upper-back'], onset: 'sudden', intensity: 7, movementChangesPain: false, durationDays: 31 },
      { areas: ['lower-back'], onset: 'sudden', intensity: 7, movementChangesPain: false, durationDays: 0 },
    ],
  },
  'pregnancy-warning-signs': {
    fires: [{ pregnant: true, pregnancyWeeks: 16, symptoms: ['pre-eclampsia-signs'] }, { conditions: ['might-be-pregnant'], symptoms: ['pre-eclampsia-signs'] }],
    not: [{ pregnant: false, symptoms: ['pre-eclampsia-signs'] }],
  },
  'urine-symptoms': { fires: [{ areas: ['flank', 'lower-back'], symptoms: ['urine-symptoms'], movementChangesPain: true }], not: [{ areas: ['flank', 'lower-back'], movementChangesPain: true }] },
  'sudden-pain-with-weakness': {
    fires: [{ areas: ['neck'], onset: 'sudden', intensity: 8, symptoms: ['weakness-or-trouble-walking'], movementChangesPain: true }],
    not: [{ areas: ['neck'], onset: 'gradual', intensity: 8, symptoms: ['weakness-or-trouble-walking'], movementChangesPain: true }, { onset: 'sudden', intensity: 6, symptoms: ['weakness-or-trouble-walking'] }],
  },
  'spinal-infection': { fires: [{ symptoms: ['fever'] }], not: [{ conditions: ['iv-drug-use'] }] },
  'kidney-infection': {
    fires: [{ symptoms: ['fever', 'urine-symptoms'] }, { symptoms: ['fever'], areas: ['flank'] }],
    not: [{ symptoms: ['urine-symptoms'] }, { symptoms: ['fever'] }],
  },
  'fragility-fracture': {
    fires: [
      { conditions: ['osteoporosis'], causes: ['lifting'], durationDays: 30, daysSinceInjury: 14 },
      { age: 70, causes: ['unknown'], durationDays: 14 },
      { conditions: ['frail'], onset: 'sudden', durationDays: 5 },
    ],
    not: [
      { conditions: ['osteoporosis'], causes: ['lifting'], durationDays: 5, daysSinceInjury: 15 },
      { age: 69, causes: ['unknown'], durationDays: 14 },
      { age: 70, causes: ['unknown'], durationDays: 15 },
    ],
  },
  'cancer-with-warning-signs': {
    fires: [
      { conditions: ['cancer-history'], areas: ['mid-back'], movementChangesPain: true },
      { conditions: ['cancer-history'], trend: 'worsening' },
      { conditions: ['cancer-history'], intensity: 7, movementChangesPain: false },
    ],
    not: [{ conditions: ['cancer-history'], movementChangesPain: true }, { conditions: ['cancer-history'], intensity: 7, movementChangesPain: true }],
  },
  'epidural-haematoma-risk': {
    fires: [{ conditions: ['anticoagulant-medication'], onset: 'sudden', intensity: 7, durationDays: 3, radiatesBelowKnee: false }],
    not: [{ conditions: ['anticoagulant-medication'], onset: 'sudden', intensity: 7, durationDays: 4, radiatesBelowKnee: false }],
  },
  'kidney-stone-pattern': {
    fires: [{ areas: ['flank'], onset: 'sudden', intensity: 7 }],
    not: [{ areas: ['flank'], onset: 'sudden', intensity: 6 }, { areas: ['flank'], onset: 'sudden', intensity: 7, movementChangesPain: true }],
  },
  'sudden-belly-pain': {
    fires: [{ areas: ['abdomen'], onset: 'sudden', intensity: 7 }],
    not: [{ areas: ['abdomen'], onset: 'gradual', intensity: 7 }],
  },
  'suspected-dvt': { fires: [{ symptoms: ['suspected-blood-clot'] }], not: [{ conditions: ['dvt-history'] }] },
  'pleuritic-pain': {
    fires: [{ symptoms: ['pain-worse-breathing-in'] }, { symptoms: ['pain-worse-breathing-in'], areas: ['upper-back'], movementChangesPain: false }],
    not: [{ symptoms: ['pain-worse-breathing-in'], areas: ['upper-back'], movementChangesPain: true }],
  },
  'heart-attack-mimic-recent': {
    fires: [{ areas: ['neck'], durationDays: 30, symptoms: ['sweating-or-feeling-sick'] }, { areas: ['neck'], durationDays: 4, symptoms: ['sweating-or-feeling-sick'] }],
    not: [{ areas: ['neck'], durationDays: 31, symptoms: ['sweating-or-feeling-sick'] }, { areas: ['neck'], durationDays: 3, symptoms: ['sweating-or-feeling-sick'] }],
  },
  'new-sexual-problem': { fires: [{ symptoms: ['new-sexual-problem'] }], not: [{ symptoms: ['new-sexual-problem'], radiatesBelowKnee: true }] },
  'early-pregnancy-pain': {
    fires: [{ pregnant: true, pregnancyWeeks: 10, areas: ['abdomen'] }, { conditions: ['might-be-pregnant'], areas: ['abdomen'] }],
    not: [{ pregnant: true, pregnancyWeeks: 20, areas: ['abdomen'] }],
  },
  'pregnancy-kidney': { fires: [{ pregnant: true, pregnancyWeeks: 30, areas: ['flank'] }], not: [{ pregnant: false, areas: ['flank'] }] },
  'cancer-history': { fires: [{ conditions: ['cancer-history'] }], not: [{}] },
  'possible-serious-cause': { fires: [{ symptoms: ['night-pain-at-rest'] }, { symptoms: ['unexplained-weight-loss'] }], not: [{}] },
  'cough-strain-pain': { fires: [{ symptoms: ['pain-worse-coughing-straining'] }], not: [{}] },
  'back-lump': { fires: [{ symptoms: ['lump-or-changed-shape'] }], not: [{}] },
  'upper-back-constant': {
    fires: [{ areas: ['upper-back'], movementChangesPain: false }],
    not: [{ areas: ['upper-back'], movementChangesPain: true }, { areas: ['lower-back'], movementChangesPain: false }],
  },
  'infection-risk': {
    fires: [{ conditions: ['recent-infection'] }, { conditions: ['recent-spine-or-joint-procedure'] }, { conditions: ['diabetes'], movementChangesPain: false }, { conditions: ['diabetes'], symptoms: ['night-pain-at-rest'] }],
    not: [{ conditions: ['diabetes'], movementChangesPain: true }, { conditions: ['recent-infection'], symptoms: ['fever'] }],
  },
  'aortic-aneurysm-known': { fires: [{ conditions: ['aortic-aneurysm'] }], not: [{}] },
  'possible-shingles': { fires: [{ symptoms: ['one-sided-band-or-rash'] }], not: [{}] },
  'chest-wall-pain': {
    fires: [{ symptoms: ['pain-worse-breathing-in'], areas: ['upper-back'], movementChangesPain: true }],
    not: [{ symptoms: ['pain-worse-breathing-in'], areas: ['upper-back'], movementChangesPain: false }, { symptoms: ['pain-worse-breathing-in'], conditions: ['dvt-history'], areas: ['upper-back'], movementChangesPain: true }],
  },
  'nerve-pain-in-leg': {
    fires: [{ radiatesBelowKnee: true }, { areas: ['leg'], quality: ['tingling'] }, { symptoms: ['weakness-or-trouble-walking'] }],
    not: [{ radiatesBelowKnee: false, areas: ['leg'] }],
  },
  'getting-worse': { fires: [{ trend: 'worsening', durationDays: 7 }], not: [{ trend: 'worsening', durationDays: 6 }] },
  'inflammatory-back-pain': {
    fires: [{ age: 30, durationDays: 91, areas: ['lower-back', 'buttock'], symptoms: ['wakes-second-half-of-night'] }],
    not: [
      { age: 30, durationDays: 90, areas: ['lower-back', 'buttock'], symptoms: ['wakes-second-half-of-night'] },
      { age: 45, durationDays: 91, areas: ['lower-back', 'buttock'], symptoms: ['wakes-second-half-of-night', 'eases-with-movement'] },
      { age: 30, durationDays: 91, areas: ['lower-back'], symptoms: ['wakes-second-half-of-night'] },
    ],
  },
  'arthritis-flare': { fires: [{ conditions: ['inflammatory-arthritis'], symptoms: ['arthritis-flare'] }], not: [{ conditions: ['inflammatory-arthritis'] }] },
};

describe('triage rules (SCREENING.md §4): each fires at its boundary and not past it', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(TRIAGE_RULES.map((r) => r.id).sort());
  });

  for (const rule of TRIAGE_RULES) {
    const cases = RULE_CASES[rule.id] ?? { fires: [], not: [] };
    it.each(cases.fires.map((c) => [JSON.stringify(c), c] as const))(`${rule.id} fires: %s`, (_name, overrides) => {
      const result = screen(overrides);
      const reason = result.reasons.find((r) => r.code === rule.id);
      expect(reason, codes(overrides).join(', ')).toBeDefined();
      expect(reason?.action).toBe(rule.action);
      expect(reason?.source).toBe(rule.sources[0]);
      expect(reason?.facts.length).toBeGreaterThan(0);
      expect(TRIAGE_SEVERITY[result.triage]).toBeGreaterThanOrEqual(TRIAGE_SEVERITY[rule.level]);
    });
    it.each(cases.not.map((c) => [JSON.stringify(c), c] as const))(`${rule.id} does not fire: %s`, (_name, overrides) => {
      expect(codes(overrides)).not.toContain(rule.id);
    });
  }
});

describe('massage blocks, unanswered questions and informational reasons', () => {
  it.each([
    ['conditions', 'open-wound-or-skin-infection'], ['conditions', 'severe-osteoporosis'], ['conditions', 'clotting-disorder'],
    ['conditions', 'dvt-history'], ['conditions', 'recent-surgery'], ['conditions', 'recent-fracture'],
    ['conditions', 'contagious-illness'], ['conditions', 'recent-spine-or-joint-procedure'], ['symptoms', 'fever'],
    ['symptoms', 'suspected-blood-clot'], ['symptoms', 'arthritis-flare'], ['symptoms', 'one-sided-band-or-rash'],
  ] as const)('%s %s blocks every technique (contraindication, book-gp)', (field, value) => {
    const result = screen({ [field]: [value], ...(value === 'arthritis-flare' ? { conditions: ['inflammatory-arthritis'] } : {}) });
    const reason = result.reasons.find((r) => r.code === `contraindication:${value}`);
    expect(reason?.action).toBe('book-gp');
    expect(reason?.facts).toEqual([`${field}:${value}`]);
    expect(result.triage).not.toBe('self-care');
  });

  it('a ★ question the app did not answer raises to see-doctor-first and names it', () => {
    const base = { conditions: ['anticoagulant-medication'] as Intake['conditions'], durationDays: 5 };
    const result = screenSafety({ ...answeredIntake(base), answered: answeredIntake(base).answered?.filter((q) => q !== 'onset') });
    expect(result.triage).toBe('see-doctor-first');
    const reason = result.reasons.find((r) => r.code === 'unanswered-critical:onset');
    expect(reason?.facts).toContain('unanswered:onset');
    expect(reason?.facts).toContain('conditions:anticoagulant-medication');
    expect(result.reasons.map((r) => r.code)).toContain('unanswered:onset');
  });

  it('a follow-up left out that is not ★ adds its watch-for line but keeps self-care', () => {
    const base = { areas: ['neck'] as Intake['areas'], movementChangesPain: true };
    const intake = { ...answeredIntake(base), answered: answeredIntake(base).answered?.filter((q) => q !== 'upper-body-check') };
    const result = screenSafety(intake);
    expect(result.triage).toBe('self-care');
    expect(result.reasons.map((r) => r.code)).toEqual(['unanswered:upper-body-check']);
  });

  it('a v1 intake counts the v1 questions as asked, and its v2 follow-ups as unanswered', () => {
    const v1 = { age: 35, areas: ['lower-back', 'leg'], pattern: 'radiating', quality: [], intensity: 3, durationDays: 10, causes: [], conditions: [], symptoms: [], radiatesBelowKnee: false } as Intake;
    expect(screenSafety(v1).reasons.map((r) => r.code)).toEqual(['no-warning-signs']);
    const older = { ...v1, age: 60, intensity: 8 };
    const codesOlder = screenSafety(older).reasons.map((r) => r.code);
    expect(codesOlder).toContain('unanswered-critical:onset');
    expect(codesOlder).toContain('unanswered-critical:movement');
  });

  it('very strong pain (9+) gets its safety-net line; 8 does not', () => {
    expect(codes({ intensity: 9 })).toContain('severe-pain-safety-net');
    expect(codes({ intensity: 8 })).not.toContain('severe-pain-safety-net');
  });

  it('pain over 6 weeks gets a note, with a blood test at 60 or over (NG12)', () => {
    expect(codes({ durationDays: 42 })).not.toContain('lasting-over-6-weeks');
    expect(screen({ durationDays: 43 }).reasons.find((r) => r.code === 'lasting-over-6-weeks')?.message).not.toMatch(/blood test/);
    const older = screen({ durationDays: 43, age: 60 }).reasons.find((r) => r.code === 'lasting-over-6-weeks');
    expect(older?.message).toMatch(/blood test/);
    expect(older?.source).toBe('NICE12');
  });

  it('"no warning signs" only when nothing at all fired; a caution says massage is limited instead', () => {
    expect(codes({})).toEqual(['no-warning-signs']);
    const blood = screen({ conditions: ['anticoagulant-medication'], durationDays: 40, radiatesBelowKnee: false });
    expect(blood.triage).toBe('self-care');
    expect(blood.reasons.map((r) => r.code)).toEqual(['cautions']);
    expect(blood.reasons[0]?.message).toMatch(/^No emergency signs in your answers\. Because of taking blood thinners, massage is limited as shown\.$/);
    expect(codes({ intensity: 9 })).not.toContain('no-warning-signs');
  });

  it('the most severe finding wins; within a level the most urgent action leads; all are listed', () => {
    const result = screen({ symptoms: ['fever', 'pain-down-both-legs', 'fainting'], conditions: ['cancer-history'] });
    expect(result.triage).toBe('emergency');
    expect(result.action).toBe('call-999');
    expect(result.reasons[0]?.code).toBe('collapse');
    expect(result.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['cauda-equina', 'infection-nerve-signs', 'mscc-nerve-signs', 'spinal-infection', 'cancer-history', 'contraindication:fever']),
    );
    const actions = result.reasons.map((r) => r.action);
    expect(actions.indexOf('call-999')).toBeLessThan(actions.indexOf('go-to-ae'));
  });

  it('inflammatory back pain is cited to NG65, and chest and aortic rules never to IFOMPT20', () => {
    const byId = new Map(TRIAGE_RULES.map((r) => [r.id, r]));
    expect(byId.get('inflammatory-back-pain')?.sources).toEqual(['NICE65']);
    for (const id of ['chest-or-breathing', 'aortic-aneurysm', 'aortic-dissection', 'heart-attack-mimic', 'heart-attack-mimic-recent', 'pulmonary-embolism']) {
      expect(byId.get(id)?.sources, id).not.toContain('IFOMPT20');
    }
  });
});
