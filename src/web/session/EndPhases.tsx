import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanStep } from '../../core/assessment.js';
import { MEANINGFUL_RELIEF } from '../../core/learning.js';
import { SaveSession } from '../account/SaveSession.js';
import { Icon } from '../components/Icon.js';
import { Link, PainSlider, painWords } from '../components/ui.js';
import { doneSteps, secondsSpent, type ClockState } from './clock.js';

// How a session ends: stopped for sharp pain, the pain score after, and the change.

function useHeadingFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

export function StoppedPhase(props: { emergencyNumber: string }) {
  const heading = useHeadingFocus();
  return (
    <section class="session" aria-labelledby="session-h" data-testid="session-stopped">
      <div class="banner banner--urgent">
        <Icon name="stop" />
        <div>
          <h1 id="session-h" tabIndex={-1} ref={heading}>You stopped. That was the right thing to do.</h1>
          <p class="banner__action">Do not massage that place again today.</p>
        </div>
      </div>
      <h2>What to do now</h2>
      <ul>
        <li>Rest in a position that feels comfortable.</li>
        <li>Breathe slowly. Sharp pain from pressing often fades within a few minutes.</li>
        <li>If it still hurts a lot tomorrow, talk to a doctor or physiotherapist before you try massage again.</li>
        <li>If you feel numbness, weakness in your legs, or changes when you pee or poo, get help now: call {props.emergencyNumber}.</li>
      </ul>
      <div class="actions">
        <Link href="/results" class="button button--primary">Back to my results</Link>
      </div>
    </section>
  );
}

export function AfterPhase(props: { onRate: (after: number) => void }) {
  const heading = useHeadingFocus();
  const [after, setAfter] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <section class="session" aria-labelledby="session-h">
      <h1 id="session-h" tabIndex={-1} ref={heading}>Well done. How do you feel?</h1>
      <PainSlider id="pain-after" label="How much does it hurt now?" hint="0 means no pain. 10 means the worst pain you can imagine." value={after} onChange={setAfter} error={error} />
      <button
        type="button"
        class="button button--primary"
        onClick={() => {
          if (after === undefined) {
            setError('Please move the slider to say how much it hurts now.');
            document.getElementById('pain-after')?.focus();
            return;
          }
          props.onRate(after);
        }}
      >
        See the change
      </button>
    </section>
  );
}

/** "Moderate" rather than the whole sentence, for the small before/after boxes. */
const shortWords = (rating: number): string => painWords(rating).split(':')[0] ?? '';

function changeWords(change: number): string {
  if (change <= -MEANINGFUL_RELIEF) return `Your pain is lower. A drop of ${MEANINGFUL_RELIEF} or more is a change most people notice. The relief may not last long: keep moving gently through the day.`;
  if (change < 0) return 'Your pain is a little lower. Relief from massage often lasts a short while: gentle movement helps too.';
  if (change === 0) return 'Your pain is the same. Massage does not help everyone. Gentle movement and staying active still help most people.';
  return 'Your pain is higher. Please rest, and do not massage that place again today. If it stays worse, talk to a doctor or physiotherapist.';
}

export function DonePhase(props: { state: ClockState; steps: readonly PlanStep[] }) {
  const heading = useHeadingFocus();
  const before = props.state.before ?? 0;
  const after = props.state.after ?? 0;
  const change = after - before;
  // Only what was really done goes in the diary.
  const done = doneSteps(props.state).map((i) => props.steps[i]).filter((s): s is PlanStep => s !== undefined);
  return (
    <section class="session" aria-labelledby="session-h" data-testid="session-done">
      <h1 id="session-h" tabIndex={-1} ref={heading}>Your session is done</h1>
      <dl class="change">
        <Score label="Before" value={before} />
        <Score label="After" value={after} />
        <div>
          <dt>Change</dt>
          <dd data-testid="pain-change">{change === 0 ? 'No change' : change < 0 ? `${-change} lower` : `${change} higher`}</dd>
        </div>
      </dl>
      <p class="lead">{changeWords(change)}</p>
      <SaveSession
        before={before}
        after={after}
        techniques={done.map((step) => step.technique)}
        movements={done.flatMap((step) => (step.movement ? [step.movement] : []))}
        seconds={secondsSpent(props.state)}
      />
      <div class="actions">
        <Link href="/results" class="button button--secondary">Back to my results</Link>
      </div>
    </section>
  );
}

/** One pain score of the before-and-after list, with its words. */
function Score(props: { label: string; value: number }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>
        {props.value} <span class="hint">{shortWords(props.value)}</span>
      </dd>
    </div>
  );
}
