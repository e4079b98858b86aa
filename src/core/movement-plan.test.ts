import { describe, expect, it } from 'vitest';
import { plainIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import { SOURCE_IDS, TECHNIQUE_IDS } from './assessment.js';
import type { Intake } from './intake.js';
import { MOVEMENT_RULES } from './knowledge/movement-rules.js';
import { doseWords, MOVEMENT_FEATURES, MOVEMENTS } from './knowledge/movements.js';
import { SOURCES } from './knowledge/sources.js';
import { MOVEMENT_IDS, type MovementId } from './movement-vocabulary.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { safetyKey } from './session-plan.js';
import { BODY_AREAS } from './vocabulary.js';

const avoided = (intake: Intake) => findMovementsToAvoid(intake).map((a) => a.movement);
const planned = (intake: Intake) => {
  const { plan } = assess(intake);
  return [...plan.steps, ...(plan.routine?.steps ?? [])].flatMap((s) => (s.movement ? [s.movement] : []));
};

describe('the movement library', () => {
  it('has 10 to 16 movements, each filed under its own id', () => {
    expect(MOVEMENT_IDS.length).toBeGreaterThanOrEqual(10);
    expect(MOVEMENT_IDS.length).toBeLessThanOrEqual(16);
    for (const id of MOVEMENT_IDS) expect(MOVEMENTS[id].id).toBe(id);
  });

  describe.each(MOVEMENT_IDS)('%s', (id) => {
    const m = MOVEMENTS[id];
    it('says where it helps, how to do it, how much, what to feel and when to stop', () => {
      expect(m.name.length).toBeGreaterThan(0);
      expect(m.areas.length).toBeGreaterThan(0);
      for (const area of m.areas) expect(BODY_AREAS).toContain(area);
      expect(m.steps.length).toBeGreaterThanOrEqual(2);
      expect(m.feel.length).toBeGreaterThan(0);
      expect(m.stopIf.length).toBeGreaterThan(0);
      expect(m.seconds).toBeGreaterThan(0);
      expect(m.seconds % 5, 'plan steps are whole 5 seconds').toBe(0);
      // Seconds or repetitions: every session movement has a dose in words; the walk has minutes in its steps.
      if (m.inSession) expect(doseWords(m.dose)).toMatch(/\d+ (times|seconds)/);
      else expect(m.steps.join(' ')).toMatch(/\d+ minutes/);
      for (const f of m.features) expect(MOVEMENT_FEATURES).toContain(f);
    });

    it('cites known sources', () => {
      expect(m.sources.length).toBeGreaterThan(0);
      for (const s of m.sources) expect(SOURCES[s]?.id).toBe(s);
    });

    it('is written plainly and never promises a cure', () => {
      const text = [m.name, m.summary, m.position, m.feel, ...m.steps, ...m.stopIf, ...m.cautions];
      for (const t of text) {
        expect(t).not.toMatch(/\b(cures?|heals?|fix(es)?|detox)\b/i);
        for (const sentence of t.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThan(25);
      }
    });
  });

  it('no movement id is also a technique id (the diary stores both in one list)', () => {
    for (const id of MOVEMENT_IDS) expect(TECHNIQUE_IDS as readonly string[]).not.toContain(id);
  });

  it('every exclusion rule has a known source and names at least one feature some movement has', () => {
    for (const rule of MOVEMENT_RULES) {
      expect(SOURCE_IDS).toContain(rule.source);
      expect(rule.features.some((f) => MOVEMENT_IDS.some((id) => MOVEMENTS[id].features.includes(f))), rule.code).toBe(true);
    }
  });
});

describe('movement exclusions', () => {
  const flexion: MovementId[] = ['knee-to-chest', 'cat-cow', 'bottom-to-heels'];

  it('a plain intake has nothing to leave out', () => {
    expect(avoided(plainIntake())).toEqual([]);
  });

  it.each(['osteoporosis', 'severe-osteoporosis', 'long-term-steroids', 'recent-fracture'] as const)(
    'with %s: no forward bending of the spine and no roller under it',
    (condition) => {
      const out = avoided(plainIntake({ conditions: [condition] }));
      for (const id of [...flexion, 'thoracic-extension' as const]) expect(out).toContain(id);
      expect(out).not.toContain('standing-back-bend');
      expect(out).not.toContain('short-walk');
    },
  );

  it('at 70 or over: no forward bending; at 69 it is allowed', () => {
    for (const id of flexion) expect(avoided(plainIntake({ age: 70 }))).toContain(id);
    expect(avoided(plainIntake({ age: 69 }))).toEqual([]);
  });

  it('each exclusion says why in plain words', () => {
    const [first] = findMovementsToAvoid(plainIntake({ conditions: ['osteoporosis'] }));
    expect(first?.why).toMatch(/Bending your back forward/);
  });

  it('pregnant after the first 3 months (or weeks unknown): nothing flat on the back and no twists', () => {
    const lyingDown: MovementId[] = ['pelvic-tilt', 'knee-rolls', 'knee-to-chest', 'glute-bridge', 'thoracic-extension'];
    const later = avoided(plainIntake({ pregnant: true, pregnancyWeeks: 20 }));
    const unknown = avoided(plainIntake({ pregnant: true }));
    for (const out of [later, unknown]) {
      for (const id of lyingDown) expect(out).toContain(id);
      expect(out).toContain('seated-twist');
      expect(out).not.toContain('cat-cow');
    }
  });

  it('pregnant in the first 3 months: lying on the back is fine, twists are still left out', () => {
    const early = avoided(plainIntake({ pregnant: true, pregnancyWeeks: 10 }));
    expect(early).not.toContain('pelvic-tilt');
    expect(early).toContain('knee-rolls');
    expect(early).toContain('seated-twist');
  });

  it('very strong pain: the strength moves wait for a better day', () => {
    expect(avoided(plainIntake({ intensity: 8 }))).toEqual(['glute-bridge', 'bird-dog']);
    expect(avoided(plainIntake({ intensity: 7 }))).toEqual([]);
  });

  it('frail or 80 and over: nothing on hands and knees', () => {
    const out = avoided(plainIntake({ age: 80 }));
    for (const id of ['cat-cow', 'bird-dog', 'bottom-to-heels'] as const) expect(out).toContain(id);
  });
});

describe('movement in the plan', () => {
  it('a self-care plan gets movement steps after the massage steps, within 10-20 minutes', () => {
    const { plan } = assess(plainIntake({ areas: ['lower-back', 'neck'] }));
    const kinds = plan.steps.map((s) => s.kind);
    const firstMovement = kinds.indexOf('movement');
    expect(firstMovement).toBeGreaterThan(1);
    expect(kinds.slice(firstMovement, -1).every((k) => k === 'movement'), 'movements come last, before the rest').toBe(true);
    expect(plan.steps.at(-1)?.technique).toBe('water');
    expect(plan.totalSeconds).toBeGreaterThanOrEqual(600);
    expect(plan.totalSeconds).toBeLessThanOrEqual(1200);
    const movements = plan.steps.filter((s) => s.kind === 'movement');
    expect(movements.some((s) => s.area === 'neck')).toBe(true);
    for (const s of movements) expect(plan.safety[safetyKey(s)]?.[0]).toBe('Stop at once if you feel sharp pain.');
  });

  it('never plans a movement the screening left out', () => {
    const intake = plainIntake({ conditions: ['osteoporosis'], areas: ['lower-back', 'mid-back', 'upper-back'] });
    const out = new Set(avoided(intake));
    expect(out.size).toBeGreaterThan(0);
    expect(planned(intake).filter((id) => out.has(id))).toEqual([]);
    expect(assess(intake).avoidMovements?.length).toBe(out.size);
  });

  it('nothing when the triage is not self-care; exclusions still listed for see-doctor-first', () => {
    const doctorFirst = assess(plainIntake({ conditions: ['severe-osteoporosis'] }));
    expect(doctorFirst.triage).toBe('see-doctor-first');
    expect(doctorFirst.plan.steps).toEqual([]);
    expect(doctorFirst.plan.routine).toBeUndefined();
    expect(doctorFirst.plan.activity).toBeUndefined();
    // Like the massage avoid list: kept for the clinician, left out when care is needed today.
    expect(doctorFirst.avoidMovements?.map((a) => a.movement)).toContain('knee-to-chest');
    const urgent = assess(plainIntake({ symptoms: ['fever'] }));
    expect(urgent.triage).not.toBe('self-care');
    expect(urgent.plan.routine).toBeUndefined();
  });

  it('asked for a daily routine: the movements go in a short routine of their own, not in the session', () => {
    const { plan } = assess(plainIntake({ goals: ['daily-routine'], areas: ['lower-back', 'upper-back'] }));
    expect(plan.steps.some((s) => s.kind === 'movement')).toBe(false);
    expect(plan.routine?.steps.length).toBeGreaterThanOrEqual(3);
    expect(plan.routine?.totalSeconds).toBeLessThanOrEqual(420);
    expect(plan.routine?.steps.every((s) => s.kind === 'movement')).toBe(true);
  });

  it('no massage session (a therapist only): the movements still come, as a routine', () => {
    const { plan } = assess(plainIntake({ setting: 'professional' }));
    expect(plan.steps).toEqual([]);
    expect(plan.routine?.steps.length).toBeGreaterThan(0);
  });

  it('a gentle activity goal with its source on every self-care plan', () => {
    const { activity } = assess(plainIntake()).plan;
    expect(activity?.goal).toMatch(/walk/);
    expect(SOURCES[activity?.source ?? 'A'].title).toMatch(/exercise/i);
  });

  it('a desk checklist for desk posture, a sleeping one for sleep position, none otherwise', () => {
    expect(assess(plainIntake({ causes: ['desk-posture'] })).plan.posture?.checklist.join(' ')).toMatch(/screen/);
    expect(assess(plainIntake({ causes: ['sleep-position'] })).plan.posture?.checklist.join(' ')).toMatch(/pillow/);
    expect(assess(plainIntake({ causes: ['lifting'] })).plan.posture).toBeUndefined();
  });

  it('chooses for the areas: neck pain gets neck movements, not lower-back ones', () => {
    const ids = planned(plainIntake({ areas: ['neck'] }));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(MOVEMENTS[id].areas).toContain('neck');
  });
});

describe('movement exclusions from the v2 intake', () => {
  it('frail: no forward bending and nothing on hands and knees', () => {
    const out = findMovementsToAvoid(plainIntake({ conditions: ['frail'] })).map((a) => a.movement);
    for (const id of ['knee-to-chest', 'cat-cow', 'bottom-to-heels', 'bird-dog'] as const) expect(out).toContain(id);
  });

  it('might be pregnant: no twists, but lying on the back is fine this early', () => {
    const out = findMovementsToAvoid(plainIntake({ conditions: ['might-be-pregnant'] })).map((a) => a.movement);
    expect(out).toEqual(['knee-rolls', 'seated-twist']);
  });
});
