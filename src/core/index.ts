// The pure domain core: everything here runs in the browser, the server and the CLI alike.
export * from './intake.js';
export * from './assessment.js';
export * from './validation.js';
export * from './text.js';
export * from './errors.js';
export * from './questions.js';
export { assess } from './assess.js';
export { screenSafety, type SafetyScreen } from './screening.js';
export { rankTechniques, findTechniquesToAvoid } from './ranking.js';
export { buildSessionPlan, MIN_SESSION_SECONDS, MAX_SESSION_SECONDS } from './session-plan.js';
export { TECHNIQUES, TECHNIQUE_LIST, type Technique, type HowToStep } from './knowledge/techniques.js';
export { SOURCES, type Source } from './knowledge/sources.js';
export { CONDITION_RULES, type ConditionRule } from './knowledge/conditions.js';
export { RED_FLAG_RULES, type RedFlagRule } from './knowledge/red-flags.js';
export { TIP_RULES, lifestyleAdvice } from './knowledge/tips.js';
export { REFERRAL_MAP, referralsFor, type ReferralPattern } from './knowledge/referral-map.js';
export {
  TRIAGE_GUIDANCE, TRIAGE_SEVERITY, DEFAULT_EMERGENCY_NUMBER, DISCLAIMER, triageAction, type TriageGuidance,
} from './knowledge/triage-guidance.js';
export { validateIntake, validateIntakeBatch } from './validate-intake.js';
