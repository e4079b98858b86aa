import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { describedBy } from '../components/ui.js';

export { describedBy, RatingSlider } from '../components/ui.js';

// Small form pieces for the account pages, built like the wizard's (labels always visible, hints and
// errors tied to the field with aria-describedby, errors in words, never colour alone).


export function TextField(props: {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'time' | 'datetime-local' | 'url';
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  min?: number | string;
  max?: number | string;
  class?: string;
}) {
  return (
    <div class="field">
      <label for={props.id} class="field__label">{props.label}</label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && <p class="field-error" id={`${props.id}-error`}>{props.error}</p>}
      <input
        id={props.id}
        class={`input ${props.class ?? 'input--wide'}`}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        autocomplete={props.autocomplete}
        required={props.required}
        inputMode={props.inputMode}
        min={props.min}
        max={props.max}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
      />
    </div>
  );
}

export function pressureWords(n: number): string {
  if (n <= 1) return 'very light';
  if (n <= 3) return 'light';
  if (n <= 6) return 'medium';
  if (n <= 8) return 'firm';
  return 'very firm';
}

export function pegWords(n: number): string {
  if (n === 0) return 'not at all';
  if (n <= 3) return 'a little';
  if (n <= 6) return 'quite a lot';
  if (n <= 9) return 'a lot';
  return 'completely';
}

/** A list of problems at the top of a form, focused when it appears, each linking to its field. */
export function ErrorSummary(props: { title?: string; message?: string | undefined; fields: { id: string; label: string; message: string }[] }) {
  const box = useRef<HTMLDivElement>(null);
  const show = props.fields.length > 0 || !!props.message;
  const key = `${props.message ?? ''}|${props.fields.map((f) => f.id + f.message).join('|')}`;
  useEffect(() => {
    if (show) box.current?.focus();
  }, [key]);
  if (!show) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h2>{props.title ?? 'Please check this'}</h2>
      {props.message && <p>{props.message}</p>}
      {props.fields.length > 0 && (
        <ul>
          {props.fields.map((f) => (
            <li key={f.id}>
              <a href={`#${f.id}`} onClick={(e) => { e.preventDefault(); document.getElementById(f.id)?.focus(); }}>
                {f.label}: {f.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Plain-words wording of API field messages like "must be at least 10 characters". */
export function sentence(message: string): string {
  const m = message.trim();
  return m.charAt(0).toUpperCase() + m.slice(1) + (/[.!?]$/.test(m) ? '' : '.');
}

export function Status(props: { children: ComponentChildren; tone?: 'ok' | 'warn' }) {
  return (
    <p class={`status status--${props.tone ?? 'ok'}`} role="status">
      {props.children}
    </p>
  );
}
