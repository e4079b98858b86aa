import type { Assessment, Recommendation, TechniqueId } from './assessment.js';
import { averageRelief, DAY_MS, type TechniqueEvidence } from './diary.js';
import { durationInWords } from './duration-words.js';

/**
 * Learning what helps *this* person, without ever overriding safety.
 *
 * Model (see docs/decisions/0042-learning-model.md): each recommended technique has a "helps" rate in
 * [0, 1]. The prior is the engine's score, worth PRIOR_WEIGHT pseudo-sessions (a Beta(k*s, k*(1-s))
 * prior). Each of the person's own sessions with that technique is an observation: relief of 2 points
 * or more counts 1 (what people notice as "much better"), 1 point counts 0.5, none or worse counts 0.
 * The posterior mean (k*s + helped + 0.5*helpedALittle) / (k + sessions) is the personal score.
 *
 * Guarantees, checked by property tests:
 * - only techniques already in `recommendations` are ranked: screening's exclusions stay excluded;
 * - triage, reasons, avoid-list and plan are never touched;
 * - with no history the output equals the engine's ranking, order and scores.
 */

/** How many of the person's own sessions the engine's opinion is worth. */
export const PRIOR_WEIGHT = 4;
/** Relief (points) that counts as "it helped": about what people notice as much better. */
export const MEANINGFUL_RELIEF = 2;
/** What a session with some relief, but less than MEANINGFUL_RELIEF, counts as. */
export const HELPED_A_LITTLE_WEIGHT = 0.5;

export interface PersonalRecommendation extends Recommendation {
  /** The engine's score, before the person's own evidence. */
  engineScore: number;
  /** Sessions of the person's own that moved the score. */
  sessions: number;
  /** Mean relief in points over those sessions (null without sessions). */
  averageRelief: number | null;
  /** Plain-words reason for the move, e.g. "It helped you 3 of 4 times (2.5 points less pain on average)." */
  learned: string | null;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/** Posterior "helps" rate for one technique. */
export function personalScore(engineScore: number, evidence: Pick<TechniqueEvidence, 'sessions' | 'helped' | 'helpedALittle'> | undefined): number {
  if (!evidence || evidence.sessions === 0) return engineScore;
  const successes = evidence.helped + HELPED_A_LITTLE_WEIGHT * evidence.helpedALittle;
  const score = (PRIOR_WEIGHT * engineScore + successes) / (PRIOR_WEIGHT + evidence.sessions);
  return Math.min(1, Math.max(0, round(score)));
}

export function learnedReason(evidence: Pick<TechniqueEvidence, 'sessions' | 'helped' | 'totalRelief'>): string {
  const average = evidence.totalRelief / evidence.sessions;
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  const relief =
    average > 0
      ? `${round(average, 1)} point${round(average, 1) === 1 ? '' : 's'} less pain on average`
      : average < 0
        ? `pain was ${round(-average, 1)} point${round(-average, 1) === 1 ? '' : 's'} higher afterwards on average`
        : 'no change in pain on average';
  if (evidence.helped > 0) {
    const of = evidence.helped === evidence.sessions ? times(evidence.helped) : `${evidence.helped} of ${evidence.sessions} times`;
    return `It helped you ${of} (${relief}).`;
  }
  return `It has not clearly helped you yet in ${evidence.sessions} session${evidence.sessions === 1 ? '' : 's'} (${relief}).`;
}

/**
 * Re-ranks the engine's recommendations with the person's own evidence. Evidence for techniques the
 * engine did not recommend is ignored. Order: personal score, then the engine's own order.
 */
export function personaliseRecommendations(
  recommendations: readonly Recommendation[],
  evidence: readonly TechniqueEvidence[],
): PersonalRecommendation[] {
  const byTechnique = new Map<TechniqueId, TechniqueEvidence>();
  for (const item of evidence) if (item.sessions > 0) byTechnique.set(item.technique, item);
  const personal = recommendations.map((recommendation, index) => {
    const own = byTechnique.get(recommendation.technique);
    const item: PersonalRecommendation = {
      ...recommendation,
      score: personalScore(recommendation.score, own),
      engineScore: recommendation.score,
      sessions: own?.sessions ?? 0,
      averageRelief: own ? averageRelief(own) : null,
      learned: own ? learnedReason(own) : null,
    };
    return { item, index };
  });
  if (byTechnique.size === 0) return personal.map(({ item }) => item);
  personal.sort((a, b) => b.item.score - a.item.score || a.index - b.index);
  return personal.map(({ item }) => item);
}

/** The assessment with its recommendations personalised; everything about safety is passed through untouched. */
export function personaliseAssessment<A extends Assessment>(
  assessment: A,
  evidence: readonly TechniqueEvidence[],
): Omit<A, 'recommendations'> & { recommendations: PersonalRecommendation[] } {
  return { ...assessment, recommendations: personaliseRecommendations(assessment.recommendations, evidence) };
}

// ---- Re-assess prompts -------------------------------------------------------------------------------

export interface ReassessPrompt {
  code: 'pain-worsening' | 'episode-over-6-weeks';
  message: string;
}

export interface ReassessFacts {
  now: Date;
  /** When the latest assessment was made, and how long the pain had lasted then (intake.durationDays). */
  latestAssessment?: { assessedAt: string; durationDays: number; intensity: number };
  /** Mean pain (painBefore) of entries in the last 7 days, and how many. */
  lastWeek: { entries: number; meanPain: number | null };
  /** Mean pain of entries in the 21 days before that, and how many. */
  previousWeeks: { entries: number; meanPain: number | null };
}

/** Most back pain settles within about 6 weeks; not settling, or getting worse, is a reason to look again. */
export function reassessPrompts(facts: ReassessFacts): ReassessPrompt[] {
  const prompts: ReassessPrompt[] = [];
  const recent = facts.lastWeek.entries >= 2 ? facts.lastWeek.meanPain : null;
  const baseline =
    facts.previousWeeks.entries >= 3 ? facts.previousWeeks.meanPain : (facts.latestAssessment?.intensity ?? null);
  if (recent !== null && baseline !== null && recent - baseline >= MEANINGFUL_RELIEF) {
    prompts.push({
      code: 'pain-worsening',
      message:
        `Your pain this week (${round(recent, 1)} on average) is higher than before (${round(baseline, 1)}). ` +
        'Please answer the assessment again, and see a doctor if it keeps getting worse.',
    });
  }
  if (facts.latestAssessment) {
    const onset = Date.parse(facts.latestAssessment.assessedAt) - facts.latestAssessment.durationDays * DAY_MS;
    const days = Math.floor((facts.now.getTime() - onset) / DAY_MS);
    const stillHurts = recent === null || recent > 0;
    if (days > 42 && stillHurts) {
      prompts.push({
        code: 'episode-over-6-weeks',
        message:
          `This episode has lasted about ${durationInWords(days)}. Most back pain settles within 6 weeks: ` +
          'please see a doctor, and answer the assessment again so the advice fits where you are now.',
      });
    }
  }
  return prompts;
}
