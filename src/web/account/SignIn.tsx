import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../components/ui.js';
import { currentPath, navigate, searchParam } from '../router.js';
import { issuesByField, messageOf } from './api.js';
import { signIn, signUp } from './auth.js';
import { loadPendingEntry } from './drafts.js';
import { signUpSchema, type TooGuessable } from '../../core/password-policy.js';
import { NewPasswordField, useStrength } from './NewPassword.js';
import { ErrorSummary, sentence, TextField } from './widgets.js';

/** Only same-site paths may follow sign-in (no open redirect). */
export function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

/**
 * Every problem the server's own sign-up schema (src/core/password-policy.ts) finds, one per field, with
 * the dictionary once it has loaded: a wrong email and a short password are both named at once.
 */
export function signUpProblems(email: string, password: string, isTooGuessable?: TooGuessable): Record<string, string> {
  const checked = signUpSchema(isTooGuessable).safeParse({ email, password });
  const problems: Record<string, string> = {};
  for (const issue of checked.success ? [] : checked.error.issues) problems[String(issue.path[0])] ??= sentence(issue.message);
  return problems;
}

/**
 * Sign in or create an account. Shown at /account/signin and /account/signup, and in place of any
 * account page when the session has ended (then `stay` keeps the person on that page afterwards, with
 * their unsaved entry still there).
 */
export function SignIn(props: { mode: 'signin' | 'signup'; notice?: string | undefined; stay?: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const signup = props.mode === 'signup';
  const pending = loadPendingEntry();
  const next = safeNext(searchParam('next')) ?? (props.stay ? currentPath() : null);
  const query = next ? `?next=${encodeURIComponent(next)}` : '';

  useEffect(() => heading.current?.focus(), [props.mode]);
  // The dictionary for the strength meter loads once the person starts on a password (sign-up only).
  const strength = useStrength(signup && password.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = signup ? signUpProblems(email.trim(), password, strength?.isTooGuessable) : {};
    if (!email.trim()) local['email'] = 'Please type your email address.';
    if (!password) local['password'] = 'Please type your password.';
    setFieldErrors(local);
    setMessage(undefined);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      if (signup) await signUp(email.trim(), password);
      else await signIn(email.trim(), password);
      setPassword('');
      if (!props.stay) navigate(next ?? (pending ? '/diary?save=session' : '/diary'), { replace: true });
    } catch (error) {
      const byField = issuesByField(error);
      setFieldErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, sentence(v)])));
      setMessage(Object.keys(byField).length > 0 ? undefined : messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const fields = [
    fieldErrors['email'] && { id: 'account-email', label: 'Email', message: fieldErrors['email'] },
    fieldErrors['password'] && { id: 'account-password', label: 'Password', message: fieldErrors['password'] },
  ].filter((f): f is { id: string; label: string; message: string } => !!f);

  return (
    <section class="account-form" aria-labelledby="account-h">
      <h1 id="account-h" tabIndex={-1} ref={heading}>
        {signup ? 'Make an account for your diary' : 'Sign in to your diary'}
      </h1>
      {props.notice && <p class="notice">{props.notice}</p>}
      {pending && (
        <p class="notice" data-testid="pending-note">
          Your session is ready to save: pain {pending.painBefore} before
          {pending.painAfter !== undefined && `, ${pending.painAfter} after`}. It will be saved to your diary when you
          {signup ? ' make your account' : ' sign in'}.
        </p>
      )}
      {signup && (
        <p>
          Your diary keeps your pain scores and sessions, so you can see what helps you. Only you can see it, unless you
          choose to share a summary.
        </p>
      )}
      <ErrorSummary message={message} fields={fields} title={signup ? 'We could not make your account' : 'We could not sign you in'} />
      <form onSubmit={submit} noValidate>
        <TextField id="account-email" label="Email" type="email" value={email} onInput={setEmail} autocomplete="email" required error={fieldErrors['email']} inputMode="email" />
        {signup ? (
          <NewPasswordField id="account-password" label="Password" value={password} onInput={setPassword} email={email.trim()} error={fieldErrors['password']} strength={strength} />
        ) : (
          <TextField id="account-password" label="Password" type="password" value={password} onInput={setPassword} autocomplete="current-password" required error={fieldErrors['password']} />
        )}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {busy ? 'Please wait...' : signup ? 'Make my account' : 'Sign in'}
          </button>
        </div>
      </form>
      {!signup && (
        <p>
          <Link href="/account/forgot">Forgot password?</Link>
        </p>
      )}
      {(
        <p>
          {signup ? 'Already have an account? ' : 'New here? '}
          <Link href={(signup ? '/account/signin' : '/account/signup') + query}>
            {signup ? 'Sign in instead' : 'Make an account'}
          </Link>
        </p>
      )}
    </section>
  );
}
