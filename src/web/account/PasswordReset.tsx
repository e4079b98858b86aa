import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../components/ui.js';
import { issuesByField, messageOf } from './api.js';
import { requestPasswordReset, resetPassword } from './auth.js';
import { NewPasswordField, newPasswordProblem, useStrength } from './NewPassword.js';
import { ErrorSummary, sentence, Status, TextField } from './widgets.js';

// "Forgot password?" (/account/forgot) asks for a link by mail; the link opens /account/reset#token=...
// The token sits in the fragment, which the browser never sends to the server or to other sites.

function useFocusedHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [sent, setSent] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const heading = useFocusedHeading();

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setMessage(undefined);
    if (!email.trim()) {
      setError('Please type your email address.');
      return;
    }
    setBusy(true);
    try {
      setSent(await requestPasswordReset(email.trim()));
    } catch (e) {
      const field = issuesByField(e)['email'];
      if (field) setError(sentence(field));
      else setMessage(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="account-form" aria-labelledby="forgot-h">
      <h1 id="forgot-h" tabIndex={-1} ref={heading}>Forgot your password?</h1>
      {sent ? (
        <>
          <Status>{sent}</Status>
          <p>Check your inbox (and the spam folder). If nothing comes, the person who runs this backrub can make a link for you.</p>
          <p><Link href="/account/signin">Back to sign in</Link></p>
        </>
      ) : (
        <>
          <p>Type the email you signed up with. We will send you a link to choose a new password.</p>
          <ErrorSummary message={message} fields={error ? [{ id: 'forgot-email', label: 'Email', message: error }] : []} title="We could not send the link" />
          <form onSubmit={submit} noValidate>
            <TextField id="forgot-email" label="Email" type="email" value={email} onInput={setEmail} autocomplete="email" inputMode="email" required error={error} />
            <div class="actions">
              <button type="submit" class="button button--primary" disabled={busy}>{busy ? 'Please wait...' : 'Send me a link'}</button>
            </div>
          </form>
          <p><Link href="/account/signin">Back to sign in</Link></p>
        </>
      )}
    </section>
  );
}

/** The token from `#token=...`, read once; the fragment is then removed from the address bar and history. */
function takeToken(): string {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

export function ResetPassword() {
  const [token] = useState(takeToken);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [linkBroken, setLinkBroken] = useState(!token);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useFocusedHeading();
  const strength = useStrength(password.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    const problem = password ? newPasswordProblem(password, undefined, strength) : 'please type a new password';
    setFieldError(problem && sentence(problem));
    if (problem) return;
    setBusy(true);
    try {
      await resetPassword(token, password);
      setPassword('');
      setDone(true);
    } catch (e) {
      const byField = issuesByField(e);
      if (byField['token']) setLinkBroken(true);
      else if (byField['newPassword']) setFieldError(sentence(byField['newPassword']));
      else setMessage(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section class="account-form" aria-labelledby="reset-h">
        <h1 id="reset-h" tabIndex={-1} ref={heading}>Your password is changed</h1>
        <Status>You can sign in with your new password now. We signed you out on every device, to be safe.</Status>
        <Link href="/account/signin" class="button button--primary">Sign in</Link>
      </section>
    );
  }
  if (linkBroken) {
    return (
      <section class="account-form" aria-labelledby="reset-h">
        <h1 id="reset-h" tabIndex={-1} ref={heading}>This link does not work</h1>
        <p role="alert">The link was used already, is older than 30 minutes, or was not copied whole. Please ask for a new one.</p>
        <Link href="/account/forgot" class="button button--primary">Send me a new link</Link>
      </section>
    );
  }
  return (
    <section class="account-form" aria-labelledby="reset-h">
      <h1 id="reset-h" tabIndex={-1} ref={heading}>Choose a new password</h1>
      <ErrorSummary message={message} fields={fieldError ? [{ id: 'reset-password', label: 'New password', message: fieldError }] : []} title="Your password was not changed" />
      <form onSubmit={submit} noValidate>
        <NewPasswordField id="reset-password" label="New password" value={password} onInput={setPassword} email={undefined} error={fieldError} strength={strength} />
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={busy}>{busy ? 'Please wait...' : 'Save my new password'}</button>
        </div>
      </form>
    </section>
  );
}
