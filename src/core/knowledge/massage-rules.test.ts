import { describe, expect, it } from 'vitest';
import { answeredIntake, plainIntake } from '../../../test/support/intakes.js';
import { assess } from '../assess.js';
import type { TechniqueId } from '../assessment.js';
import type { Intake } from '../intake.js';
import { TECHNIQUES } from './techniques.js';

// SCREENING.md §5, through the assessment a person gets (every applicable question answered).
const run = (overrides: Partial<Intake>) => assess(answeredIntake({ durationDays: 40, ...overrides }));
const recommended = (overrides: Partial<Intake>) => run(overrides).recommendations.map((r) => r.technique);
const avoided = (overrides: Partial<Intake>) => new Map(run(overrides).avoid.map((a) => [a.technique, a.why]));
const FIRM: TechniqueId[] = ['deep-tissue', 'trigger-point'];
const MEDIUM: TechniqueId[] = ['shiatsu', 'foam-roller', 'tennis-ball'];

describe('massage rules (SCREENING.md §5)', () => {
  it('maps techniques onto the Walton pressure scale: deep tissue and trigger point firm; shiatsu, roller, ball medium', () => {
    for (const id of FIRM) expect(TECHNIQUES[id].pressure, id).toBe('firm');
    for (const id of MEDIUM) expect(TECHNIQUES[id].pressure, id).toBe('medium');
  });

  it('a light cap blocks every medium and firm technique (osteoporosis, blood thinners, frailty, 80+)', () => {
    for (const overrides of [{ conditions: ['osteoporosis'] }, { conditions: ['anticoagulant-medication'] }, { conditions: ['frail'] }, { age: 80 }] as Partial<Intake>[]) {
      const name = JSON.stringify(overrides);
      const result = run(overrides);
      expect(result.triage, name).toBe('self-care');
      for (const id of [...FIRM, ...MEDIUM]) expect(result.recommendations.map((r) => r.technique), name).not.toContain(id);
      expect(result.recommendations.length, name).toBeGreaterThan(0);
    }
  });

  it('from 70 the cap is medium and no foam roller; under 70 neither', () => {
    expect(avoided({ age: 70 }).get('deep-tissue')).toMatch(/Over 70/);
    expect(avoided({ age: 70 }).get('foam-roller')).toMatch(/over 70/);
    expect(avoided({ age: 70 }).has('shiatsu')).toBe(false);
    expect(avoided({ age: 69 }).has('deep-tissue')).toBe(false);
  });

  it('heat intolerance blocks hot stones but caps no pressure (it is not reduced feeling) [WALTON11]', () => {
    const why = avoided({ conditions: ['heat-sensitivity'], areas: ['upper-back'], movementChangesPain: true });
    expect([...why.keys()]).toEqual(['hot-stone']);
  });

  it('blood thinners: no hot stones, light pressure, stop if bruises appear [NCCIH]', () => {
    const result = run({ conditions: ['anticoagulant-medication'], setting: 'professional' });
    expect(result.avoid.map((a) => a.technique)).toContain('hot-stone');
    expect(result.recommendations[0]?.cautions.join(' ')).toMatch(/bruises/);
  });

  it('heart disease, skin conditions, diabetes and a weak immune system block hot stones with their advice', () => {
    for (const [condition, advice] of [['heart-disease', /sauna or hot tub/], ['psoriasis', /active patches/], ['eczema-or-other-skin-condition', /no oil on cracked skin/], ['diabetes', /check your skin/]] as const) {
      const result = run({ conditions: [condition], movementChangesPain: true });
      expect(result.avoid.map((a) => a.technique), condition).toContain('hot-stone');
      expect(result.recommendations.flatMap((r) => r.cautions).join(' '), condition).toMatch(advice);
    }
  });

  it('a weak immune system blocks hot stones (and needs a doctor first: infection risk)', () => {
    const result = run({ conditions: ['immunosuppressed'] });
    expect(result.triage).toBe('see-doctor-first');
    expect(result.avoid.map((a) => a.technique)).toContain('hot-stone');
  });

  it('inflammatory arthritis without a flare caps pressure at medium [WERNER]', () => {
    const why = avoided({ conditions: ['inflammatory-arthritis'] });
    for (const id of FIRM) expect(why.has(id), id).toBe(true);
    expect(why.has('shiatsu')).toBe(false);
  });

  it('pregnancy: no hot stone, deep tissue, trigger point, shiatsu or roller; no leg work; midwife, side-lying', () => {
    const result = run({ pregnant: true, pregnancyWeeks: 24, areas: ['lower-back', 'leg'], setting: 'either' });
    expect(result.triage).toBe('self-care');
    for (const id of ['hot-stone', 'deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller'] as const) expect(result.avoid.map((a) => a.technique), id).toContain(id);
    expect(result.plan.steps.some((s) => s.area === 'leg')).toBe(false);
    const cautions = result.recommendations.flatMap((r) => r.cautions).join(' ');
    expect(cautions).toMatch(/midwife/);
    expect(cautions).toMatch(/from 20 weeks lie on your side/);
    expect(result.safetyNet.map((s) => s.id)).toContain('pregnancy');
  });

  it('"I might be pregnant" gets the same technique limits as pregnancy', () => {
    const result = run({ conditions: ['might-be-pregnant'], pressure: 'firm', setting: 'either' });
    expect(result.triage).toBe('self-care');
    for (const id of ['hot-stone', 'deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller'] as const) expect(result.recommendations.map((r) => r.technique), id).not.toContain(id);
    expect(result.reasons.find((r) => r.code === 'cautions')?.facts).toContain('conditions:might-be-pregnant');
  });

  it('strong pain (8+) or an injury under 3 days old blocks firm pressure', () => {
    expect(avoided({ intensity: 8 }).has('deep-tissue')).toBe(true);
    expect(avoided({ intensity: 7 }).has('deep-tissue')).toBe(false);
    expect(avoided({ durationDays: 2, causes: ['sports'] }).has('deep-tissue')).toBe(true);
    expect(avoided({ durationDays: 3, causes: ['sports'] }).has('deep-tissue')).toBe(false);
  });

  it('never a foam roller on the lower back', () => {
    expect(recommended({ areas: ['lower-back'], equipment: ['foam-roller'] })).not.toContain('foam-roller');
  });

  it('when nothing fits the setting and equipment, says why and offers the nearest options, marked as such', () => {
    const result = run({ areas: ['mid-back'], setting: 'home', equipment: [], movementChangesPain: true });
    expect(result.triage).toBe('self-care');
    expect(result.recommendations.length).toBeGreaterThan(0);
    expect(result.recommendations.every((r) => r.nearest === true)).toBe(true);
    expect(result.noExactFit).toMatch(/nearest options/);
    const tennis = result.recommendations.find((r) => r.technique === 'tennis-ball');
    expect(tennis?.why[0]).toMatch(/costs little/);
    expect(result.recommendations.map((r) => r.technique)).toContain('swedish');
    expect(result.plan.steps).toEqual([]);
    expect(run({}).noExactFit).toBeUndefined();
  });
});

describe('what each level carries', () => {
  it('emergency: the action and reasons only; none of the self-care lines the issue quotes', () => {
    const result = assess(plainIntake({ symptoms: ['chest-pain'], areas: ['lower-back'] }));
    expect(result.action).toBe('call-999');
    expect(result.tips).toEqual([]);
    expect(result.avoid).toEqual([]);
    expect(result.safetyNet).toEqual([]);
    expect(result.plan).toEqual({ steps: [], totalSeconds: 0, lifestyle: [] });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/6 weeks/);
    expect(text).not.toMatch(/tennis ball beside the spine/i);
  });

  it('urgent: no tips, no techniques; a cancer history still carries its watch list', () => {
    const result = run({ conditions: ['cancer-history'], areas: ['mid-back'], movementChangesPain: true });
    expect(result.triage).toBe('urgent');
    expect(result.tips).toEqual([]);
    expect(result.avoid).toEqual([]);
    expect(result.safetyNet.map((s) => s.id)).toEqual(['cancer-watch']);
    expect(result.safetyNet[0]?.signs?.join(' ')).toMatch(/bladder or bowels/);
  });

  it('see-doctor-first: only general comfort advice, no massage tips and no "6 weeks" line', () => {
    const result = run({ symptoms: ['night-pain-at-rest'] });
    expect(result.triage).toBe('see-doctor-first');
    expect(result.tips.map((t) => t.id)).toEqual(['no-massage-yet', 'gentle-movement']);
  });

  it('self-care: always the four safety-net lines in order, plus the ones that apply', () => {
    const result = run({ conditions: ['anticoagulant-medication'], intensity: 9 });
    expect(result.safetyNet.map((s) => s.id)).toEqual(['call-emergency', 'seen-today', 'gp-soon', 'book-gp', 'very-strong-pain', 'bleeding-risk']);
    expect(result.safetyNet[0]?.signs?.length).toBe(13);
  });

  it('blood thinners are never told "no warning signs"; 10/10 pain never gets a plain "self-care looks OK"', () => {
    expect(run({ conditions: ['anticoagulant-medication'] }).reasons.map((r) => r.code)).not.toContain('no-warning-signs');
    expect(run({ intensity: 10 }).reasons.map((r) => r.code)).toEqual(['severe-pain-safety-net']);
  });
});
