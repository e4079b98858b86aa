import { describe, expect, it } from 'vitest';
import { MOVEMENT_IDS, MOVEMENTS } from '../../src/core/index.js';
import { backrub, STACK_FRAME } from './run.js';

const intake = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    age: 35, areas: ['lower-back', 'neck'], pattern: 'widespread', quality: ['dull-ache'], intensity: 4, durationDays: 10,
    causes: ['desk-posture'], conditions: [], symptoms: [], ...overrides,
  });

describe('backrub movements and movement <id>', () => {
  it('lists every movement with how much to do', () => {
    const run = backrub(['movements']);
    expect(run.code).toBe(0);
    for (const id of MOVEMENT_IDS) expect(run.stdout).toContain(id);
    expect(run.stdout).toContain('8 times, slowly');
    expect(run.stdout).toContain('backrub movement <id>');
  });

  it('--json prints the library', () => {
    const run = backrub(['movements', '--json']);
    expect(JSON.parse(run.stdout)).toEqual(MOVEMENT_IDS.map((id) => MOVEMENTS[id]));
  });

  it('shows one movement: steps, dose, what to feel, when to stop, sources', () => {
    const run = backrub(['movement', 'glute-bridge']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bridge');
    expect(run.stdout).toContain('How much: 8 times, slowly');
    expect(run.stdout).toMatch(/What you should feel/);
    expect(run.stdout).toMatch(/Stop if/);
    expect(run.stdout).toContain('[COCH21]');
  });

  it('exits 2 for an unknown id and lists the valid ones', () => {
    const run = backrub(['movement', 'headstand']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown movement "headstand"');
    for (const id of MOVEMENT_IDS) expect(run.stderr).toContain(id);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('backrub assess: the movement part of the report', () => {
  it('lists the session movements, the movements left out and why, the activity goal and the desk checklist', () => {
    const run = backrub(['assess', '--input', '-'], { input: intake({ conditions: ['osteoporosis'] }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Stretches and movement in your session');
    // The session lists the step by its title (decision 0065).
    expect(run.stdout).toMatch(/\d+\. Pelvic tilt, for your lower back, \d+ (min|s)/);
    expect(run.stdout).toContain('Movements to leave out');
    expect(run.stdout).toMatch(/Knee to chest stretch: Your bones may be weaker/);
    expect(run.stdout).toContain('Stay active');
    expect(run.stdout).toContain('Posture checklist');
  });

  it('prints the daily routine when the person asks for one', () => {
    const run = backrub(['assess', '--input', '-'], { input: intake({ goals: ['daily-routine'] }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Your daily movement routine \(about \d+ minutes\)/);
    expect(run.stdout).not.toContain('Stretches and movement in your session');
  });

  it('says nothing about movement when massage is not advised', () => {
    const run = backrub(['assess', '--input', '-'], { input: intake({ symptoms: ['fever'] }) });
    expect(run.stdout).toContain('URGENT: See a doctor today');
    expect(run.stdout).not.toContain('Stretches and movement');
    expect(run.stdout).not.toContain('Movements to leave out');
    expect(run.stdout).not.toContain('Stay active');
  });
});
