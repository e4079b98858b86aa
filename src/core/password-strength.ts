import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import type { TooGuessable } from './password-policy.js';

/**
 * How guessable a password is, from zxcvbn-ts with its bundled common-password and word lists
 * (offline: the lists ship in the package, about 1 MB; the browser loads this module only with the
 * sign-up strength meter). Score 0-4 is zxcvbn's: under 10^3, 10^6, 10^8, 10^10 guesses, or more.
 */
export interface PasswordStrength {
  score: 0 | 1 | 2 | 3 | 4;
  /** Plain words for the meter. */
  label: string;
}

/** Passwords scoring below this are refused: under 10^8 guesses covers the common and breached lists. */
export const MIN_ACCEPTED_SCORE = 3;

const LABELS = ['Very easy to guess', 'Easy to guess', 'Still too easy to guess', 'Good', 'Strong'] as const;

let factory: ZxcvbnFactory | undefined;
const estimator = (): ZxcvbnFactory =>
  (factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

export function passwordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  // zxcvbn's cost grows with length; the policy's maximum is 128, so 256 is already past any allowed password.
  const score = estimator().check(password.normalize('NFKC').slice(0, 256), userInputs).score;
  return { score, label: LABELS[score] };
}

export const isTooGuessable: TooGuessable = (password, userInputs) => passwordStrength(password, userInputs).score < MIN_ACCEPTED_SCORE;
