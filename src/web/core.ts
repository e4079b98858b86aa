// The one place the web app reaches into the core, so a change of the core's surface is fixed here.
export {
  assess, screenSafety, IntakeSchema, validate, TECHNIQUES, SOURCES, TRIAGE_GUIDANCE, QUESTIONS, referralsFor,
  triageAction, painWords, DEFAULT_EMERGENCY_NUMBER, EMERGENCY_SYMPTOMS,
} from '../core/index.js';
