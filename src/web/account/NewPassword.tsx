import { useEffect, useState } from 'preact/hooks';
import { isTooShort, PASSWORD_MIN_LENGTH, passwordProblem } from '../../core/password-policy.js';
import { describedBy } from '../components/ui.js';

// A new-password field with a strength meter (sign-up, change and reset). The rules are the server's
// (src/core/password-policy.ts); the common-password dictionary (about 1 MB) loads only when the
// person starts typing here, so no other page pays for it. The meter says its level in words, never
// by colour alone.

type StrengthModule = typeof import('./password-strength.js');
let strengthModule: Promise<StrengthModule> | null = null;
const loadStrength = () => (strengthModule ??= import('./password-strength.js'));

/** The strength checker once loaded (undefined before): pass it to the policy for the full check. */
export function useStrength(active: boolean): StrengthModule | undefined {
  const [mod, setMod] = useState<StrengthModule | undefined>(undefined);
  useEffect(() => {
    if (active && !mod) void loadStrength().then((m) => setMod(() => m)).catch(() => undefined);
  }, [active]);
  return mod;
}

/** The first rule the password breaks, in a sentence (with the dictionary when it has loaded). */
export function newPasswordProblem(password: string, email: string | undefined, strength: StrengthModule | undefined): string | undefined {
  return passwordProblem(password, email, strength?.isTooGuessable);
}

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few words you will remember works well, like "blue kettle sunny morning".`;

export function NewPasswordField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  email: string | undefined;
  error?: string | undefined;
  strength: StrengthModule | undefined;
}) {
  const { id, value, strength } = props;
  const typed = value.length > 0;
  const result = typed && strength ? strength.passwordStrength(value, props.email ? [props.email.split('@')[0] ?? ''] : []) : undefined;
  const tooShort = typed && isTooShort(value);
  const level = !typed ? undefined : tooShort ? 'Too short' : result ? result.label : 'Checking...';
  const score = tooShort ? 0 : (result?.score ?? 0);
  return (
    <div class="field">
      <label for={id} class="field__label">{props.label}</label>
      <p class="hint" id={`${id}-hint`}>{NEW_PASSWORD_HINT}</p>
      {props.error && <p class="field-error" id={`${id}-error`}>{props.error}</p>}
      <input
        id={id}
        class="input input--wide"
        type="password"
        value={value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        autocomplete="new-password"
        required
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, props.error && `${id}-error`, `${id}-strength`)}
      />
      <div class="strength" data-score={typed ? score : undefined}>
        {typed && (
          <div class="strength__bar" aria-hidden="true">
            <span />
          </div>
        )}
        <p class="strength__text" id={`${id}-strength`} aria-live="polite">
          {level ? `Password strength: ${level}` : ''}
        </p>
      </div>
    </div>
  );
}
