import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { SCORED_PREFIX, tooGuessableBy, type Scorer } from '../../core/password-policy.js';

// The server's scorer for the password policy: zxcvbn-ts with its bundled common-password and word
// lists (offline; built on first use). The browser has the same few lines in src/web/account/.

let factory: ZxcvbnFactory | undefined;

export const zxcvbnScore: Scorer = (password, userInputs) => {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory.check(password.normalize('NFKC').slice(0, SCORED_PREFIX), userInputs).score;
};

export const isTooGuessable = tooGuessableBy(zxcvbnScore);
