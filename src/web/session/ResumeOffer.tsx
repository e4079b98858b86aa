import { useEffect, useRef } from 'preact/hooks';
import type { PlanStep } from '../../core/assessment.js';
import type { SessionProgress } from '../../core/session-progress.js';
import { Icon } from '../components/Icon.js';
import { clock } from './clock.js';
import { stepName } from './steps.js';

// After a reload (or a phone that slept and reloaded the page): carry on where the session was, or start again.

export function ResumeOffer(props: { progress: SessionProgress; steps: readonly PlanStep[]; onResume: () => void; onStartAgain: () => void }) {
  const { progress, steps } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const step = steps[progress.index];
  return (
    <section class="session" aria-labelledby="session-h" data-testid="session-resume">
      <h1 id="session-h" tabIndex={-1} ref={heading}>Carry on with your session?</h1>
      {progress.phase === 'running' && step ? (
        <p class="lead">
          You were on step {progress.index + 1} of {steps.length}: {stepName(step)}, with {clock(progress.left)} left.
        </p>
      ) : (
        <p class="lead">You had done all the steps. Only the pain score at the end is left.</p>
      )}
      <p>Your pain score before the session was {progress.before} out of 10.</p>
      <div class="wizard__nav">
        <button type="button" class="button button--secondary" onClick={props.onStartAgain}>
          Start again
        </button>
        <button type="button" class="button button--primary" onClick={props.onResume}>
          <Icon name="play" /> Resume
        </button>
      </div>
    </section>
  );
}
