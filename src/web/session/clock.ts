import type { SessionProgress } from '../../core/session-progress.js';

// The guided session as a pure state machine: which phase, which step, the time left and what was done.
// The view only sends actions and draws the state, so the rules (a step ends, a skip counts what was
// done, a resumed session carries on where it was) are tested without a browser (clock.test.ts).

export type Phase = 'before' | 'running' | 'stopped' | 'after' | 'done';

export interface ClockState {
  phase: Phase;
  /** Each step's length in seconds, in order. */
  steps: readonly number[];
  index: number;
  left: number;
  paused: boolean;
  /** Seconds actually spent on each step (a skipped step counts what was done before skipping). */
  spent: number[];
  before?: number;
  after?: number;
}

export type ClockAction =
  | { type: 'start'; before: number }
  | { type: 'tick'; seconds: number }
  | { type: 'toggle-pause' }
  | { type: 'pause' }
  | { type: 'skip' }
  | { type: 'stop' }
  | { type: 'rate-after'; after: number }
  | { type: 'resume'; progress: SessionProgress }
  | { type: 'start-again' };

export function initialClock(steps: readonly number[]): ClockState {
  return { phase: 'before', steps, index: 0, left: steps[0] ?? 0, paused: false, spent: [] };
}

/** The current step is over (ended or skipped): record its time, then the next step or the after-score. */
function nextStep(state: ClockState): ClockState {
  const length = state.steps[state.index] ?? 0;
  const spent = Object.assign([...state.spent], { [state.index]: length - Math.max(0, state.left) });
  const index = state.index + 1;
  if (index >= state.steps.length) return { ...state, spent, phase: 'after', paused: false, left: 0 };
  return { ...state, spent, index, left: state.steps[index] ?? 0 };
}

export function sessionClock(state: ClockState, action: ClockAction): ClockState {
  switch (action.type) {
    case 'start':
      return { ...initialClock(state.steps), phase: 'running', before: action.before };
    case 'tick': {
      if (state.phase !== 'running' || state.paused || action.seconds <= 0) return state;
      const left = state.left - action.seconds;
      return left <= 0 ? nextStep({ ...state, left }) : { ...state, left };
    }
    case 'toggle-pause':
      return state.phase === 'running' ? { ...state, paused: !state.paused } : state;
    case 'pause':
      return state.phase === 'running' ? { ...state, paused: true } : state;
    case 'skip':
      return state.phase === 'running' ? nextStep(state) : state;
    case 'stop':
      return state.phase === 'running' ? { ...state, phase: 'stopped', paused: false } : state;
    case 'rate-after':
      return state.phase === 'after' ? { ...state, phase: 'done', after: action.after } : state;
    case 'resume': {
      const { progress } = action;
      const length = state.steps[progress.index];
      if (state.phase !== 'before' || (progress.phase === 'running' && length === undefined)) return state;
      const left = progress.phase === 'running' ? Math.min(progress.left, length ?? 0) : 0;
      const spent = progress.spent.map((n) => n ?? 0);
      return { ...state, phase: progress.phase, index: progress.index, left, paused: false, before: progress.before, spent };
    }
    case 'start-again':
      return initialClock(state.steps);
  }
}

/** What a reload needs to carry on, or undefined when there is nothing to carry on. */
export function progressOf(state: ClockState, plan: string): SessionProgress | undefined {
  if ((state.phase !== 'running' && state.phase !== 'after') || state.before === undefined) return undefined;
  return { version: 1, plan, phase: state.phase, index: state.index, left: Math.max(0, state.left), before: state.before, spent: state.spent };
}

/** Seconds spent in all, for the diary. */
export const secondsSpent = (state: ClockState): number => state.spent.reduce((sum, n) => sum + (n ?? 0), 0);

/** Steps that count as done: a step skipped within its first 10 seconds does not. */
export const doneSteps = (state: ClockState): number[] =>
  state.steps.flatMap((length, i) => ((state.spent[i] ?? 0) >= Math.min(10, length) ? [i] : []));

/** The time left as a clock shows it: 90.2 seconds is "1:31". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
