import { describe, expect, it } from 'vitest';
import type { Intake } from '../../src/core/index.js';
import { selfCare } from './fixtures.js';
import { backrub } from './run.js';

// The readable report's words for the ranking (issue 11 points 7-9): fit in words, not a percentage;
// "nothing fits" said, with the nearest options; how long the pain has lasted in words people use.
const report = (intake: Intake) => backrub(['assess', '--input', '-'], { input: JSON.stringify(intake) });
const flat = (text: string) => text.replace(/\s+/g, ' ');
const ranked = (stdout: string) => [...stdout.matchAll(/^ {2}\d+\. (.+?) \(/gm)].map((m) => m[1]);

describe('backrub assess: ranking in words', () => {
  it('says how well each technique matches in words, never as a percentage', () => {
    const run = report(selfCare);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\d+ ?%/);
    expect(run.stdout).toMatch(/matches (many|some|few) of your answers/);
  });

  it('ranks an unanswered pressure exactly as the pre-chosen "medium" the interview offers', () => {
    const { pressure: _p, ...unanswered } = { ...selfCare, pressure: 'medium' as const };
    const stated = ranked(report({ ...selfCare, pressure: 'medium' }).stdout);
    expect(stated.length).toBeGreaterThan(2);
    expect(ranked(report(unanswered).stdout)).toEqual(stated);
  });

  it('mid-back at home with no ball or roller: says nothing fits and offers the nearest options', () => {
    const run = report({ ...selfCare, areas: ['mid-back'], setting: 'home', equipment: [] });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nothing fits exactly: the nearest options');
    expect(flat(run.stdout)).toContain('Nothing you can do at home with what you have reaches the place that hurts');
    const options = ranked(run.stdout);
    expect(options.length).toBeGreaterThan(0);
    expect(options).toContain('Tennis ball against a wall');
    expect(run.stdout).toContain('nearest option');
  });

  it('says a long spell of pain in years, not hundreds of weeks', () => {
    const run = report({ ...selfCare, durationDays: 3650 });
    expect(flat(run.stdout)).toContain('Your pain has lasted 10 years.');
    expect(run.stdout).not.toMatch(/\d{3,} weeks/);
  });
});
