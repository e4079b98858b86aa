// The vignette suite, typed: the data live in plain JavaScript beside this file (cases.js, sources.js, spec.js)
// so the scoring bench (bench/vignettes.bench.js) can load them next to the built core without compiling tests.
export { VIGNETTES, type Vignette } from './cases.js';
export { S as SOURCES, type Source } from './sources.js';
export {
  ALL_BLOCKED, GUARDS, MASSAGE_RULES, MUST_ANSWER_QUESTIONS, TRIAGE_ORDER, codeMatches, specRuleIds, type MassageRule,
} from './spec.js';
export { answersMissing, answersNotAsked, askedQuestions } from './asked.js';
