import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanStep } from '../../core/assessment.js';
import { MEANINGFUL_RELIEF } from '../../core/learning.js';
import { safetyKey } from '../../core/session-plan.js';
import type { Answers } from '../answers.js';
import { useConfig } from '../config.js';
import { Icon } from '../components/Icon.js';
import { Link, PainSlider, painWords } from '../components/ui.js';
import { optionLabel } from '../labels.js';
import { searchParam } from '../router.js';
import { assessmentFor, formatMinutes, Reasons, showsOnlyTheAction, stepTitle } from './Results.js';
import { TriageBanner } from '../components/TriageBanner.js';
import { SaveSession } from '../account/SaveSession.js';
import { doseWords, MOVEMENTS } from '../../core/knowledge/movements.js';
import { MovementFigure } from '../movement/figures.js';
import type { BodyArea } from '../../core/vocabulary.js';
import '../movement/movement.css';

// The guided home session: checklist and a pain rating, then each step with a countdown, then the
// rating again and the change. Time can run faster with ?speed=N (1-100): for a quick try-out of the
// flow, for demonstrations and for the end-to-end tests. The app says so on screen when it is on.

type Phase = 'before' | 'running' | 'stopped' | 'after' | 'done';

const PREFS_KEY = 'backrub.session-prefs.v1';
interface Prefs {
  beep: boolean;
  speak: boolean;
}

function loadPrefs(): Prefs {
  try {
    return { beep: false, speak: false, ...(JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>) };
  } catch {
    return { beep: false, speak: false };
  }
}

export function sessionSpeed(): number {
  const raw = Number(searchParam('speed') ?? '1');
  return Number.isFinite(raw) ? Math.min(100, Math.max(1, raw)) : 1;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

let audio: AudioContext | null = null;
function beep() {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.32);
  } catch {
    // No sound available: the screen still changes.
  }
}

function say(text: string) {
  if (!('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

/** "Moderate" rather than the whole sentence, for the small before/after boxes. */
function shortWords(rating: number): string {
  return painWords(rating).split(':')[0] ?? '';
}

function stepHeading(s: PlanStep): string {
  if (s.movement) return `${stepTitle(s.technique, s.movement)}, for your ${optionLabel('areas', s.area as BodyArea).toLowerCase()}`;
  const where = s.area === 'whole-back' ? '' : ` on your ${optionLabel('areas', s.area).toLowerCase()}`;
  return `${stepTitle(s.technique)}${where}`;
}

export default function Session(props: { answers: Answers }) {
  const { emergencyNumber } = useConfig();
  const result = assessmentFor(props.answers);
  // ?routine=1 plays the daily movement routine with the same player (decision 0052).
  const routine = searchParam('routine') === '1';
  const plan = result?.assessment.massageAdvised ? result.assessment.plan : undefined;
  const steps = (routine ? plan?.routine?.steps : plan?.steps) ?? [];
  const totalSeconds = steps.reduce((sum, s) => sum + s.seconds, 0);
  const speed = sessionSpeed();

  const [phase, setPhase] = useState<Phase>('before');
  const [index, setIndex] = useState(0);
  const [left, setLeft] = useState(steps[0]?.seconds ?? 0);
  const [paused, setPaused] = useState(false);
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [after, setAfter] = useState<number | undefined>(undefined);
  const [checks, setChecks] = useState<string[]>([]);
  const [prefs, setPrefs] = useState<Prefs>(loadPrefs);
  const [error, setError] = useState<string | undefined>(undefined);
  const [announce, setAnnounce] = useState('');
  // Seconds actually spent on each step (a skipped step counts what was done before skipping).
  const [spent, setSpent] = useState<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const last = useRef(0);

  useEffect(() => heading.current?.focus(), [phase]);

  // Cue each new step: words for screen readers, and a beep or spoken words if the person chose them.
  useEffect(() => {
    if (phase !== 'running') return;
    const s = steps[index];
    if (!s) return;
    setAnnounce(`Step ${index + 1} of ${steps.length}: ${stepHeading(s)}. ${formatMinutes(s.seconds)}.`);
    if (prefs.beep) beep();
    if (prefs.speak) say(`${stepHeading(s)}. ${s.instructions}`);
  }, [phase, index]);

  useEffect(() => {
    if (phase !== 'running' || paused) return;
    last.current = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      const passed = ((now - last.current) / 1000) * speed;
      last.current = now;
      setLeft((l) => l - passed);
    }, 100);
    return () => window.clearInterval(timer);
  }, [phase, paused, index, speed]);

  useEffect(() => {
    if (phase === 'running' && left <= 0) nextStep();
  }, [left, phase]);

  const nextStep = () => {
    const current = steps[index];
    if (current) setSpent((done) => Object.assign([...done], { [index]: current.seconds - Math.max(0, left) }));
    const n = index + 1;
    if (n >= steps.length) {
      setPhase('after');
      setAnnounce('All steps done.');
      if (prefs.beep) beep();
      return;
    }
    setIndex(n);
    setLeft(steps[n]?.seconds ?? 0);
  };

  const setPref = (p: Prefs) => {
    setPrefs(p);
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify(p));
    } catch {
      /* not stored: fine */
    }
  };

  const speedNote = speed > 1 && (
    <p class="notice" data-testid="speed-note">
      Fast mode: time runs {speed} times faster than normal.
    </p>
  );

  if (result && showsOnlyTheAction(result.assessment.triage)) {
    // No session, and no words about one: the action and the reasons, as on the results page.
    return (
      <section aria-labelledby="session-h" data-testid="session-action-only">
        <TriageBanner level={result.assessment.triage} action={result.assessment.action} headingId="session-h" />
        <Reasons reasons={result.assessment.reasons} />
      </section>
    );
  }

  if (!result || steps.length === 0) {
    return (
      <section aria-labelledby="session-h">
        <h1 id="session-h" tabIndex={-1} ref={heading}>No home session for now</h1>
        <p>
          {result
            ? 'Your answers do not point to massage at home right now. Please read your results first.'
            : 'Please answer the questions first, so backrub can check it is safe and build a plan for you.'}
        </p>
        <Link href={result ? '/results' : '/check'} class="button button--primary">
          {result ? 'Back to my results' : 'Start the questions'}
        </Link>
      </section>
    );
  }

  if (phase === 'before') {
    const items = [
      ['warm', 'I am warm: I had a warm shower or used a warm pack.'],
      ['water', 'I have water within reach.'],
      ['space', 'I have a quiet space, and what I need for the steps.'],
      ['stop', 'I know I must stop if I feel sharp or growing pain.'],
    ] as const;
    return (
      <section class="session" aria-labelledby="session-h">
        <h1 id="session-h" tabIndex={-1} ref={heading}>Before you start</h1>
        {speedNote}
        <p class="lead">
          This session has {steps.length} steps and takes {formatMinutes(totalSeconds)}. Go gently. Never
          press on your spine.
        </p>
        <fieldset class="choices">
          <legend>Check you are ready</legend>
          {items.map(([id, text]) => (
            <div class="choice" key={id}>
              <input
                type="checkbox"
                id={`ready-${id}`}
                checked={checks.includes(id)}
                onChange={(e) => setChecks((c) => ((e.currentTarget as HTMLInputElement).checked ? [...c, id] : c.filter((x) => x !== id)))}
              />
              <label for={`ready-${id}`}>
                <span class="choice__label">{text}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <PainSlider id="pain-before" label="How much does it hurt now?" hint="0 means no pain. 10 means the worst pain you can imagine." value={before} onChange={setBefore} error={error} />
        <fieldset class="choices">
          <legend>Cues when a step changes (optional)</legend>
          <div class="choice">
            <input type="checkbox" id="cue-beep" checked={prefs.beep} onChange={(e) => setPref({ ...prefs, beep: (e.currentTarget as HTMLInputElement).checked })} />
            <label for="cue-beep"><span class="choice__label">Play a short beep</span></label>
          </div>
          <div class="choice">
            <input type="checkbox" id="cue-speak" checked={prefs.speak} onChange={(e) => setPref({ ...prefs, speak: (e.currentTarget as HTMLInputElement).checked })} />
            <label for="cue-speak"><span class="choice__label">Read each step out loud</span></label>
          </div>
        </fieldset>
        <h2>The steps</h2>
        <ol class="plan">
          {steps.map((s, i) => (
            <li key={i}>
              <strong>{stepHeading(s)}</strong> ({formatMinutes(s.seconds)})
            </li>
          ))}
        </ol>
        <div class="wizard__nav">
          <Link href="/results" class="button button--secondary">Back to results</Link>
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              if (before === undefined) {
                setError('Please move the slider to say how much it hurts now. Then you can see the change at the end.');
                document.getElementById('pain-before')?.focus();
                return;
              }
              if (prefs.beep) beep(); // also unlocks sound on this tap, as browsers require
              setError(undefined);
              setSpent([]);
              setIndex(0);
              setLeft(steps[0]?.seconds ?? 0);
              setPhase('running');
            }}
          >
            <Icon name="play" /> Start the session
          </button>
        </div>
      </section>
    );
  }

  if (phase === 'running') {
    const s = steps[index] as PlanStep;
    // The plan says each kind of step's safety list once; the player shows it on every step of that kind.
    const safety = result.assessment.plan.safety[safetyKey(s)] ?? [];
    const fraction = Math.max(0, Math.min(1, left / s.seconds));
    const circumference = 2 * Math.PI * 54;
    return (
      <section class="session session--running" aria-labelledby="session-h">
        <p class="visually-hidden" aria-live="polite">{announce}</p>
        <p class="progress__text">
          Step {index + 1} of {steps.length}
        </p>
        <h1 id="session-h" tabIndex={-1} ref={heading}>
          {stepHeading(s)}
        </h1>
        {speedNote}
        <div class="countdown" role="timer" aria-label="Time left in this step" data-testid="countdown">
          <svg viewBox="0 0 120 120" aria-hidden="true" class="countdown__ring">
            <circle cx="60" cy="60" r="54" class="countdown__track" />
            <circle
              cx="60"
              cy="60"
              r="54"
              class="countdown__bar"
              stroke-dasharray={String(circumference)}
              stroke-dashoffset={String(circumference * (1 - fraction))}
              transform="rotate(-90 60 60)"
            />
          </svg>
          <span class="countdown__time">{clock(left)}</span>
          {paused && <span class="countdown__paused">Paused</span>}
        </div>
        {s.movement && (
          <div class="movement-step" data-testid="movement-step">
            <MovementFigure id={s.movement} title={`Drawing: ${MOVEMENTS[s.movement].position.toLowerCase()}.`} />
            {s.reps && <p class="dose" data-testid="reps">{doseWords(MOVEMENTS[s.movement].dose)}. Count them as you go.</p>}
          </div>
        )}
        <p class="step-instructions">{s.instructions}</p>
        {safety.length > 0 && (
          <ul class="cautions">
            {safety.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
        <div class="player-controls">
          <button type="button" class="button button--secondary" onClick={() => setPaused((p) => !p)} aria-pressed={paused ? 'true' : 'false'}>
            <Icon name={paused ? 'play' : 'pause'} /> {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" class="button button--secondary" onClick={nextStep}>
            <Icon name="skip" /> {index + 1 < steps.length ? 'Skip to next step' : 'Finish'}
          </button>
        </div>
        <div class="stop-bar">
          <button
            type="button"
            class="button button--danger"
            onClick={() => {
              window.speechSynthesis?.cancel();
              setPhase('stopped');
            }}
          >
            <Icon name="stop" /> Sharp pain? Stop now
          </button>
        </div>
      </section>
    );
  }

  if (phase === 'stopped') {
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
          <li>
            If you feel numbness, weakness in your legs, or changes when you pee or poo, get help now: call {emergencyNumber}.
          </li>
        </ul>
        <div class="actions">
          <Link href="/results" class="button button--primary">Back to my results</Link>
        </div>
      </section>
    );
  }

  if (phase === 'after') {
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
            setError(undefined);
            setPhase('done');
          }}
        >
          See the change
        </button>
      </section>
    );
  }

  const change = (after ?? 0) - (before ?? 0);
  return (
    <section class="session" aria-labelledby="session-h" data-testid="session-done">
      <h1 id="session-h" tabIndex={-1} ref={heading}>Your session is done</h1>
      <dl class="change">
        <div>
          <dt>Before</dt>
          <dd>
            {before} <span class="hint">{shortWords(before ?? 0)}</span>
          </dd>
        </div>
        <div>
          <dt>After</dt>
          <dd>
            {after} <span class="hint">{shortWords(after ?? 0)}</span>
          </dd>
        </div>
        <div>
          <dt>Change</dt>
          <dd data-testid="pain-change">{change === 0 ? 'No change' : change < 0 ? `${-change} lower` : `${change} higher`}</dd>
        </div>
      </dl>
      <p class="lead">
        {change <= -MEANINGFUL_RELIEF
          ? `Your pain is lower. A drop of ${MEANINGFUL_RELIEF} or more is a change most people notice. The relief may not last long: keep moving gently through the day.`
          : change < 0
            ? 'Your pain is a little lower. Relief from massage often lasts a short while: gentle movement helps too.'
            : change === 0
              ? 'Your pain is the same. Massage does not help everyone. Gentle movement and staying active still help most people.'
              : 'Your pain is higher. Please rest, and do not massage that place again today. If it stays worse, talk to a doctor or physiotherapist.'}
      </p>
      <SaveSession
        before={before ?? 0}
        after={after ?? 0}
        // Only what was really done goes in the diary: a step skipped within its first 10 seconds does not count.
        techniques={steps.filter((step, i) => (spent[i] ?? 0) >= Math.min(10, step.seconds)).map((step) => step.technique)}
        movements={steps.filter((step, i) => step.movement && (spent[i] ?? 0) >= Math.min(10, step.seconds)).map((step) => step.movement ?? '')}
        seconds={spent.reduce((sum, n) => sum + (n ?? 0), 0)}
      />
      <div class="actions">
        <Link href="/results" class="button button--secondary">Back to my results</Link>
      </div>
    </section>
  );
}
