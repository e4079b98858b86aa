import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { painWords } from '../../core/questions.js';

/** A link to another page of the app: the router (preact-iso's LocationProvider) opens it without a reload. */
export function Link(props: { href: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' }) {
  return (
    <a href={props.href} class={props.class} aria-current={props['aria-current']}>
      {props.children}
    </a>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
  help?: string | undefined;
}

/** One tick box or round button with its label and optional help line. */
function Choice<T extends string>(props: { type: 'checkbox' | 'radio'; name: string; option: Option<T>; checked: boolean; onChange: (checked: boolean) => void }) {
  const { option: o } = props;
  const id = `${props.name}-${o.value}`;
  return (
    <div class="choice">
      <input
        type={props.type}
        id={id}
        name={props.name}
        value={o.value}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
        aria-describedby={o.help ? `${id}-help` : undefined}
      />
      <label for={id}>
        <span class="choice__label">{o.label}</span>
        {o.help && <span class="choice__help" id={`${id}-help`}>{o.help}</span>}
      </label>
    </div>
  );
}

/** Tick boxes for "choose any". */
export function CheckGroup<T extends string>(props: {
  legend: string;
  hint?: string | undefined;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  name: string;
  tone?: 'danger';
}) {
  const hintId = useId();
  const toggle = (v: T, on: boolean) => {
    const next = props.value.filter((x) => x !== v);
    props.onChange(on ? [...next, v] : next);
  };
  return (
    <fieldset class={`choices${props.tone ? ` choices--${props.tone}` : ''}`} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
      {props.options.map((o) => (
        <Choice key={o.value} type="checkbox" name={props.name} option={o} checked={props.value.includes(o.value)} onChange={(on) => toggle(o.value, on)} />
      ))}
    </fieldset>
  );
}

/** Round buttons for "choose one". `value` undefined means not answered yet. */
export function RadioGroup<T extends string>(props: {
  legend: string;
  hint?: string | undefined;
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (next: T) => void;
  name: string;
  error?: string | undefined;
}) {
  const hintId = useId();
  const errorId = useId();
  const described = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="choices" aria-describedby={described}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
      {props.error && <p class="field-error" id={errorId}>{props.error}</p>}
      {props.options.map((o) => (
        <Choice key={o.value} type="radio" name={props.name} option={o} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
      ))}
    </fieldset>
  );
}

export function YesNo(props: { legend: string; hint?: string; value: boolean | undefined; onChange: (v: boolean) => void; name: string }) {
  return (
    <RadioGroup
      legend={props.legend}
      hint={props.hint}
      name={props.name}
      options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]}
      value={props.value === undefined ? undefined : props.value ? 'yes' : 'no'}
      onChange={(v) => props.onChange(v === 'yes')}
    />
  );
}

export { painWords } from '../../core/questions.js';

/** The ids an input is described by (hint, error), or nothing. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A 0-10 slider with words for each end and the chosen number said in words. */
export function RatingSlider(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  words: (n: number) => string;
  low: string;
  high: string;
  error?: string | undefined;
  /** Offer "Clear" so an optional rating can be left out again. */
  optional?: boolean;
}) {
  const shown = props.value ?? 0;
  const answered = props.value !== undefined;
  return (
    <div class="field pain-slider">
      <label for={props.id} class="field__label">{props.label}</label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="field-error" id={`${props.id}-error`}>{props.error}</p>}
      <input
        type="range"
        id={props.id}
        min={0}
        max={10}
        step={1}
        value={shown}
        aria-valuetext={answered ? `${shown} out of 10: ${props.words(shown)}` : 'Not chosen yet'}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
        onInput={(e) => props.onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <div class="pain-slider__scale" aria-hidden="true">
        <span>0 {props.low}</span>
        <span>5</span>
        <span>10 {props.high}</span>
      </div>
      <div class="rating__row">
        <p class="pain-slider__value" aria-hidden="true">
          {answered ? (
            <>
              <strong>{shown}</strong> out of 10: {props.words(shown)}
            </>
          ) : (
            'Not chosen. Move the slider to choose a number.'
          )}
        </p>
        {props.optional && answered && (
          <button type="button" class="link-button" onClick={() => props.onChange(undefined)}>
            Clear<span class="visually-hidden">: {props.label}</span>
          </button>
        )}
      </div>
    </div>
  );
}

/** 0-10 pain slider that always says the number in words too. */
export function PainSlider(props: { label: string; hint?: string; value: number | undefined; onChange: (v: number) => void; id: string; error?: string | undefined }) {
  return (
    <RatingSlider {...props} onChange={(v) => v !== undefined && props.onChange(v)} words={painWords} low="No pain" high="Worst" />
  );
}
