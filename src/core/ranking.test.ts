import { describe, expect, it } from 'vitest';
import { answeredIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import type { TechniqueId } from './assessment.js';
import type { Intake } from './intake.js';

// Lets each case be written `as const`: the engine never mutates its input.
type Overrides = { [K in keyof Intake]?: Intake[K] extends (infer U)[] | undefined ? readonly U[] : Intake[K] };
// Every question that applies counts as answered, as the app sends it (an unanswered ★ question would stop massage advice).
const assessWith = (overrides: Overrides) => assess(answeredIntake(overrides as Partial<Intake>));
const ranked = (overrides: Overrides) => assessWith(overrides).recommendations;
const order = (overrides: Overrides) => ranked(overrides).map((r) => r.technique);
const top = (overrides: Overrides) => order(overrides)[0];
const rec = (overrides: Overrides, technique: TechniqueId) => ranked(overrides).find((r) => r.technique === technique);
const avoided = (overrides: Overrides) => new Map(assessWith(overrides).avoid.map((a) => [a.technique, a.why]));

describe('rankTechniques follows the article\u2019s "when to use it"', () => {
  it('swedish for mild pain from stress after long days, wanting to relax', () => {
    const intake = { setting: 'professional', intensity: 3, causes: ['stress'], contexts: ['after-long-day'], goals: ['relaxation'] } as const;
    expect(top(intake)).toBe('swedish');
    expect(rec(intake, 'swedish')?.why.join(' ')).toMatch(/mild \(3 out of 10\)/);
  });

  it('deep tissue for long-term stiffness in the lower back, with firm pressure', () => {
    const intake = { setting: 'professional', durationDays: 90, quality: ['stiffness'], pressure: 'firm', causes: ['sports'] } as const;
    expect(top(intake)).toBe('deep-tissue');
    expect(rec(intake, 'deep-tissue')?.why.join(' ')).toMatch(/lasted a long time/);
  });

  it('trigger point for sharp pain in one spot and tension headaches', () => {
    const intake = { setting: 'professional', pattern: 'one-spot', quality: ['sharp'], contexts: ['tension-headaches'], areas: ['neck', 'upper-back'] } as const;
    expect(top(intake)).toBe('trigger-point');
  });

  it('shiatsu for long-standing tension, liking steady pressure, wanting relief and relaxation', () => {
    const intake = { setting: 'professional', durationDays: 120, quality: ['tension'], pressure: 'medium', goals: ['relaxation', 'pain-relief'] } as const;
    expect(top(intake)).toBe('shiatsu');
  });

  it('hot stone for tense muscles in cold weather after a stressful week', () => {
    const intake = { setting: 'professional', intensity: 6, quality: ['tension'], contexts: ['cold-weather'], causes: ['stress'], goals: ['relaxation'], pressure: 'light' } as const;
    expect(top(intake)).toBe('hot-stone');
  });

  it('foam roller for tight upper back after exercise, wanting to move freely', () => {
    const intake = { setting: 'home', areas: ['upper-back', 'mid-back'], quality: ['tension'], contexts: ['after-exercise'], goals: ['mobility'], equipment: ['foam-roller'] } as const;
    expect(top(intake)).toBe('foam-roller');
  });

  it('tennis ball for one tight spot beside the lower spine', () => {
    const intake = { setting: 'home', pattern: 'one-spot', quality: ['tension'], equipment: ['tennis-ball'], goals: ['pain-relief'] } as const;
    expect(top(intake)).toBe('tennis-ball');
  });

  it('hand massage for a sore, reachable neck with no equipment', () => {
    const intake = { setting: 'home', areas: ['neck'], quality: ['dull-ache'], equipment: [] } as const;
    expect(order(intake)).toEqual(['hand-massage']);
  });
});

describe('rankTechniques respects what the person said', () => {
  it('home only gives home techniques; professional only gives professional ones', () => {
    expect(ranked({ setting: 'home' }).every((r) => r.setting === 'home')).toBe(true);
    expect(ranked({ setting: 'professional' }).every((r) => r.setting === 'professional')).toBe(true);
  });

  it('leaves out home tools the person said they do not have, and flags unknown ones', () => {
    expect(order({ equipment: [], areas: ['upper-back'] })).not.toContain('foam-roller');
    expect(rec({ areas: ['upper-back'] }, 'foam-roller')?.cautions).toContain('You need a foam roller for this.');
  });

  it('a light-pressure preference avoids firm techniques and says why', () => {
    const why = avoided({ pressure: 'light' });
    expect(why.get('deep-tissue')).toMatch(/you prefer light pressure/);
    expect(why.get('trigger-point')).toMatch(/you prefer light pressure/);
    expect(order({ pressure: 'light' })).not.toContain('deep-tissue');
  });

  it('never suggests a foam roller when only the lower back hurts', () => {
    expect(avoided({ areas: ['lower-back'] }).get('foam-roller')).toMatch(/lower back/);
  });

  it('waits a few days before firm pressure on a fresh injury, and avoids it when pain is very strong', () => {
    expect(avoided({ causes: ['sports'], durationDays: 1 }).get('deep-tissue')).toMatch(/very new/);
    expect(avoided({ intensity: 9 }).get('trigger-point')).toMatch(/very strong/);
  });
});

describe('cautions narrow the choice and are explained', () => {
  it.each([
    ['osteoporosis', ['deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller', 'tennis-ball']],
    ['anticoagulant-medication', ['deep-tissue', 'trigger-point', 'shiatsu', 'foam-roller', 'tennis-ball', 'hot-stone']],
    ['diabetic-neuropathy', ['hot-stone', 'deep-tissue', 'trigger-point']],
    ['heat-sensitivity', ['hot-stone']],
    ['varicose-veins', ['hot-stone']],
    ['long-term-steroids', ['deep-tissue', 'foam-roller']],
    ['inflammatory-arthritis', ['deep-tissue', 'trigger-point']],
  ] as const)('%s avoids %j', (condition, techniques) => {
    const intake = { conditions: [condition], durationDays: 60 } as const;
    const why = avoided(intake);
    for (const technique of techniques) {
      expect(why.get(technique), technique).toBeTruthy();
      expect(order(intake)).not.toContain(technique);
    }
  });

  it('swedish stays available as the gentle choice with thin bones or blood thinners', () => {
    expect(order({ conditions: ['osteoporosis'], durationDays: 60 })).toContain('swedish');
    expect(order({ conditions: ['anticoagulant-medication'], durationDays: 60 })).toContain('swedish');
  });

  it('adds the condition\u2019s caution to the techniques still recommended', () => {
    expect(rec({ conditions: ['anticoagulant-medication'], durationDays: 60 }, 'swedish')?.cautions.join(' ')).toMatch(/blood thinners/);
  });

  it('pregnancy: no hot stones, deep tissue or foam roller; a pregnancy-trained therapist', () => {
    const why = avoided({ pregnant: true, areas: ['upper-back', 'lower-back'] });
    for (const t of ['hot-stone', 'deep-tissue', 'foam-roller'] as const) expect(why.get(t)).toMatch(/pregnan/);
    expect(rec({ pregnant: true }, 'swedish')?.cautions.join(' ')).toMatch(/trained in pregnancy massage/);
  });

  it('varicose veins keep the home plan off the legs', () => {
    const plan = assessWith({ conditions: ['varicose-veins'], areas: ['leg', 'lower-back'], setting: 'home' }).plan;
    expect(plan.steps.some((s) => s.area === 'leg')).toBe(false);
    expect(plan.steps.length).toBeGreaterThan(0);
  });

  it('older people are told to ask for cooler stones', () => {
    expect(rec({ age: 80, durationDays: 60, contexts: ['cold-weather'] }, 'hot-stone')?.cautions.join(' ')).toMatch(/cooler stones/);
  });
});
