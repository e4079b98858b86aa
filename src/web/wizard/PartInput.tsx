import type { BodyArea, Intake } from '../../core/intake.js';
import { type Answers, fieldValue } from '../answers.js';
import type { FlowQuestion, Question } from '../core.js';
import { BodyMap } from '../components/BodyMap.js';
import { CheckGroup, PainSlider, RadioGroup, type Option } from '../components/ui.js';
import { optionLabel } from '../labels.js';
import { type Errors, inputId, partLabel } from './check-step.js';
import { AgeField, DurationField, typedNumber } from './fields.js';

function options(part: Question): Option<string>[] {
  return part.kind === 'multi' || part.kind === 'single' ? part.options.map((o) => ({ value: o.value, label: o.label })) : [];
}

/** One part of a flow question as a form control, with the core's words. */
export function PartInput(props: { q: FlowQuestion; part: Question; a: Answers; update: (patch: Partial<Answers>) => void; errors: Errors }) {
  const { q, part, a, update, errors } = props;
  const label = partLabel(q, part);
  const hint = q.parts.length === 1 ? (q.help ?? part.help) : part.help;
  const id = inputId(q, part);
  const error = errors[id];
  const set = (field: keyof Intake, value: unknown) => update({ [field]: value } as Partial<Answers>);

  switch (part.field) {
    case 'age':
      return <AgeField label={label} a={a} update={update} error={errors['age']} />;
    case 'areas':
      return (
        <>
          <h2 id="areas-heading" tabIndex={-1} class="question">{label} Tap every place on the body or in the list.</h2>
          {errors['areas'] && <p class="field-error">{errors['areas']}</p>}
          <BodyMap value={a.areas} onChange={(areas: BodyArea[]) => update({ areas })} label={(x) => optionLabel('areas', x)} />
        </>
      );
    case 'intensity':
      return (
        <PainSlider id="intensity" label={label} hint="0 means no pain. 10 means the worst pain you can imagine." value={a.intensity} onChange={(intensity) => update({ intensity })} error={errors['intensity']} />
      );
    case 'durationDays':
      return <DurationField a={a} update={update} error={errors['duration']} />;
    case 'pregnant':
      return <RadioGroup legend={label} hint={hint} name={id} options={options(part)} value={a.pregnancy} onChange={(pregnancy) => update({ pregnancy: pregnancy as Answers['pregnancy'] })} error={error} />;
  }

  switch (part.kind) {
    case 'multi': {
      const own = new Set(part.options.map((o) => o.value));
      const all = (fieldValue(a, part.field) as string[] | undefined) ?? [];
      return (
        <CheckGroup
          legend={label}
          hint={hint}
          name={id}
          tone={q.id === 'emergency-signs' ? 'danger' : undefined}
          options={options(part)}
          value={all.filter((v) => own.has(v))}
          // Several questions share the symptoms and conditions lists: keep the other questions' ticks.
          onChange={(chosen) => set(part.field, [...all.filter((v) => !own.has(v)), ...chosen])}
        />
      );
    }
    case 'single':
      return <RadioGroup legend={label} hint={hint} name={id} options={options(part)} value={fieldValue(a, part.field) as string | undefined} onChange={(v) => set(part.field, v)} error={error} />;
    case 'boolean': {
      const value = fieldValue(a, part.field) as boolean | undefined;
      return (
        <RadioGroup
          legend={label} hint={hint} name={id} error={error}
          options={[{ value: 'yes', label: part.yesLabel ?? 'Yes' }, { value: 'no', label: part.noLabel ?? 'No' }]}
          value={value === undefined ? undefined : value ? 'yes' : 'no'}
          onChange={(v) => set(part.field, v === 'yes')}
        />
      );
    }
    case 'number': {
      const value = fieldValue(a, part.field) as number | undefined;
      return (
        <div class="field">
          <label for={id} class="field__label">{label}</label>
          {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
          {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
          <input
            id={id} type="number" inputMode="numeric" min={part.min} max={part.max} class="input input--short"
            value={value ?? ''}
            aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
            onInput={(e) => set(part.field, typedNumber(e))}
          />
        </div>
      );
    }
  }
}
