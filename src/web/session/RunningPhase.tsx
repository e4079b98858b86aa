import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PlanSafety, PlanStep } from '../../core/assessment.js';
import { safetyKey } from '../../core/session-plan.js';
import { Icon } from '../components/Icon.js';
import { clock, type ClockAction, type ClockState } from './clock.js';
import { StepFigure, stepName } from './steps.js';

// One step playing: the timer and its controls first, so Pause, Skip and Stop are in view together on a
// phone without scrolling, and nothing is fixed on top of anything else (decision 0067). In a short,
// wide window (a phone on its side) the timer and controls sit beside the step.

const RING = 2 * Math.PI * 54;

export function RunningPhase(props: {
  state: ClockState;
  steps: readonly PlanStep[];
  safety: PlanSafety;
  announce: string;
  speedNote: ComponentChildren;
  dispatch: (action: ClockAction) => void;
  onStop: () => void;
}) {
  const { state, steps } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = steps[state.index] as PlanStep;
  // The plan says each kind of step's safety list once; the player shows it on every step of that kind.
  const safety = props.safety[safetyKey(s)] ?? [];
  const fraction = Math.max(0, Math.min(1, state.left / s.seconds));
  return (
    <section class="session session--running player" aria-labelledby="session-h">
      <p class="visually-hidden" aria-live="polite">{props.announce}</p>
      <div class="player__head">
        <p class="progress__text">
          Step {state.index + 1} of {steps.length}
        </p>
        <h1 id="session-h" tabIndex={-1} ref={heading}>
          {stepName(s)}
        </h1>
        {props.speedNote}
      </div>
      <div class="player__clock">
        <div class="countdown" role="timer" aria-label="Time left in this step" data-testid="countdown">
          <svg viewBox="0 0 120 120" aria-hidden="true" class="countdown__ring">
            <circle cx="60" cy="60" r="54" class="countdown__track" />
            <circle
              cx="60"
              cy="60"
              r="54"
              class="countdown__bar"
              stroke-dasharray={String(RING)}
              stroke-dashoffset={String(RING * (1 - fraction))}
              transform="rotate(-90 60 60)"
            />
          </svg>
          <span class="countdown__time">{clock(state.left)}</span>
          {state.paused && <span class="countdown__paused">Paused</span>}
        </div>
        <div class="player-controls">
          <button type="button" class="button button--secondary" onClick={() => props.dispatch({ type: 'toggle-pause' })} aria-pressed={state.paused ? 'true' : 'false'}>
            <Icon name={state.paused ? 'play' : 'pause'} /> {state.paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.dispatch({ type: 'skip' })}>
            <Icon name="skip" /> {state.index + 1 < steps.length ? 'Skip to next step' : 'Finish'}
          </button>
        </div>
        <div class="stop-bar">
          <button type="button" class="button button--danger" onClick={props.onStop}>
            <Icon name="stop" /> Sharp pain? Stop now
          </button>
        </div>
      </div>
      <div class="player__step">
        <StepFigure steps={steps} index={state.index} />
        <p class="step-instructions">{s.instructions}</p>
        {safety.length > 0 && (
          <ul class="cautions">
            {safety.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
