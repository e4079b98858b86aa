import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Link } from '../components/ui.js';
import { currentPath, navigate, searchParam, usePath } from '../router.js';
import './account.css';
import { useAuth, type User } from './auth.js';
import { CheckIn } from './CheckIn.js';
import { Dashboard } from './Dashboard.js';
import { Diary } from './Diary.js';
import { EntryForm } from './EntryForm.js';
import { ForgotPassword, ResetPassword } from './PasswordReset.js';
import { Settings } from './Settings.js';
import { Share } from './Share.js';
import { safeNext, SignIn } from './SignIn.js';
import { OwnSummary, SharedSummary } from './Summary.js';

// The account pages, one component per route of the app's route table (routes.tsx loads this module
// when one of them opens). Pages that need an account show the
// sign-in form in place when nobody is signed in, or when the session ended: the page and its unsaved
// draft stay, and come back as soon as the person has signed in again.

function DiaryNav() {
  const path = usePath();
  const item = (href: string, text: string) => (
    <li>
      <Link href={href} aria-current={path === href ? 'page' : undefined}>{text}</Link>
    </li>
  );
  return (
    <nav aria-label="My diary" class="diary-nav no-print">
      <ul>
        {item('/diary', 'Diary')}
        {item('/diary/progress', 'Progress')}
        {item('/diary/share', 'Share')}
        {item('/account', 'Account')}
      </ul>
    </nav>
  );
}

export function Deleted() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="deleted-h">
      <h1 id="deleted-h" tabIndex={-1} ref={heading}>Your account is deleted</h1>
      <p role="status">Your account and everything in it are gone. Thank you for using backrub.</p>
      <p>You can still use the questions and the guided massage without an account.</p>
      <Link href="/" class="button button--primary">Go to the start page</Link>
    </section>
  );
}

function Guarded(props: { children: (user: User) => ComponentChildren }) {
  const auth = useAuth();
  if (auth.status === 'loading') return <p class="hint" role="status">Checking if you are signed in...</p>;
  if (auth.status === 'unavailable') {
    return (
      <section aria-labelledby="na-h">
        <h1 id="na-h">The diary is not available</h1>
        <p role="alert">{auth.message}</p>
        <p>You can still use the questions and the guided massage.</p>
        <Link href="/" class="button button--secondary">Go to the start page</Link>
      </section>
    );
  }
  if (auth.status === 'signed-out') {
    return (
      <SignIn
        mode="signin"
        stay
        notice={auth.expired ? 'You were signed out (your session ended). Please sign in again. Anything you had not saved is kept.' : undefined}
      />
    );
  }
  return (
    <>
      <DiaryNav />
      {props.children(auth.user)}
    </>
  );
}

/** Sign in or make an account; someone already signed in (e.g. the back button) carries on where they meant to go. */
function SignInOrUp(props: { mode: 'signin' | 'signup' }) {
  const auth = useAuth();
  if (auth.status === 'signed-in') {
    // Only while still here: signing in itself already went on to `next`, and this page may draw once more.
    queueMicrotask(() => {
      if (currentPath().startsWith('/account/sign')) navigate(safeNext(searchParam('next')) ?? '/diary', { replace: true });
    });
    return null;
  }
  const signedOut = searchParam('signedout');
  return (
    <SignIn
      mode={props.mode}
      notice={signedOut ? (Number(signedOut) > 1 ? `You are signed out on all your devices (${signedOut}).` : 'You are signed out.') : undefined}
    />
  );
}

export const SignInPage = () => <SignInOrUp mode="signin" />;
export const SignUpPage = () => <SignInOrUp mode="signup" />;
export { ForgotPassword, ResetPassword };
export const SharedSummaryPage = (props: { token: string }) => <SharedSummary token={props.token} />;

export const DiaryPage = () => <Guarded>{() => <Diary />}</Guarded>;
export const NewEntryPage = () => <Guarded>{() => <EntryForm key="new" />}</Guarded>;
export const EditEntryPage = (props: { id: string }) => <Guarded>{() => <EntryForm key={props.id} id={props.id} />}</Guarded>;
export const CheckInPage = () => <Guarded>{() => <CheckIn />}</Guarded>;
export const ProgressPage = () => <Guarded>{() => <Dashboard />}</Guarded>;
export const SharePage = () => <Guarded>{() => <Share />}</Guarded>;
export const SummaryPage = () => <Guarded>{() => <OwnSummary />}</Guarded>;
export const SettingsPage = () => <Guarded>{(user) => <Settings user={user} />}</Guarded>;
