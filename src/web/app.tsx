import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Answers, clearAnswers, EMPTY_ANSWERS, isV1Save, loadStep, loadStoredAnswers } from './answers-store.js';
import { Link } from './components/ui.js';
import { lazyPage } from './lazy.js';
import { Home } from './pages/Home.js';
import { usePath } from './router.js';
import { accountTitle, isAccountPath, LazyAccount } from './account/lazy.js';
import { isMovementPath, LazyMovements, movementTitle } from './movement/lazy.js';

/**
 * A save from the first wizard has no `answered`: only the engine (answers.ts) can tell which of its
 * questions were answered. App reads it again with the engine, and the pages that read the answers wait
 * for that reading, so they never see the save without it.
 */
let v1Reading: Promise<Answers | null> | null = null;
const readV1Save = () =>
  (v1Reading ??= isV1Save()
    ? import('./answers.js').then(
        (m) => m.loadAnswers(),
        (error: unknown) => {
          v1Reading = null; // a later visit tries again
          throw error;
        },
      )
    : Promise.resolve(null));
const afterV1Save = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, readV1Save()]).then(([p]) => p);

// The pages that need the safety engine or the knowledge base load when opened (see lazy.tsx).
const LazyWizard = lazyPage(() => afterV1Save(import('./pages/Wizard.js').then((m) => m.Wizard)));
const LazyResults = lazyPage(() => afterV1Save(import('./pages/Results.js').then((m) => m.Results)));
const LazyLibrary = lazyPage(() => import('./pages/Library.js').then((m) => m.Library));
const LazyTechnique = lazyPage(() => import('./pages/Library.js').then((m) => m.TechniquePage));

type SessionPage = ComponentType<{ answers: Answers }>;
let sessionModule: Promise<SessionPage> | null = null;

/** The guided session is the heaviest page and not needed on first load: it is fetched when opened. */
function LazySession(props: { answers: Answers }) {
  const [Page, setPage] = useState<SessionPage | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    sessionModule ??= afterV1Save(import('./pages/Session.js').then((m) => m.default));
    sessionModule.then((p) => setPage(() => p)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert">The session page could not load. Check your connection and reload the page.</p>;
  return Page ? <Page answers={props.answers} /> : <p class="hint">Loading the session...</p>;
}

const TITLES: Record<string, string> = {
  '/': 'backrub: safe massage for back pain',
  '/check': 'Questions - backrub',
  '/results': 'Your results - backrub',
  '/techniques': 'Massage techniques - backrub',
  '/session': 'Guided massage - backrub',
};

export function App() {
  const path = usePath();
  const [answers, setAnswers] = useState<Answers>(loadStoredAnswers);
  const [step, setStep] = useState(loadStep);

  useEffect(() => {
    void readV1Save().then((a) => a && setAnswers(a)).catch(() => {
      /* offline before the engine was cached: the pages that need it say so */
    });
  }, []);

  useEffect(() => {
    document.title = TITLES[path] ?? accountTitle(path) ?? movementTitle(path) ?? (path.startsWith('/techniques/') ? 'Technique - backrub' : 'backrub');
  }, [path]);

  const restart = () => {
    clearAnswers();
    setAnswers({ ...EMPTY_ANSWERS });
    setStep(0);
  };

  let page;
  if (path === '/') page = <Home answers={answers} onRestart={restart} />;
  else if (path === '/check') page = <LazyWizard answers={answers} setAnswers={setAnswers} step={step} setStep={setStep} />;
  else if (path === '/results') page = <LazyResults answers={answers} onRestart={restart} />;
  else if (path === '/techniques') page = <LazyLibrary />;
  else if (path.startsWith('/techniques/')) page = <LazyTechnique id={decodeURIComponent(path.slice('/techniques/'.length))} />;
  else if (path === '/session') page = <LazySession answers={answers} />;
  else if (isAccountPath(path)) page = <LazyAccount path={path} />;
  else if (isMovementPath(path)) page = <LazyMovements path={path} />;
  else
    page = (
      <section aria-labelledby="nf-h">
        <h1 id="nf-h">We could not find that page</h1>
        <p>
          <Link href="/">Go to the start page</Link>
        </p>
      </section>
    );

  const nav = (href: string, text: string) => (
    <li>
      <Link href={href} aria-current={path === href || (href !== '/' && path.startsWith(href)) ? 'page' : undefined}>
        {text}
      </Link>
    </li>
  );

  return (
    <>
      <a href="#main" class="skip-link">Skip to main content</a>
      <header class="site-header no-print">
        <Link href="/" class="brand">
          <svg viewBox="0 0 32 32" aria-hidden="true" class="brand__logo">
            <circle cx="16" cy="16" r="15" class="brand__bg" />
            <path d="M16 6 C12 10 12 13 16 16 C20 19 20 22 16 26" class="brand__spine" />
          </svg>
          backrub
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav('/check', 'Check my back')}
            {nav('/techniques', 'Techniques')}
            {nav('/movements', 'Stretches')}
            {nav('/diary', 'Diary')}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{page}</main>
      <footer class="site-footer">
        <p>
          backrub gives general advice about massage. It does not diagnose and does not replace a doctor. In an emergency,
          get help at once.
        </p>
      </footer>
    </>
  );
}
