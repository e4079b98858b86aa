// Types for asked.js.
import type { Intake } from '../../src/core/index.js';

export declare const ALWAYS_ASKED: readonly string[];
export declare function askedQuestions(intake: Intake): string[];
export declare function answersNotAsked(intake: Intake): string[];
export declare function answersMissing(intake: Intake): string[];
