import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { describeStrength, SCORED_PREFIX, tooGuessableBy, type PasswordStrength, type Scorer } from '../../core/password-policy.js';

// The browser's scorer, loaded only by the new-password field (it carries about 1 MB of word lists,
// 235 KB gzipped). The same few lines as src/server/auth/password-strength.ts: the core may import only zod.

let factory: ZxcvbnFactory | undefined;

const zxcvbnScore: Scorer = (password, userInputs) => {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory.check(password.normalize('NFKC').slice(0, SCORED_PREFIX), userInputs).score;
};

export const passwordStrength = (password: string, userInputs: string[] = []): PasswordStrength => describeStrength(zxcvbnScore(password, userInputs));

export const isTooGuessable = tooGuessableBy(zxcvbnScore);
