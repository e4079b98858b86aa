import type { PlanStep } from '../../core/assessment.js';
import { durationWords } from '../../core/step-words.js';
import { doseWords, MOVEMENTS } from '../../core/knowledge/movements.js';
import type { BodyArea } from '../../core/vocabulary.js';
import { MovementFigure } from '../movement/figures.js';
import { stepTitle } from '../results/step-title.js';
import { hasTechniqueFigure, TechniqueFigure } from './technique-figures.js';

// How the player names and draws a step of the plan.

/** The plan's own title ("Tennis ball: lean and roll, lower back"); a plan saved before titles is named by its kind. */
export const stepName = (s: PlanStep): string => s.title ?? stepTitle(s.technique, s.movement);

/** Which of its technique's steps this is: the plan lists a technique's steps for one area one after another. */
function techniqueStepNumber(steps: readonly PlanStep[], index: number): number {
  const s = steps[index];
  let n = 0;
  while (index - n - 1 >= 0 && steps[index - n - 1]?.technique === s?.technique && steps[index - n - 1]?.area === s?.area) n++;
  return n;
}

/** The step list before the session starts: each step by name, with its length. */
export function StepList(props: { steps: readonly PlanStep[] }) {
  return (
    <ol class="plan" data-testid="step-list">
      {props.steps.map((s, i) => (
        <li key={i}>
          <strong>{stepName(s)}</strong>, {durationWords(s.seconds)}
        </li>
      ))}
    </ol>
  );
}

/** The drawing for a step: a home technique's step, a movement, or the warm-up's shoulder rolls. None for the rest. */
export function StepFigure(props: { steps: readonly PlanStep[]; index: number }) {
  const s = props.steps[props.index];
  if (!s) return null;
  if (s.movement) {
    return (
      <div class="movement-step" data-testid="movement-step">
        <MovementFigure id={s.movement} title={`Drawing: ${MOVEMENTS[s.movement].position.toLowerCase()}.`} />
        {s.reps && <p class="dose" data-testid="reps">{doseWords(MOVEMENTS[s.movement].dose)}. Count them as you go.</p>}
      </div>
    );
  }
  if (s.technique === 'warm-up') return <MovementFigure id="shoulder-rolls" title="Drawing: stand tall and roll your shoulders in slow circles." />;
  if (!hasTechniqueFigure(s.technique) || s.area === 'whole-back') return null;
  return <TechniqueFigure technique={s.technique} step={techniqueStepNumber(props.steps, props.index)} area={s.area as BodyArea} id={`step-${props.index}`} />;
}
