import type { Assessment } from '../../core/assessment.js';
import type { Intake } from '../../core/intake.js';
import { type Answers, toDraft } from '../answers.js';
import { nextStep, SOURCES } from '../core.js';
import { Section } from './Section.js';

// The result for a set of answers and why it says what it says: used by the results page and the
// guided session alike, so neither page imports the other.

/**
 * The result to show for the answers, from the core flow: the emergency result as soon as an answer is
 * an emergency (the intake may be unfinished), else the full assessment once every question is answered.
 */
export function assessmentFor(answers: Answers): { intake: Intake | undefined; assessment: Assessment } | null {
  const step = nextStep(toDraft(answers));
  if (step.stage === 'stopped' && step.result) return { intake: undefined, assessment: step.result };
  return step.stage === 'done' && step.intake && step.result ? { intake: step.intake, assessment: step.result } : null;
}

/** Emergency and urgent results show the action and the reasons, and nothing else. */
export const showsOnlyTheAction = (level: Assessment['triage']): boolean => level === 'emergency' || level === 'urgent';

function ReasonList(props: { reasons: Assessment['reasons'] }) {
  return (
    <ul class="reasons">
      {props.reasons.map((reason) => (
        <li key={reason.code}>
          {reason.message} <span class="source-tag">({SOURCES[reason.source]?.title ?? reason.source})</span>
        </li>
      ))}
    </ul>
  );
}

/** Why the result says what it says: in plain sight next to an action, a section to open otherwise. */
export function Reasons(props: { reasons: Assessment['reasons']; collapsed?: boolean }) {
  if (props.reasons.length === 0) return null;
  if (props.collapsed) {
    return (
      <Section id="reasons" title="Why we say this">
        <ReasonList reasons={props.reasons} />
      </Section>
    );
  }
  return (
    <section aria-labelledby="reasons-h" class="card">
      <h2 id="reasons-h">Why we say this</h2>
      <ReasonList reasons={props.reasons} />
    </section>
  );
}
