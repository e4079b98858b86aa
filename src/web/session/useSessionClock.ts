import { useEffect, useReducer, useRef } from 'preact/hooks';
import { initialClock, progressOf, sessionClock, type ClockAction, type ClockState } from './clock.js';
import { saveProgress } from './progress.js';
import { useWakeLock } from './wake-lock.js';

// The session clock in the page: ticks the pure reducer (clock.ts) by real time times `speed`, stands
// still while the tab is hidden (a phone that sleeps picks up where it was, not minutes later), keeps
// the screen on while it runs, and saves the progress in this tab's storage at every change that matters.

const TICK_MS = 100;
const MAX_TICK_MS = 1000;

export function useSessionClock(steps: readonly number[], plan: string, speed: number): [ClockState, (action: ClockAction) => void] {
  const [state, dispatch] = useReducer(sessionClock, steps, initialClock);
  const last = useRef(0);
  const running = state.phase === 'running' && !state.paused;

  useEffect(() => {
    if (!running) return;
    last.current = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      // A hidden tab, or a gap longer than a tick can be (the phone slept), does not count: the step
      // carries on where it was when the person looks again.
      const real = now - last.current;
      last.current = now;
      if (document.visibilityState === 'visible' && real <= MAX_TICK_MS) dispatch({ type: 'tick', seconds: (real / 1000) * speed });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [running, speed]);

  useWakeLock(running);

  // Whole seconds are enough: a reload carries on within a second of where it was.
  const wholeSeconds = Math.ceil(state.left);
  useEffect(() => {
    if (state.phase !== 'before') saveProgress(progressOf(state, plan));
  }, [state.phase, state.index, state.paused, wholeSeconds, plan]);

  return [state, dispatch];
}
