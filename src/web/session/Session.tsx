import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlanStep } from '../../core/assessment.js';
import type { Answers } from '../answers.js';
import { useConfig } from '../config.js';
import { TriageBanner } from '../components/TriageBanner.js';
import { Link } from '../components/ui.js';
import { searchParam } from '../router.js';
import { assessmentFor, Reasons, showsOnlyTheAction } from '../results/outcome.js';
import { formatMinutes } from '../results/words.js';
import { BeforePhase } from './BeforePhase.js';
import { beep, hush, loadCuePrefs, saveCuePrefs, say, type CuePrefs } from './cues.js';
import { AfterPhase, DonePhase, StoppedPhase } from './EndPhases.js';
import { loadProgress, planName, saveProgress } from './progress.js';
import { ResumeOffer } from './ResumeOffer.js';
import { RunningPhase } from './RunningPhase.js';
import { stepName } from './steps.js';
import { useSessionClock } from './useSessionClock.js';

// The guided home session: checklist and a pain rating, then each step with a countdown, then the
// rating again and the change. Time can run faster with ?speed=N (1-100): for a quick try-out of the
// flow, for demonstrations and for the end-to-end tests. The app says so on screen when it is on.

export function sessionSpeed(): number {
  const raw = Number(searchParam('speed') ?? '1');
  return Number.isFinite(raw) ? Math.min(100, Math.max(1, raw)) : 1;
}

const NO_STEPS: PlanStep[] = [];

export default function Session(props: { answers: Answers }) {
  const result = assessmentFor(props.answers);
  // ?routine=1 plays the daily movement routine with the same player (decision 0052).
  const routine = searchParam('routine') === '1';
  const plan = result?.assessment.massageAdvised ? result.assessment.plan : undefined;
  const steps = (routine ? plan?.routine?.steps : plan?.steps) ?? NO_STEPS;

  if (result && showsOnlyTheAction(result.assessment.triage)) {
    // No session, and no words about one: the action and the reasons, as on the results page.
    return (
      <section aria-labelledby="session-h" data-testid="session-action-only">
        <TriageBanner level={result.assessment.triage} action={result.assessment.action} headingId="session-h" />
        <Reasons reasons={result.assessment.reasons} />
      </section>
    );
  }
  if (!result || !plan || steps.length === 0) return <NoSession answered={result !== undefined} />;
  return <Player steps={steps} safety={plan.safety} />;
}

function NoSession(props: { answered: boolean }) {
  return (
    <section aria-labelledby="session-h">
      <h1 id="session-h" tabIndex={-1}>No home session for now</h1>
      <p>
        {props.answered
          ? 'Your answers do not point to massage at home right now. Please read your results first.'
          : 'Please answer the questions first, so backrub can check it is safe and build a plan for you.'}
      </p>
      <Link href={props.answered ? '/results' : '/check'} class="button button--primary">
        {props.answered ? 'Back to my results' : 'Start the questions'}
      </Link>
    </section>
  );
}

function Player(props: { steps: readonly PlanStep[]; safety: Parameters<typeof RunningPhase>[0]['safety'] }) {
  const { steps } = props;
  const { emergencyNumber } = useConfig();
  const speed = sessionSpeed();
  const plan = useMemo(() => planName(steps), [steps]);
  const lengths = useMemo(() => steps.map((s) => s.seconds), [steps]);
  const [state, dispatch] = useSessionClock(lengths, plan, speed);
  const [saved, setSaved] = useState(() => loadProgress(plan));
  const [prefs, setPrefs] = useState<CuePrefs>(loadCuePrefs);
  const [announce, setAnnounce] = useState('');

  // Cue each new step: words for screen readers, and a beep or spoken words if the person chose them.
  useEffect(() => {
    if (state.phase === 'after') {
      setAnnounce('All steps done.');
      if (prefs.beep) beep();
    }
    const s = steps[state.index];
    if (state.phase !== 'running' || !s) return;
    setAnnounce(`Step ${state.index + 1} of ${steps.length}: ${stepName(s)}. ${formatMinutes(s.seconds)}.`);
    if (prefs.beep) beep();
    if (prefs.speak) say(`${stepName(s)}. ${s.instructions}`);
  }, [state.phase, state.index]);

  const speedNote = speed > 1 && (
    <p class="notice" data-testid="speed-note">
      Fast mode: time runs {speed} times faster than normal.
    </p>
  );

  switch (state.phase) {
    case 'before':
      if (saved) {
        return (
          <ResumeOffer
            progress={saved}
            steps={steps}
            onResume={() => {
              dispatch({ type: 'resume', progress: saved });
              setSaved(undefined);
            }}
            onStartAgain={() => {
              saveProgress(undefined);
              setSaved(undefined);
            }}
          />
        );
      }
      return (
        <BeforePhase
          steps={steps}
          speedNote={speedNote}
          prefs={prefs}
          onPrefs={(p) => {
            setPrefs(p);
            saveCuePrefs(p);
          }}
          onStart={(before) => dispatch({ type: 'start', before })}
        />
      );
    case 'running':
      return (
        <RunningPhase
          state={state}
          steps={steps}
          safety={props.safety}
          announce={announce}
          speedNote={speedNote}
          dispatch={dispatch}
          onStop={() => {
            hush();
            dispatch({ type: 'stop' });
          }}
        />
      );
    case 'stopped':
      return <StoppedPhase emergencyNumber={emergencyNumber} />;
    case 'after':
      return <AfterPhase onRate={(after) => dispatch({ type: 'rate-after', after })} />;
    case 'done':
      return <DonePhase state={state} steps={steps} />;
  }
}
