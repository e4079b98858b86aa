import type { Assessment } from './assessment.js';
import { averageRelief, type TechniqueEvidence } from './diary.js';
import { learnedReason, personalScore } from './learning.js';
import type { MovementId } from './movement-vocabulary.js';

/**
 * "What helps you" for stretches and movements, with the same model as massage (decision 0042): a
 * prior worth PRIOR_WEIGHT sessions, moved by the person's own before/after relief.
 *
 * Guarantees, checked by property tests: only movements in this assessment's plan (session or daily
 * routine) are ranked, so a movement screening left out, or any movement when triage is not self-care,
 * is never recommended, however well it helped before.
 */

/** A person's own evidence about one movement (the same counts as TechniqueEvidence). */
export type MovementEvidence = Omit<TechniqueEvidence, 'technique'> & { movement: MovementId };

export interface PersonalMovement {
  movement: MovementId;
  score: number;
  sessions: number;
  averageRelief: number | null;
  learned: string | null;
}

/** Movements the plan chose start a little above an even chance: they fit the person's areas and causes. */
export const MOVEMENT_PRIOR = 0.6;

/** The plan's movements, re-ranked by the person's own relief. Evidence for any other movement is ignored. */
export function personaliseMovements(assessment: Pick<Assessment, 'triage' | 'plan' | 'avoidMovements'>, evidence: readonly MovementEvidence[]): PersonalMovement[] {
  if (assessment.triage !== 'self-care') return [];
  const excluded = new Set((assessment.avoidMovements ?? []).map((a) => a.movement));
  const planned: MovementId[] = [];
  for (const step of [...assessment.plan.steps, ...(assessment.plan.routine?.steps ?? [])]) {
    if (step.movement && !excluded.has(step.movement) && !planned.includes(step.movement)) planned.push(step.movement);
  }
  const byMovement = new Map(evidence.filter((e) => e.sessions > 0).map((e) => [e.movement, e]));
  return planned
    .map((movement, index) => {
      const own = byMovement.get(movement);
      return {
        index,
        item: {
          movement,
          score: personalScore(MOVEMENT_PRIOR, own),
          sessions: own?.sessions ?? 0,
          averageRelief: own ? averageRelief(own) : null,
          learned: own ? learnedReason(own) : null,
        },
      };
    })
    .sort((a, b) => b.item.score - a.item.score || a.index - b.index)
    .map(({ item }) => item);
}
