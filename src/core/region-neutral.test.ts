import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntake } from '../../test/support/arbitraries.js';
import { VIGNETTES } from '../../test/vignettes/vignettes.js';
import { assess } from './assess.js';
import type { Assessment } from './assessment.js';

// The core says *what kind* of help is needed (an action code); the words for a place (999, NHS 111,
// A&E, a GP) come from the region the app is set to (knowledge/regions.ts). So no text the engine
// writes may name one country's services: a US or EU reader would be told to call the wrong number.
const REGION_WORDS = /A&E|\bGP\b|\bNHS\b|\b(?:call|dial|ring|phone)\s+(?:999|111|911|112)\b/i;

function textsOf(assessment: Assessment): string[] {
  return [
    ...assessment.reasons.map((r) => r.message),
    ...assessment.safetyNet.flatMap((item) => [item.text, ...(item.signs ?? [])]),
    ...assessment.tips.map((t) => t.text),
    ...assessment.recommendations.flatMap((r) => [...r.why, ...r.cautions]),
    ...(assessment.noExactFit ? [assessment.noExactFit] : []),
  ];
}

describe('engine texts are region-neutral', () => {
  it('names no country\'s numbers or services in any published case', () => {
    for (const vignette of VIGNETTES) {
      for (const text of textsOf(assess(vignette.intake))) expect(text, vignette.id).not.toMatch(REGION_WORDS);
    }
  });

  it('names none for generated intakes either', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        for (const text of textsOf(assess(intake))) expect(text).not.toMatch(REGION_WORDS);
      }),
      { numRuns: 1000 },
    );
  });
});
