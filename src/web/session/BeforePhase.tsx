import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanStep } from '../../core/assessment.js';
import { Icon } from '../components/Icon.js';
import { Link, PainSlider } from '../components/ui.js';
import { formatMinutes } from '../results/words.js';
import { beep, type CuePrefs } from './cues.js';
import { StepList } from './steps.js';

// Before the session: the checklist, the pain score now, the optional cues and the steps.

const READY = [
  ['warm', 'I am warm: I had a warm (not hot) shower or used a warm pack.'],
  ['water', 'I have water within reach.'],
  ['space', 'I have a quiet space, and what I need for the steps.'],
  ['stop', 'I know I must stop if I feel sharp or growing pain.'],
] as const;

export function BeforePhase(props: {
  steps: readonly PlanStep[];
  speedNote: ComponentChildren;
  prefs: CuePrefs;
  onPrefs: (prefs: CuePrefs) => void;
  onStart: (before: number) => void;
}) {
  const { steps, prefs } = props;
  const [checks, setChecks] = useState<string[]>([]);
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const totalSeconds = steps.reduce((sum, s) => sum + s.seconds, 0);
  const cue = (key: keyof CuePrefs) => (e: Event) => props.onPrefs({ ...prefs, [key]: (e.currentTarget as HTMLInputElement).checked });
  return (
    <section class="session" aria-labelledby="session-h">
      <h1 id="session-h" tabIndex={-1} ref={heading}>Before you start</h1>
      {props.speedNote}
      <p class="lead">
        This session has {steps.length} steps and takes {formatMinutes(totalSeconds)}. Go gently. Never press on your spine.
      </p>
      <fieldset class="choices">
        <legend>Check you are ready</legend>
        {READY.map(([id, text]) => (
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
          <input type="checkbox" id="cue-beep" checked={prefs.beep} onChange={cue('beep')} />
          <label for="cue-beep"><span class="choice__label">Play a short beep</span></label>
        </div>
        <div class="choice">
          <input type="checkbox" id="cue-speak" checked={prefs.speak} onChange={cue('speak')} />
          <label for="cue-speak"><span class="choice__label">Read each step out loud</span></label>
        </div>
      </fieldset>
      <h2>The steps</h2>
      <StepList steps={steps} />
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
            props.onStart(before);
          }}
        >
          <Icon name="play" /> Start the session
        </button>
      </div>
    </section>
  );
}
