import type { Assessment, Tip } from './assessment.js';
import type { Intake } from './intake.js';
import { TIP_RULES } from './knowledge/tips.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { findTechniquesToAvoid, rankTechniques } from './ranking.js';
import { screenSafety } from './screening.js';
import { buildSessionPlan } from './session-plan.js';

// Tips are a small, fixed set of texts: each is built once and shared (frozen) by every assessment.
const TIPS = new Map<string, Tip>();
function tip(id: string, text: string, source: Tip['source']): Tip {
  const key = `${id}\n${text}`;
  let found = TIPS.get(key);
  if (!found) TIPS.set(key, (found = Object.freeze({ id, text, source })));
  return found;
}

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
  const tips = TIP_RULES.filter((rule) => rule.applies(context)).map((rule) => tip(rule.id, rule.text(context), rule.source));
  return { triage, massageAdvised, reasons, recommendations, avoid, avoidMovements: findMovementsToAvoid(intake), plan, tips };
}
