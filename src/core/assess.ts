import type { Assessment } from './assessment.js';
import type { Intake } from './intake.js';
import { TIP_RULES } from './knowledge/tips.js';
import { findTechniquesToAvoid, rankTechniques } from './ranking.js';
import { screenSafety } from './screening.js';
import { buildSessionPlan } from './session-plan.js';

/**
 * Turns a validated intake into advice. Safety screening runs first and decides whether any massage
 * advice is given at all; ranking and the plan only ever see what screening allowed. Pure and
 * deterministic: the same intake always gives the same assessment.
 */
export function assess(intake: Intake): Assessment {
  const { triage, reasons } = screenSafety(intake);
  const massageAdvised = triage === 'self-care';
  const avoid = findTechniquesToAvoid(intake);
  const recommendations = massageAdvised ? rankTechniques(intake, avoid) : [];
  const plan = buildSessionPlan(intake, recommendations, triage);
  const context = {
    intake,
    massageAdvised,
    hasProfessional: recommendations.some((r) => r.setting === 'professional'),
    hasHome: recommendations.some((r) => r.setting === 'home'),
  };
  const tips = TIP_RULES.filter((tip) => tip.applies(context)).map((tip) => ({ id: tip.id, text: tip.text(context), source: tip.source }));
  return { triage, massageAdvised, reasons, recommendations, avoid, plan, tips };
}
