import { describe, expect, it } from 'vitest';
import { SessionProgressSchema } from '../../core/session-progress.js';
import { clock, doneSteps, initialClock, progressOf, secondsSpent, sessionClock, type ClockAction, type ClockState } from './clock.js';

// The session's rules without a browser: what a person sees after each tap or second.

const STEPS = [120, 90, 60];
const run = (state: ClockState, ...actions: ClockAction[]) => actions.reduce(sessionClock, state);
const started = () => run(initialClock(STEPS), { type: 'start', before: 6 });
const ticks = (seconds: number, each = 0.1) => Array.from({ length: Math.round(seconds / each) }, (): ClockAction => ({ type: 'tick', seconds: each }));

describe('the session clock', () => {
  it('starts at the first step with its whole time and the pain score before', () => {
    expect(started()).toMatchObject({ phase: 'running', index: 0, left: 120, paused: false, before: 6 });
  });

  it('counts down, and moves to the next step with its own time when a step ends', () => {
    const state = run(started(), ...ticks(119));
    expect(state.index).toBe(0);
    expect(state.left).toBeCloseTo(1, 5);
    expect(clock(0.4)).toBe('0:01');
    expect(clock(90)).toBe('1:30');
    const next = run(state, { type: 'tick', seconds: 1.5 });
    expect(next).toMatchObject({ index: 1, left: 90 });
    expect(next.spent[0]).toBe(120);
  });

  it('does not count while paused, and counts again after resume', () => {
    const paused = run(started(), ...ticks(10), { type: 'toggle-pause' }, ...ticks(30));
    expect(paused.paused).toBe(true);
    expect(Math.round(paused.left)).toBe(110);
    expect(Math.round(run(paused, { type: 'toggle-pause' }, ...ticks(5)).left)).toBe(105);
  });

  it('counts only what was done on a skipped step, and a skip in the first 10 seconds is not a step done', () => {
    const state = run(started(), ...ticks(5), { type: 'skip' }, ...ticks(30), { type: 'skip' }, { type: 'skip' });
    expect(state.phase).toBe('after');
    expect(state.spent.map((n) => Math.round(n))).toEqual([5, 30, 0]);
    expect(doneSteps(state)).toEqual([1]);
    expect(Math.round(secondsSpent(state))).toBe(35);
  });

  it('ends in the after-score, then done with both scores', () => {
    const end = run(started(), { type: 'skip' }, { type: 'skip' }, { type: 'skip' });
    expect(end.phase).toBe('after');
    expect(run(end, { type: 'tick', seconds: 5 })).toBe(end);
    expect(run(end, { type: 'rate-after', after: 3 })).toMatchObject({ phase: 'done', before: 6, after: 3 });
  });

  it('stops at once for sharp pain, and nothing runs after', () => {
    const stopped = run(started(), ...ticks(3), { type: 'stop' });
    expect(stopped.phase).toBe('stopped');
    expect(run(stopped, { type: 'tick', seconds: 200 }, { type: 'skip' })).toBe(stopped);
  });

  it('carries on after a reload at the same step, with the time left and the score before', () => {
    const before = run(started(), ...ticks(120.1), ...ticks(20));
    const progress = SessionProgressSchema.parse(JSON.parse(JSON.stringify(progressOf(before, 'plan-a'))));
    const resumed = run(initialClock(STEPS), { type: 'resume', progress });
    expect(resumed).toMatchObject({ phase: 'running', index: 1, paused: false, before: 6 });
    expect(Math.round(resumed.left)).toBe(70);
    expect(resumed.spent[0]).toBe(120);
  });

  it('does not resume progress that cannot belong to these steps', () => {
    const progress = { version: 1 as const, plan: 'x', phase: 'running' as const, index: 7, left: 30, before: 4, spent: [] };
    expect(run(initialClock(STEPS), { type: 'resume', progress }).phase).toBe('before');
    // More time left than the step has is cut to the step's length.
    expect(run(initialClock(STEPS), { type: 'resume', progress: { ...progress, index: 2, left: 500 } }).left).toBe(60);
  });

  it('has nothing to carry on before the start, after stopping or when done', () => {
    expect(progressOf(initialClock(STEPS), 'p')).toBeUndefined();
    expect(progressOf(run(started(), { type: 'stop' }), 'p')).toBeUndefined();
    expect(progressOf(run(started(), { type: 'skip' }, { type: 'skip' }, { type: 'skip' }, { type: 'rate-after', after: 2 }), 'p')).toBeUndefined();
  });

  it('starts again from the first step with nothing kept', () => {
    expect(run(started(), { type: 'skip' }, { type: 'start-again' })).toEqual(initialClock(STEPS));
  });
});
