import { type Answers, parseAnswers, toDraft } from '../answers.js';
import { nextStep } from '../core.js';

/** Kept while the stop page shows, so "by mistake" can put the answers back as they were. */
const BEFORE_STOP_KEY = 'backrub.before-stop.v1';

const stops = (a: Answers) => nextStep(toDraft(a)).stage === 'stopped';

/** Keeps the answers from before an emergency sign was ticked. */
export function keepBeforeStop(a: Answers): void {
  try {
    sessionStorage.setItem(BEFORE_STOP_KEY, JSON.stringify(a));
  } catch {
    /* not kept: "by mistake" falls back to unticking the latest signs */
  }
}

/** The answers to go back to after "I ticked this by mistake". */
export function answersBeforeStop(a: Answers): Answers {
  let before: Answers | undefined;
  try {
    const kept = sessionStorage.getItem(BEFORE_STOP_KEY);
    before = kept ? parseAnswers(JSON.parse(kept)) : undefined;
    sessionStorage.removeItem(BEFORE_STOP_KEY);
  } catch {
    before = undefined;
  }
  if (before && !stops(before)) return before;
  // Untick the latest signs until none calls for an emergency.
  const symptoms = [...a.symptoms];
  while (symptoms.length > 0 && stops({ ...a, symptoms })) symptoms.pop();
  return { ...a, symptoms };
}
