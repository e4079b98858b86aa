import { useEffect, useRef } from 'preact/hooks';
import { STEPS, stepIndexOf } from './steps.js';

/**
 * One browser history entry per wizard step, so the browser's (or Android's) Back button goes to the
 * previous question instead of leaving the wizard. The step sits in the address, `/check?step=<id>`, so a
 * link (e.g. "change this answer" on the results page) can open one step, by step id or question id.
 * The path stays /check: the app's router sees the same page and keeps the wizard mounted.
 */
const PARAM = 'step';
const PATH = '/check';

interface StepState {
  /** The step this entry was pushed from: the wizard's own Back button then goes back in history. */
  wizardFrom?: string;
}

export const stepAddress = (index: number): string => `${PATH}?${PARAM}=${encodeURIComponent(STEPS[index]?.id ?? '')}`;

/** The step the address names, if it names one the wizard has. */
export function stepInAddress(): number | undefined {
  if (window.location.pathname.replace(/\/+$/, '') !== PATH) return undefined;
  return stepIndexOf(new URLSearchParams(window.location.search).get(PARAM));
}

const stateOf = (): StepState => (history.state && typeof history.state === 'object' ? (history.state as StepState) : {});

/** A new history entry for a step the person moves to. */
export function pushStep(from: number, to: number): void {
  history.pushState({ ...stateOf(), wizardFrom: STEPS[from]?.id } satisfies StepState, '', stepAddress(to));
}

/** Makes the address name the step on screen, without a new entry (first load, or a step that no longer applies). */
export function showStepInAddress(index: number): void {
  if (stepInAddress() !== index || new URLSearchParams(window.location.search).get(PARAM) !== STEPS[index]?.id) {
    history.replaceState(history.state, '', stepAddress(index) + window.location.hash);
  }
}

/** True when this entry was pushed from `index`, so going back to it is one step back in history. */
export const cameFrom = (index: number): boolean => stateOf().wizardFrom === STEPS[index]?.id;

/** Calls `onStep` with the step the address names after the browser's Back or Forward. */
export function useStepPopstate(onStep: (index: number) => void): void {
  const latest = useRef(onStep);
  latest.current = onStep;
  useEffect(() => {
    const listener = () => {
      const index = stepInAddress();
      if (index !== undefined) latest.current(index);
    };
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);
}
