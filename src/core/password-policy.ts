import { z } from 'zod';

/**
 * The password rules (OWASP ASVS 4.0 2.1.1, 2.1.2, 2.1.7, 2.1.9), one schema for the server and the
 * sign-up form. Length is counted in Unicode code points after NFKC, the same form the hash is made
 * from, so "ﬁ" and "fi" count alike and an emoji counts once. No composition rules (2.1.9): a few
 * words you remember beat "P@ssw0rd1".
 *
 * The check against common and breached passwords needs a large dictionary, so it is passed in
 * (`isTooGuessable`, built with `tooGuessableBy` below): the server always passes it; the browser loads
 * it lazily with the strength meter and runs the light rules at once.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** Local parts shorter than this ("a@b.c") would forbid nearly every password, so they are not checked. */
const LOCAL_PART_MIN = 3;

export const passwordLength = (password: string): number => [...password.normalize('NFKC')].length;

/** The length rule on its own, for the strength meter's "Too short" while the person types. */
export const isTooShort = (password: string): boolean => passwordLength(password) < PASSWORD_MIN_LENGTH;

/** The part of an email before the last "@", lower case, NFKC. */
export function emailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  return (at < 0 ? email : email.slice(0, at)).normalize('NFKC').trim().toLowerCase();
}

export type TooGuessable = (password: string, userInputs: string[]) => boolean;

/**
 * zxcvbn's score: under 10^3, 10^6, 10^8, 10^10 guesses, or more. The scorer itself (zxcvbn-ts with its
 * bundled common-password lists) lives outside the core, which imports nothing but zod:
 * src/server/auth/password-strength.ts and src/web/account/password-strength.ts.
 */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;
export type Scorer = (password: string, userInputs: string[]) => StrengthScore;

/** Passwords scoring below this are refused: under 10^8 guesses covers the common and breached lists. */
export const MIN_ACCEPTED_SCORE = 3;

const STRENGTH_LABELS = ['Very easy to guess', 'Easy to guess', 'Still too easy to guess', 'Good', 'Strong'] as const;

export interface PasswordStrength {
  score: StrengthScore;
  /** Plain words for the meter. */
  label: string;
}

export const describeStrength = (score: StrengthScore): PasswordStrength => ({ score, label: STRENGTH_LABELS[score] });

/** The policy's guessability rule, from a scorer. */
export const tooGuessableBy = (scorer: Scorer): TooGuessable => (password, userInputs) => scorer(password, userInputs) < MIN_ACCEPTED_SCORE;

/** zxcvbn's cost grows with length; past the policy's maximum the rest cannot change the verdict much. */
export const SCORED_PREFIX = 256;

/** The first rule a new password breaks, in words for the person, or undefined when it is fine. */
export function passwordProblem(password: string, email: string | undefined, isTooGuessable?: TooGuessable): string | undefined {
  if (isTooShort(password)) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (passwordLength(password) > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const local = email ? emailLocalPart(email) : '';
  if (local.length >= LOCAL_PART_MIN && password.normalize('NFKC').toLowerCase().includes(local)) {
    return 'must not contain the first part of your email address';
  }
  if (isTooGuessable?.(password, local ? [local] : [])) {
    return 'is too easy to guess: it is like passwords many people use. Try a few words you will remember';
  }
  return undefined;
}

const Email = z.email({ error: 'must be an email address' }).max(254, 'must be at most 254 characters');
// Bodies cap raw length well above the policy, so a long password gets the policy's words, not a parse error.
const RawPassword = z.string({ error: 'must be text' }).max(1024, 'must be at most 1024 characters');

/** A new password on its own (its email, when known, is checked by the object schemas below). */
export function newPasswordSchema(isTooGuessable?: TooGuessable) {
  return RawPassword.superRefine((password, ctx) => {
    const problem = passwordProblem(password, undefined, isTooGuessable);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** `POST /api/auth/signup` and the sign-up form. */
export function signUpSchema(isTooGuessable?: TooGuessable) {
  return z
    .strictObject({ email: Email, password: RawPassword })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value.password, value.email, isTooGuessable);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    });
}
