// The one place the web app reaches into the core, so a change of the core's surface is fixed here.
export {
  assess, screenSafety, IntakeSchema, validate, TECHNIQUES, SOURCES, TRIAGE_GUIDANCE, QUESTIONS, referralsFor,
  triageAction, painWords, DEFAULT_EMERGENCY_NUMBER, EMERGENCY_SYMPTOMS,
  nextStep, applyAnswer, FLOW_QUESTIONS, withPreferenceDefaults, PREFERENCE_DEFAULTS, fitWords, durationInWords,
  actionText, phoneCallsFor, regionWith, isRegionId, DEFAULT_REGION_ID, REGIONS,
  type Draft, type FlowAnswer, type FlowQuestion, type FlowStep, type PregnancyAnswer, type Question, type Region, type RegionId,
} from '../core/index.js';
