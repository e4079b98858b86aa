import type { Ref } from 'preact';
import type { Answers } from '../answers.js';
import type { FlowQuestion } from '../core.js';
import { type Errors, FIELD_IDS } from './check-step.js';
import { PartInput } from './PartInput.js';
import { PREFERENCES, STEPS } from './steps.js';
import { PRIVACY_DEVICE } from '../privacy.js';

/** One wizard step on screen: where the person is, the step's questions, what to fix, Back and Next. */
export function StepForm(props: {
  step: number;
  visible: readonly number[];
  questions: readonly FlowQuestion[];
  answers: Answers;
  update: (patch: Partial<Answers>) => void;
  errors: Errors;
  headingRef: Ref<HTMLHeadingElement>;
  summaryRef: Ref<HTMLDivElement>;
  onBack: () => void;
  onNext: () => void;
}) {
  const { step, visible, errors } = props;
  const position = visible.indexOf(step);
  const last = position === visible.length - 1;
  const errorList = Object.entries(errors).filter(([, m]) => m);
  const shown = STEPS[step];

  return (
    <section class="wizard" aria-labelledby="step-heading" data-step={shown?.id}>
      <div class="progress">
        <p class="progress__text">
          Step {position + 1} of {visible.length}
        </p>
        <ol class="progress__steps" aria-hidden="true">
          {visible.map((s, i) => (
            <li key={s} class={i < position ? 'is-done' : i === position ? 'is-current' : ''} />
          ))}
        </ol>
      </div>
      <h1 id="step-heading" tabIndex={-1} ref={props.headingRef}>
        {shown?.title}
      </h1>

      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef}>
          <h2>Please check this</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a href={`#${FIELD_IDS[field] ?? field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        class="wizard__form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onNext();
        }}
      >
        {shown?.lead && <p class="lead">{shown.lead}</p>}
        {props.questions.map((q) => (
          <div class="flow-question" key={q.id} data-question={q.id}>
            {q.parts.length > 1 && <h2 class="question" id={q.id}>{q.label}</h2>}
            {q.parts.map((part) => (
              <PartInput key={part.field + part.label} q={q} part={part} a={props.answers} update={props.update} errors={errors} />
            ))}
          </div>
        ))}

        <div class="wizard__nav">
          {position > 0 && (
            <button type="button" class="button button--secondary" onClick={props.onBack}>
              Back
            </button>
          )}
          <button type="submit" class="button button--primary">
            {last && step === PREFERENCES ? 'See my results' : 'Next'}
          </button>
        </div>
        <p class="hint wizard__saved">{PRIVACY_DEVICE}</p>
      </form>
    </section>
  );
}
