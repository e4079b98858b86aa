// Types for spec.js (plain JavaScript so the scoring bench can read it without a build).
import type { TechniqueId, TriageLevel } from '../../src/core/index.js';

export declare const TRIAGE_ORDER: readonly TriageLevel[];
export declare const EMERGENCY_RULES: readonly string[];
export declare const URGENT_RULES: readonly string[];
export declare const SEE_DOCTOR_RULES: readonly string[];
export declare const INFORMATIONAL_RULES: readonly string[];
export declare const ALL_BLOCKED: readonly string[];
export interface MassageRule {
  id: string;
  blocked: readonly TechniqueId[];
  selfCareReachable?: false;
}
export declare const MASSAGE_RULES: readonly MassageRule[];
export declare const ADDED_RULES: readonly string[];
export declare const GUARDS: readonly string[];
export declare const MUST_ANSWER_QUESTIONS: readonly string[];
export declare function specRuleIds(): string[];
export declare function codeMatches(id: string, code: string): boolean;
