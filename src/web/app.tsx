import { useEffect, useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { type Answers, clearAnswers, EMPTY_ANSWERS, loadStep, readStoredAnswers } from './answers-store.js';
import { PageErrorBoundary } from './components/PageErrorBoundary.js';
import { SavedAnswersNotice } from './components/SavedAnswersNotice.js';
import { Link } from './components/ui.js';
import { ROUTED_LINKS, RouterBridge, usePath } from './router.js';
import { type AppState, NOT_FOUND, ROUTES } from './routes.js';
import { readV1Save } from './v1-save.js';

/** The pages that show or use the saved answers, where a notice about unreadable ones matters. */
const ANSWER_PAGES = new Set(['/check', '/results', '/session']);

export function App() {
  return (
    <LocationProvider scope={ROUTED_LINKS}>
      <RouterBridge />
      <Layout />
    </LocationProvider>
  );
}

function Layout() {
  const path = usePath();
  const [saved] = useState(readStoredAnswers);
  const [answers, setAnswers] = useState<Answers>(saved.value);
  const [step, setStep] = useState(loadStep);

  useEffect(() => {
    void readV1Save().then((a) => a && setAnswers(a)).catch(() => {
      /* offline before the engine was cached: the pages that need it say so */
    });
  }, []);

  const restart = () => {
    clearAnswers();
    setAnswers({ ...EMPTY_ANSWERS });
    setStep(0);
  };
  const app: AppState = { answers, setAnswers, step, setStep, restart };

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
      <main id="main" tabIndex={-1}>
        {/* Also catches what fails before a page is chosen, e.g. a link with broken %-escapes. */}
        {saved.dropped.length > 0 && ANSWER_PAGES.has(path) && <SavedAnswersNotice count={saved.dropped.length} />}
        <PageErrorBoundary resetKey={path}>
          <Router>
            {[
              ...ROUTES.map((r) => <Route key={r.path} path={r.path} component={r.page} app={app} />),
              <Route key="404" default component={NOT_FOUND.page} app={app} />,
            ]}
          </Router>
        </PageErrorBoundary>
      </main>
      <footer class="site-footer">
        <p>
          backrub gives general advice about massage. It does not diagnose and does not replace a doctor. In an emergency,
          get help at once.
        </p>
      </footer>
    </>
  );
}
