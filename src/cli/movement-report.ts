import { MOVEMENTS, safetyKey, SOURCES, type Assessment, type PlanStep } from '../core/index.js';
import { duration, heading, labelled, wrap, type Style } from './style.js';
import { areaName } from './words.js';

/** A movement step's name, e.g. "Pelvic tilt" (undefined for massage steps). */
export function movementStepName(step: PlanStep): string | undefined {
  return step.movement ? MOVEMENTS[step.movement].name : undefined;
}

const bullet = (text: string, width: number, indent = '   ') => wrap(text, width, `${indent}  `, `${indent}- `);

/**
 * The movement part of the report: which movements the session has, the daily routine, movements to
 * leave out and why, the activity goal and the posture checklist. Empty when there is none of these.
 */
export function renderMovementPart(assessment: Assessment, style: Style, width: number): string[] {
  const { plan } = assessment;
  const out: string[] = [];
  const inSession = plan.steps.filter((s) => s.kind === 'movement');
  if (inSession.length > 0) {
    out.push(...heading('Stretches and movement in your session', style));
    const names = inSession.map((s) => `${movementStepName(s)} (${duration(s.seconds)})`).join(', ');
    out.push(...wrap(`After the massage: ${names}. Details: backrub movement <id>.`, width, '   '));
  }
  if (plan.routine) {
    out.push(...heading(`Your daily movement routine (about ${Math.max(1, Math.round(plan.routine.totalSeconds / 60))} minutes)`, style));
    out.push(...wrap(plan.routine.when, width, '   '));
    plan.routine.steps.forEach((step, i) => {
      out.push(`  ${style.bold(`${i + 1}. ${movementStepName(step) ?? step.technique}`)} - ${areaName(step.area)}, ${duration(step.seconds)}  ${style.dim(`backrub movement ${step.movement ?? ''}`)}`);
      out.push(...wrap(step.instructions, width, '     '));
      const stop = plan.safety[safetyKey(step)]?.[0];
      if (stop) out.push(...labelled('Safety:', stop, width, '     ', style.yellow));
    });
  }
  if (assessment.massageAdvised && assessment.avoidMovements && assessment.avoidMovements.length > 0) {
    out.push(...heading('Movements to leave out', style));
    for (const avoid of assessment.avoidMovements) out.push(...bullet(`${MOVEMENTS[avoid.movement].name}: ${avoid.why}`, width));
  }
  if (plan.activity) {
    out.push(...heading('Stay active', style));
    out.push(...bullet(`${plan.activity.goal} [${plan.activity.source}: ${SOURCES[plan.activity.source].title}]`, width));
  }
  if (plan.posture) {
    out.push(...heading('Posture checklist', style));
    for (const item of plan.posture.checklist) out.push(...bullet(item, width));
    out.push(style.dim(`   [${plan.posture.source}: ${SOURCES[plan.posture.source].title}]`));
  }
  return out;
}
