import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  CAUSES, CONDITIONS, CONTEXTS, EQUIPMENT, GOALS, PAIN_PATTERNS, PAIN_QUALITIES, PRESSURES, SETTINGS, SYMPTOMS, TRENDS,
  type BodyArea, type Symptom,
} from '../../core/intake.js';
import { type Answers, type DurationUnit, durationDays, safetyProbe, saveAnswers, saveStep, toIntake } from '../answers.js';
import { EMERGENCY_SYMPTOMS, IntakeSchema, screenSafety, validate } from '../core.js';
import { BodyMap } from '../components/BodyMap.js';
import { CheckGroup, PainSlider, RadioGroup, YesNo, type Option } from '../components/ui.js';
import { type LabelGroup, optionLabel, questionText } from '../labels.js';
import { navigate } from '../router.js';
import { EmergencyStop } from './EmergencyStop.js';

const STEPS = ['Safety check', 'Your health', 'Where it hurts', 'About the pain', 'What you would like'] as const;

function options<T extends string>(group: LabelGroup, values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: optionLabel(group, value) }));
}

type Errors = Partial<Record<string, string>>;

function checkStep(step: number, a: Answers): Errors {
  const e: Errors = {};
  if (step === 1) {
    if (a.age === undefined || Number.isNaN(a.age)) e['age'] = 'Please type your age in years.';
    else if (!Number.isInteger(a.age)) e['age'] = 'Please type your age as a whole number.';
    else if (a.age < 16) e['age'] = 'backrub is for people aged 16 and over. For a child or teenager with back pain, please see a doctor.';
    else if (a.age > 110) e['age'] = 'Please check your age: it should be 110 or less.';
  }
  if (step === 2) {
    if (a.areas.length === 0) e['areas'] = 'Choose at least one place where it hurts.';
    if (!a.pattern) e['pattern'] = 'Choose how the pain spreads.';
  }
  if (step === 3) {
    if (a.intensity === undefined) e['intensity'] = 'Move the slider to say how much it hurts (0 means no pain).';
    const days = durationDays(a);
    if (days === undefined || Number.isNaN(days)) e['duration'] = 'Please say how long you have had this pain.';
    else if (days < 0 || days > 36_500) e['duration'] = 'Please check how long: it should be between 0 days and 100 years.';
  }
  return e;
}

/** An emergency sign ticked (the core's list), or anything else the safety screen calls an emergency. */
function isEmergency(a: Answers): boolean {
  return a.symptoms.some((s) => EMERGENCY_SYMPTOMS.includes(s)) || screenSafety(safetyProbe(a)).triage === 'emergency';
}

const q = questionText;

/** Two tick-box groups share one list of symptoms: keep the other group's ticks when one group changes. */
function merge(all: readonly Symptom[], fromGroup: Symptom[], emergencyGroup: boolean): Symptom[] {
  const other = all.filter((x) => EMERGENCY_SYMPTOMS.includes(x) !== emergencyGroup);
  return [...other.filter((x) => !fromGroup.includes(x)), ...fromGroup];
}

const FIELD_IDS: Record<string, string> = { age: 'age', areas: 'areas-heading', pattern: 'pattern-one-spot', intensity: 'intensity', duration: 'duration' };

export function Wizard(props: { answers: Answers; setAnswers: (a: Answers) => void; step: number; setStep: (n: number) => void }) {
  const { answers: a, step } = props;
  const [errors, setErrors] = useState<Errors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  const update = (patch: Partial<Answers>) => {
    const next = { ...a, ...patch };
    props.setAnswers(next);
    saveAnswers(next);
  };

  // An emergency sign stops the wizard at once, whatever step we are on.
  const safety = useMemo(() => screenSafety(safetyProbe(a)), [a]);
  const emergency = isEmergency(a);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step, emergency]);

  if (emergency) {
    return (
      <EmergencyStop
        reasons={safety.reasons.map((r) => r.message)}
        onUndo={() => {
          // Untick the most recent signs until none calls for an emergency, then show the safety step again.
          const symptoms = [...a.symptoms];
          while (symptoms.length > 0 && isEmergency({ ...a, symptoms })) symptoms.pop();
          update({ symptoms });
          props.setStep(0);
          saveStep(0);
        }}
      />
    );
  }

  const go = (to: number) => {
    props.setStep(to);
    saveStep(to);
    setErrors({});
    window.scrollTo(0, 0);
  };

  const next = () => {
    const found = checkStep(step, a);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (step < STEPS.length - 1) return go(step + 1);
    const checked = validate(IntakeSchema, toIntake(a));
    if (!checked.ok) {
      setErrors({ form: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    navigate('/results');
  };

  const errorList = Object.entries(errors).filter(([, m]) => m);

  return (
    <section class="wizard" aria-labelledby="step-heading">
      <div class="progress">
        <p class="progress__text">
          Step {step + 1} of {STEPS.length}
        </p>
        <ol class="progress__steps" aria-hidden="true">
          {STEPS.map((s, i) => (
            <li key={s} class={i < step ? 'is-done' : i === step ? 'is-current' : ''} />
          ))}
        </ol>
      </div>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {STEPS[step]}
      </h1>

      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>Please check this</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                {FIELD_IDS[field] ? <a href={`#${FIELD_IDS[field]}`}>{message}</a> : message}
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
          next();
        }}
      >
        {step === 0 && (
          <>
            <p class="lead">
              Some problems need a doctor, not a massage. Tick anything that is true for you <strong>now</strong>. If none
              are true, press Next.
            </p>
            <CheckGroup
              legend="Get help now if you have any of these"
              hint={q('symptoms', '').help}
              name="symptoms"
              tone="danger"
              options={options('symptoms', SYMPTOMS.filter((x) => EMERGENCY_SYMPTOMS.includes(x)))}
              value={a.symptoms}
              onChange={(symptoms) => update({ symptoms: merge(a.symptoms, symptoms, true) })}
            />
            <CheckGroup
              legend="Do you have any of these?"
              hint="These may need a doctor before massage."
              name="symptoms"
              options={options('symptoms', SYMPTOMS.filter((x) => !EMERGENCY_SYMPTOMS.includes(x)))}
              value={a.symptoms}
              onChange={(symptoms) => update({ symptoms: merge(a.symptoms, symptoms, false) })}
            />
          </>
        )}

        {step === 1 && (
          <>
            <div class="field">
              <label for="age" class="field__label">{q('age', 'How old are you?').label}</label>
              {errors['age'] && <p class="field-error" id="age-error">{errors['age']}</p>}
              <input
                id="age"
                type="number"
                inputMode="numeric"
                min={16}
                max={110}
                autoComplete="off"
                class="input input--short"
                value={a.age ?? ''}
                aria-invalid={errors['age'] ? 'true' : undefined}
                aria-describedby={errors['age'] ? 'age-error' : undefined}
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  update({ age: v === '' ? undefined : Number(v) });
                }}
              />
              <span class="unit">years</span>
            </div>
            <YesNo legend="Are you pregnant?" hint="Leave this blank if it does not apply to you." name="pregnant" value={a.pregnant} onChange={(pregnant) => update({ pregnant })} />
            <CheckGroup
              legend={q('conditions', 'Do any of these apply to you?').label}
              hint={q('conditions', '').help}
              name="conditions"
              options={options('conditions', CONDITIONS)}
              value={a.conditions}
              onChange={(conditions) => update({ conditions })}
            />
          </>
        )}

        {step === 2 && (
          <>
            <h2 id="areas-heading" tabIndex={-1} class="question">Where does it hurt? Tap every place on the body or in the list.</h2>
            {errors['areas'] && <p class="field-error">{errors['areas']}</p>}
            <BodyMap value={a.areas} onChange={(areas: BodyArea[]) => update({ areas })} label={(x) => optionLabel('areas', x)} />
            <RadioGroup
              legend={q('pattern', 'How is the pain spread?').label}
              name="pattern"
              options={options('pattern', PAIN_PATTERNS)}
              value={a.pattern}
              onChange={(pattern) => update({ pattern })}
              error={errors['pattern']}
            />
            {(a.pattern === 'radiating' || a.areas.includes('leg')) && (
              <YesNo legend={q('radiatesBelowKnee', 'Does pain go down your leg below the knee?').label} name="below-knee" value={a.radiatesBelowKnee} onChange={(radiatesBelowKnee) => update({ radiatesBelowKnee })} />
            )}
          </>
        )}

        {step === 3 && (
          <>
            <PainSlider
              id="intensity"
              label="How much does it hurt now?"
              hint="0 means no pain. 10 means the worst pain you can imagine."
              value={a.intensity}
              onChange={(intensity) => update({ intensity })}
              error={errors['intensity']}
            />
            <fieldset class="choices">
              <legend>How long have you had this pain?</legend>
              {errors['duration'] && <p class="field-error" id="duration-error">{errors['duration']}</p>}
              <div class="duration">
                <label for="duration" class="visually-hidden">Number</label>
                <input
                  id="duration"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  class="input input--short"
                  value={a.durationAmount ?? ''}
                  aria-invalid={errors['duration'] ? 'true' : undefined}
                  aria-describedby={errors['duration'] ? 'duration-error' : undefined}
                  onInput={(e) => {
                    const v = (e.currentTarget as HTMLInputElement).value;
                    update({ durationAmount: v === '' ? undefined : Number(v) });
                  }}
                />
                <label for="duration-unit" class="visually-hidden">Unit</label>
                <select
                  id="duration-unit"
                  class="input"
                  value={a.durationUnit}
                  onChange={(e) => update({ durationUnit: (e.currentTarget as HTMLSelectElement).value as DurationUnit })}
                >
                  <option value="days">days</option>
                  <option value="weeks">weeks</option>
                  <option value="months">months</option>
                  <option value="years">years</option>
                </select>
              </div>
            </fieldset>
            <RadioGroup legend={q('trend', 'Is it getting better or worse?').label} name="trend" options={options('trend', TRENDS)} value={a.trend} onChange={(trend) => update({ trend })} />
            <CheckGroup legend="What does it feel like?" hint="Tick all that fit." name="quality" options={options('quality', PAIN_QUALITIES)} value={a.quality} onChange={(quality) => update({ quality })} />
            <CheckGroup legend={q('causes', 'What do you think started it?').label} hint="Tick all that fit, or 'I don't know'." name="causes" options={options('causes', CAUSES)} value={a.causes} onChange={(causes) => update({ causes })} />
            <CheckGroup legend="When is it worse?" hint="Tick all that fit, or none." name="contexts" options={options('contexts', CONTEXTS)} value={a.contexts} onChange={(contexts) => update({ contexts })} />
          </>
        )}

        {step === 4 && (
          <>
            <RadioGroup legend={q('setting', 'Where would you like massage?').label} name="setting" options={options('setting', SETTINGS)} value={a.setting} onChange={(setting) => update({ setting })} />
            <RadioGroup legend={q('pressure', 'What pressure do you like?').label} name="pressure" options={options('pressure', PRESSURES)} value={a.pressure} onChange={(pressure) => update({ pressure })} />
            <CheckGroup legend={q('goals', 'What do you want from massage?').label} hint="Tick all that fit." name="goals" options={options('goals', GOALS)} value={a.goals} onChange={(goals) => update({ goals })} />
            <CheckGroup legend={q('equipment', 'What do you have at home?').label} hint="Tick all that you have, or none." name="equipment" options={options('equipment', EQUIPMENT)} value={a.equipment} onChange={(equipment) => update({ equipment })} />
          </>
        )}

        <div class="wizard__nav">
          {step > 0 && (
            <button type="button" class="button button--secondary" onClick={() => go(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" class="button button--primary">
            {step === STEPS.length - 1 ? 'See my results' : 'Next'}
          </button>
        </div>
        <p class="hint wizard__saved">Your answers stay on this device only.</p>
      </form>
    </section>
  );
}
