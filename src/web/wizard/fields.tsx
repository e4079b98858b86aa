import { INTAKE_NUMBER_RULES } from '../../core/intake-form-rules.js';
import type { Answers, DurationUnit } from '../answers.js';

// The two answers the wizard asks in its own way: the age (with its own error line) and the duration,
// which people may give in days, weeks, months or years.

type Update = (patch: Partial<Answers>) => void;
/** The number typed in an input, undefined while it is empty. */
export const typedNumber = (e: Event): number | undefined => {
  const v = (e.currentTarget as HTMLInputElement).value;
  return v === '' ? undefined : Number(v);
};

export function AgeField(props: { label: string; a: Answers; update: Update; error: string | undefined }) {
  const { min, max } = INTAKE_NUMBER_RULES.age.limits;
  return (
    <div class="field">
      <label for="age" class="field__label">{props.label}</label>
      {props.error && <p class="field-error" id="age-error">{props.error}</p>}
      <input
        id="age" type="number" inputMode="numeric" min={min} max={max} autoComplete="off" class="input input--short"
        value={props.a.age ?? ''}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? 'age-error' : undefined}
        onInput={(e) => props.update({ age: typedNumber(e) })}
      />
      <span class="unit">years</span>
    </div>
  );
}

export function DurationField(props: { a: Answers; update: Update; error: string | undefined }) {
  const { error } = props;
  // The web lets people answer in weeks, months or years, so the words ask "how long".
  return (
    <fieldset class="choices">
      <legend>How long have you had this pain?</legend>
      {error && <p class="field-error" id="duration-error">{error}</p>}
      <div class="duration">
        <label for="duration" class="visually-hidden">Number</label>
        <input
          id="duration" type="number" inputMode="numeric" min={0} class="input input--short"
          value={props.a.durationAmount ?? ''}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'duration-error' : undefined}
          onInput={(e) => props.update({ durationAmount: typedNumber(e) })}
        />
        <label for="duration-unit" class="visually-hidden">Unit</label>
        <select id="duration-unit" class="input" value={props.a.durationUnit} onChange={(e) => props.update({ durationUnit: (e.currentTarget as HTMLSelectElement).value as DurationUnit })}>
          <option value="days">days</option>
          <option value="weeks">weeks</option>
          <option value="months">months</option>
          <option value="years">years</option>
        </select>
      </div>
    </fieldset>
  );
}
