import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Link } from '../components/ui.js';
import { navigate, searchParam } from '../router.js';
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

// The account pages' own route switch (loaded lazily by lazy.tsx). Pages that need an account show the
// sign-in form in place when nobody is signed in, or when the session ended: the page and its unsaved
// draft stay, and come back as soon as the person has signed in again.

function DiaryNav(props: { path: string }) {
  const item = (href: string, text: string) => (
    <li>
      <Link href={href} aria-current={props.path === href ? 'page' : undefined}>{text}</Link>
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

function Deleted() {
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

function Guarded(props: { path: string; children: (user: User) => ComponentChildren }) {
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
      <DiaryNav path={props.path} />
      {props.children(auth.user)}
    </>
  );
}

export default function AccountPages(props: { path: string }) {
  const { path } = props;
  const auth = useAuth();

  if (path.startsWith('/share/')) return <SharedSummary token={decodeURIComponent(path.slice('/share/'.length))} />;
  if (path === '/account/deleted') return <Deleted />;
  if (path === '/account/forgot') return <ForgotPassword />;
  if (path === '/account/reset') return <ResetPassword />;

  if (path === '/account/signin' || path === '/account/signup') {
    if (auth.status === 'signed-in') {
      // Already signed in (e.g. the back button): carry on where they meant to go.
      queueMicrotask(() => navigate(safeNext(searchParam('next')) ?? '/diary', { replace: true }));
      return null;
    }
    const signedOut = searchParam('signedout');
    return (
      <SignIn
        mode={path === '/account/signup' ? 'signup' : 'signin'}
        notice={signedOut ? (Number(signedOut) > 1 ? `You are signed out on all your devices (${signedOut}).` : 'You are signed out.') : undefined}
      />
    );
  }

  return (
    <Guarded path={path}>
      {(user) => {
        if (path === '/diary') return <Diary />;
        if (path === '/diary/new') return <EntryForm key="new" />;
        if (path.startsWith('/diary/entry/')) {
          const id = decodeURIComponent(path.slice('/diary/entry/'.length));
          return <EntryForm key={id} id={id} />;
        }
        if (path === '/diary/checkin') return <CheckIn />;
        if (path === '/diary/progress') return <Dashboard />;
        if (path === '/diary/share') return <Share />;
        if (path === '/diary/summary') return <OwnSummary />;
        if (path === '/account') return <Settings user={user} />;
        return (
          <section aria-labelledby="anf-h">
            <h1 id="anf-h">We could not find that page</h1>
            <Link href="/diary">Go to my diary</Link>
          </section>
        );
      }}
    </Guarded>
  );
}
