import type { Assessment, Tip } from './assessment.js';
import { inOneShape, type Intake } from './intake.js';
import { TIP_RULES, type TipRule } from './knowledge/tips.js';
import { findMovementsToAvoid } from './movement-plan.js';
import { findTechniquesToAvoid, nearestOptions, rankTechniques } from './ranking.js';
import { safetyNetFor } from './safety-net.js';
import { screenSafety } from './screening.js';
import { buildSessionPlan } from './session-plan.js';

// Tips are a small, fixed set of texts: each is built once and shared (frozen) by every assessment.
const TIPS = new Map<TipRule, Map<string, Tip>>();
function tip(rule: TipRule, text: string): Tip {
  let texts = TIPS.get(rule);
  if (!texts) TIPS.set(rule, (texts = new Map()));
  let found = texts.get(text);
  if (!found) texts.set(text, (found = Object.freeze({ id: rule.id, text, source: rule.source })));
  return found;
}

/**
 * Turns a validated intake into advice. Safety screening runs first and decides whether any massage
 * advice is given at all; ranking and the plan only ever see what screening allowed. Pure and
 * deterministic: the same intake always gives the same assessment.
 *
 * What each level carries: emergency and urgent carry the action and the reasons (plus a cancer watch
 * list and unanswered watch-for lines when urgent) and nothing else; see-doctor-first adds only general
 * comfort advice and the techniques to avoid; self-care gets the advice, the plan and the safety net.
 */
export function assess(answers: Intake): Assessment {
  const intake = inOneShape(answers);
  const { triage, action, reasons } = screenSafety(intake);
  const massageAdvised = triage === 'self-care';
  const needsCareNow = triage === 'emergency' || triage === 'urgent';
  const avoid = needsCareNow ? [] : findTechniquesToAvoid(intake);
  let recommendations = massageAdvised ? rankTechniques(intake, avoid) : [];
  let noExactFit: string | undefined;
  const fitting = recommendations;
  if (massageAdvised && recommendations.length === 0) {
    const nearest = nearestOptions(intake, avoid);
    recommendations = nearest.recommendations;
    noExactFit = nearest.why;
  }
  const plan = buildSessionPlan(intake, fitting, triage);
  const context = {
    intake,
    triage,
    massageAdvised,
    hasProfessional: recommendations.some((r) => r.setting === 'professional'),
    hasHome: recommendations.some((r) => r.setting === 'home'),
  };
  const tips: Tip[] = [];
  for (const rule of TIP_RULES) if (rule.applies(context)) tips.push(tip(rule, rule.text(context)));
  const safetyNet = safetyNetFor(intake, triage, reasons);
  // Built field by field, not with spreads: optional fields are left out, in the same key order.
  const assessment: Partial<Assessment> = { triage, massageAdvised };
  if (action) assessment.action = action;
  assessment.reasons = reasons;
  assessment.recommendations = recommendations;
  if (noExactFit) assessment.noExactFit = noExactFit;
  assessment.avoid = avoid;
  if (!needsCareNow) assessment.avoidMovements = findMovementsToAvoid(intake);
  assessment.plan = plan;
  assessment.tips = tips;
  assessment.safetyNet = safetyNet;
  return assessment as Assessment;
}
