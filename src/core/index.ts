// The pure domain core: everything here runs in the browser, the server and the CLI alike.
export * from './intake.js';
export * from './assessment.js';
export * from './validation.js';
export * from './text.js';
export { durationInWords } from './duration-words.js';
export * from './errors.js';
export * from './questions.js';
export { assess } from './assess.js';
export { screenSafety, screenDraft, type SafetyScreen, type ScreenOptions } from './screening.js';
export {
  nextStep, applyAnswer, answerOf, clearAnswer, flowQuestion, FLOW_QUESTIONS, PREGNANCY_ANSWERS,
  type Draft, type FlowAnswer, type FlowQuestion, type FlowStage, type FlowStep, type PregnancyAnswer,
} from './flow.js';
export { safetyNetFor } from './safety-net.js';
export { rankTechniques, findTechniquesToAvoid, nearestOptions, byBestFit, fitWords } from './ranking.js';
export { PREFERENCE_DEFAULTS, withPreferenceDefaults } from './preference-defaults.js';
export { buildSessionPlan, safetyKey, MIN_SESSION_SECONDS, MAX_SESSION_SECONDS } from './session-plan.js';
export { TECHNIQUES, TECHNIQUE_LIST, type Technique, type HowToStep } from './knowledge/techniques.js';
export { SOURCES, type Source } from './knowledge/sources.js';
export { CONDITION_RULES, type ConditionRule } from './knowledge/conditions.js';
export {
  TRIAGE_RULES, EMERGENCY_RULES, URGENT_RULES, SEE_DOCTOR_RULES, TRIAGE_RULES as RED_FLAG_RULES,
  type TriageRule, type TriageRule as RedFlagRule,
} from './knowledge/triage-rules.js';
export { FLOW_QUESTION, ASKED_CONDITIONS, type FlowQuestionRule } from './knowledge/flow-questions.js';
export * from './knowledge/massage-rules.js';
export { TIP_RULES, lifestyleAdvice } from './knowledge/tips.js';
export { REFERRAL_MAP, referralsFor, type ReferralPattern } from './knowledge/referral-map.js';
export {
  TRIAGE_GUIDANCE, TRIAGE_SEVERITY, DEFAULT_EMERGENCY_NUMBER, DISCLAIMER, triageAction, type TriageGuidance,
} from './knowledge/triage-guidance.js';
export { validateIntake, validateIntakeBatch } from './validate-intake.js';
export {
  REGIONS, REGION_IDS, DEFAULT_REGION_ID, SAFETY_ACTIONS, regionWith, actionText, phoneCallsFor, dialNumbers, isRegionId,
  isSafetyAction, type Region, type RegionId, type SafetyAction, type PhoneCall,
} from './knowledge/regions.js';
export * from './movement-vocabulary.js';
export { MOVEMENTS, MOVEMENT_LIST, MOVEMENT_FEATURES, doseWords, type Movement, type MovementDose, type MovementFeature } from './knowledge/movements.js';
export { MOVEMENT_RULES, type MovementRule } from './knowledge/movement-rules.js';
export { findMovementsToAvoid, movementPart, chooseMovements, DAILY_ROUTINE_GOAL } from './movement-plan.js';
export { personaliseMovements, MOVEMENT_PRIOR, type MovementEvidence, type PersonalMovement } from './movement-learning.js';
