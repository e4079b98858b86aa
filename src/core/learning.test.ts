import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { pathCounter } from '../../test/support/reach.js';
import { assess } from './assess.js';
import { TECHNIQUE_IDS } from './assessment.js';
import type { TechniqueEvidence } from './diary.js';
import { personaliseAssessment, personaliseRecommendations, personalScore, PRIOR_WEIGHT, reassessPrompts } from './learning.js';

/** Any evidence about any technique, including ones the engine excluded or never heard of in this case. */
const arbitraryEvidence: fc.Arbitrary<TechniqueEvidence[]> = fc
  .uniqueArray(fc.constantFrom(...TECHNIQUE_IDS), { maxLength: TECHNIQUE_IDS.length })
  .chain((techniques) =>
    fc.tuple(
      ...techniques.map((technique) =>
        fc.integer({ min: 1, max: 400 }).chain((sessions) =>
          fc.record({
            technique: fc.constant(technique),
            sessions: fc.constant(sessions),
            helped: fc.integer({ min: 0, max: sessions }),
            totalRelief: fc.integer({ min: -10 * sessions, max: 10 * sessions }),
          }).chain((e) =>
            fc.integer({ min: 0, max: sessions - e.helped }).map((helpedALittle) => ({ ...e, helpedALittle })),
          ),
        ),
      ),
    ),
  );

const runs = { numRuns: 1000 };

describe('learning: safety properties', { timeout: 120_000 }, () => {
  it('never recommends a technique the engine did not (screening exclusions stay excluded)', () => {
    const learnedOn = pathCounter('recommendations with history for one of them');
    fc.assert(
      fc.property(arbitraryIntake, arbitraryEvidence, (intake, evidence) => {
        const assessment = assess(intake);
        learnedOn.count(assessment.recommendations.some((r) => evidence.some((e) => e.technique === r.technique)));
        const personal = personaliseAssessment(assessment, evidence);
        const allowed = new Set(assessment.recommendations.map((r) => r.technique));
        for (const r of personal.recommendations) expect(allowed.has(r.technique)).toBe(true);
        expect(personal.recommendations).toHaveLength(assessment.recommendations.length);
        for (const avoided of assessment.avoid) {
          expect(personal.recommendations.map((r) => r.technique)).not.toContain(avoided.technique);
        }
      }),
      runs,
    );
    learnedOn.expectShare(1 / 3);
  });

  it('never changes triage, reasons, the avoid list, the plan or the tips', () => {
    fc.assert(
      fc.property(arbitraryIntake, arbitraryEvidence, (intake, evidence) => {
        const assessment = assess(intake);
        const { recommendations: _r, ...safety } = assessment;
        const { recommendations: _p, ...personalSafety } = personaliseAssessment(assessment, evidence);
        expect(personalSafety).toEqual(safety);
      }),
      runs,
    );
  });

  it('with no history equals the engine ranking (order and scores)', () => {
    const ranked = pathCounter('recommendations to rank');
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const assessment = assess(intake);
        ranked.count(assessment.recommendations.length > 0);
        const personal = personaliseRecommendations(assessment.recommendations, []);
        expect(personal.map((r) => [r.technique, r.score])).toEqual(assessment.recommendations.map((r) => [r.technique, r.score]));
        expect(personal.every((r) => r.learned === null && r.sessions === 0)).toBe(true);
      }),
      runs,
    );
    ranked.expectShare(1 / 3);
  });

  it('keeps every score in [0, 1] and between the prior and the observed rate', () => {
    const learnedOn = pathCounter('recommendations with history for one of them');
    fc.assert(
      fc.property(arbitraryIntake, arbitraryEvidence, (intake, evidence) => {
        const assessment = assess(intake);
        learnedOn.count(assessment.recommendations.some((r) => evidence.some((e) => e.technique === r.technique)));
        for (const r of personaliseRecommendations(assessment.recommendations, evidence)) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          const own = evidence.find((e) => e.technique === r.technique);
          if (!own) {
            expect(r.score).toBe(r.engineScore);
            continue;
          }
          const observed = (own.helped + 0.5 * own.helpedALittle) / own.sessions;
          expect(r.score).toBeGreaterThanOrEqual(Math.min(r.engineScore, observed) - 0.001);
          expect(r.score).toBeLessThanOrEqual(Math.max(r.engineScore, observed) + 0.001);
        }
      }),
      runs,
    );
    learnedOn.expectShare(1 / 3);
  });
});

describe('learning: the estimate', () => {
  const evidence = (sessions: number, helped: number, totalRelief: number, helpedALittle = 0): TechniqueEvidence => ({
    technique: 'tennis-ball', sessions, helped, helpedALittle, totalRelief,
  });

  it('starts at the engine score and moves with evidence, worth PRIOR_WEIGHT sessions', () => {
    expect(personalScore(0.5, undefined)).toBe(0.5);
    expect(personalScore(0.5, evidence(PRIOR_WEIGHT, PRIOR_WEIGHT, 12))).toBe(0.75);
    expect(personalScore(0.5, evidence(PRIOR_WEIGHT, 0, 0))).toBe(0.25);
    expect(personalScore(0.5, evidence(1000, 1000, 3000))).toBeGreaterThan(0.99);
  });

  it('explains the move in plain words', () => {
    const recs = [{ technique: 'tennis-ball' as const, setting: 'home' as const, score: 0.5, why: [], cautions: [] }];
    expect(personaliseRecommendations(recs, [evidence(4, 3, 9, 1)])[0]!.learned).toBe('It helped you 3 of 4 times (2.3 points less pain on average).');
    expect(personaliseRecommendations(recs, [evidence(1, 1, 3)])[0]!.learned).toBe('It helped you once (3 points less pain on average).');
    expect(personaliseRecommendations(recs, [evidence(2, 0, -2)])[0]!.learned).toBe(
      'It has not clearly helped you yet in 2 sessions (pain was 1 point higher afterwards on average).',
    );
  });
});

describe('re-assess prompts', () => {
  const now = new Date('2025-06-02T10:00:00Z');
  const quiet = { entries: 0, meanPain: null };

  it('asks to re-assess when this week is 2+ points worse than the weeks before', () => {
    expect(reassessPrompts({ now, lastWeek: { entries: 3, meanPain: 6 }, previousWeeks: { entries: 5, meanPain: 4 } }).map((p) => p.code)).toEqual(['pain-worsening']);
    expect(reassessPrompts({ now, lastWeek: { entries: 3, meanPain: 5.5 }, previousWeeks: { entries: 5, meanPain: 4 } })).toEqual([]);
    // One entry is not a trend.
    expect(reassessPrompts({ now, lastWeek: { entries: 1, meanPain: 9 }, previousWeeks: { entries: 5, meanPain: 2 } })).toEqual([]);
  });

  it('asks to see a doctor when the episode passes 6 weeks and still hurts', () => {
    const assessedAt = '2025-05-01T10:00:00Z';
    const over = reassessPrompts({ now, latestAssessment: { assessedAt, durationDays: 14, intensity: 5 }, lastWeek: quiet, previousWeeks: quiet });
    expect(over.map((p) => p.code)).toEqual(['episode-over-6-weeks']);
    expect(over[0]!.message).toContain('6 weeks');
    expect(reassessPrompts({ now, latestAssessment: { assessedAt, durationDays: 5, intensity: 5 }, lastWeek: quiet, previousWeeks: quiet })).toEqual([]);
    expect(reassessPrompts({ now, latestAssessment: { assessedAt, durationDays: 14, intensity: 5 }, lastWeek: { entries: 3, meanPain: 0 }, previousWeeks: quiet })).toEqual([]);
  });
});
