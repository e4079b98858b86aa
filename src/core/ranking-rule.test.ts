import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { answeredIntake } from '../../test/support/intakes.js';
import { assess } from './assess.js';
import type { Recommendation } from './assessment.js';
import type { Intake } from './intake.js';
import { AREA_WORDS } from './knowledge/fit-rules.js';
import { TECHNIQUES } from './knowledge/techniques.js';
import { PREFERENCE_DEFAULTS } from './preference-defaults.js';
import { QUESTIONS } from './questions.js';
import { byBestFit, fitWords } from './ranking.js';

const PRESSURE = { light: 0, medium: 1, firm: 2 } as const;

describe('one ordering rule for "best fit first" (decision 0070)', () => {
  it('breaks a tie by the gentler pressure, not by the alphabet', () => {
    // Same score: deep tissue (firm, "d") sorts before Swedish (light, "s") by id; the rule puts Swedish first.
    const tie = (technique: Recommendation['technique']): Recommendation => ({ technique, setting: TECHNIQUES[technique].setting, score: 0.5, why: [], cautions: [] });
    expect([tie('deep-tissue'), tie('swedish')].sort(byBestFit).map((r) => r.technique)).toEqual(['swedish', 'deep-tissue']);
    // Then what needs no equipment: hands before a ball, though "hand" < "tennis" anyway, and before a roller.
    expect([tie('foam-roller'), tie('hand-massage')].sort(byBestFit).map((r) => r.technique)).toEqual(['hand-massage', 'foam-roller']);
  });

  it('every ranked list follows the rule: score, then gentler pressure, then no equipment, then at home', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const list = assess(intake).recommendations;
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          if (a.score !== b.score) {
            expect(a.score).toBeGreaterThan(b.score);
            continue;
          }
          const [ta, tb] = [TECHNIQUES[a.technique], TECHNIQUES[b.technique]];
          expect(PRESSURE[ta.pressure]).toBeLessThanOrEqual(PRESSURE[tb.pressure]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('an unanswered preference means the same everywhere', () => {
  it('the CLI pre-chooses the core default for "where" and "what pressure"', () => {
    expect(QUESTIONS.find((q) => q.field === 'pressure')?.default).toBe(PREFERENCE_DEFAULTS.pressure);
    expect(QUESTIONS.find((q) => q.field === 'setting')?.default).toBe(PREFERENCE_DEFAULTS.setting);
  });

  it('leaving pressure and setting out ranks exactly as choosing the defaults', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const { pressure: _p, setting: _s, ...unanswered } = intake;
        const chosen: Intake = { ...unanswered, ...PREFERENCE_DEFAULTS };
        expect(assess(unanswered).recommendations).toEqual(assess(chosen).recommendations);
      }),
      { numRuns: 300 },
    );
  });
});

describe('no two cards contradict each other', () => {
  const ownHands = /You can reach your (.+) with your own hands/;
  const beyondHands = /It reaches the muscles of your (.+?),? (?:that|which) hands cannot easily reach/;
  const named = (text: string | undefined) => Object.values(AREA_WORDS).filter((w) => text?.includes(w));

  it('the ball never claims to reach what the hand card says your hands reach', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const list = assess(intake).recommendations;
        const hands = named(list.find((r) => r.technique === 'hand-massage')?.why.join(' ').match(ownHands)?.[1]);
        const ball = named(list.find((r) => r.technique === 'tennis-ball')?.why.join(' ').match(beyondHands)?.[1]);
        expect(ball.filter((area) => hands.includes(area))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('for a lower back, the hand card and the ball card agree', () => {
    const list = assess(answeredIntake({ areas: ['lower-back'], equipment: ['tennis-ball'], setting: 'home' })).recommendations;
    const words = list.flatMap((r) => r.why).join(' ');
    expect(words).toMatch(/reach your lower back with your own hands/);
    expect(words).not.toMatch(/hands cannot/);
    expect(words).toMatch(/Leaning on a ball presses into your lower back/);
  });
});

describe('fit in words', () => {
  it('never reads like a chance of success', () => {
    for (let score = 0; score <= 1; score += 0.01) expect(fitWords(score)).not.toMatch(/%|chance|likely|will help/);
    expect(fitWords(0.7)).toBe('matches many of your answers');
    expect(fitWords(0.45)).toBe('matches some of your answers');
    expect(fitWords(0.2)).toBe('matches few of your answers, but is safe for you');
  });
});
