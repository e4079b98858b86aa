import type { ComponentType, FunctionComponent, VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Answers } from './answers-store.js';
import { PageErrorBoundary } from './components/PageErrorBoundary.js';
import { lazyPage } from './lazy.js';
import { Home } from './pages/Home.js';
import { usePath } from './router.js';
import { Link } from './components/ui.js';
import { afterV1Save } from './v1-save.js';

// The app's one route table: every URL, its page title and its page. Only Home is in the first bundle;
// every other page is a chunk fetched when opened (lazy.tsx). Each page has its own error boundary, so
// a page that fails shows a friendly message with a way home instead of a blank screen.

/** What the pages share, kept by App so that the answers survive moving between pages. */
export interface AppState {
  answers: Answers;
  setAnswers: (answers: Answers) => void;
  step: number;
  setStep: (step: number) => void;
  restart: () => void;
}

/** What the router gives a page: the app state and the URL's named parts (e.g. `:id`). */
export interface RouteProps {
  app: AppState;
  params: Record<string, string | undefined>;
}

export interface AppRoute {
  path: string;
  title: string;
  page: ComponentType<RouteProps>;
}

const SUFFIX = ' - backrub';

function route(path: string, title: string, render: (props: RouteProps) => VNode): AppRoute {
  // One component per route (not one shared renderer): the router remounts the page when the route
  // changes, but not when only the query changes (/check?step=... stays the same wizard).
  const Page: FunctionComponent<RouteProps> = (props) => {
    useEffect(() => {
      document.title = title;
    }, []);
    return <PageErrorBoundary resetKey={usePath()}>{render(props)}</PageErrorBoundary>;
  };
  return { path, title, page: Page };
}

const page = (path: string, name: string, render: (props: RouteProps) => VNode) => route(path, name + SUFFIX, render);

// The pages that read the answers wait for a first-wizard save to be read with the engine (v1-save.ts).
const Wizard = lazyPage(() => afterV1Save(import('./pages/Wizard.js').then((m) => m.Wizard)));
const Results = lazyPage(() => afterV1Save(import('./pages/Results.js').then((m) => m.Results)));
const Session = lazyPage(() => afterV1Save(import('./pages/Session.js').then((m) => m.default)));
const Library = lazyPage(() => import('./pages/Library.js').then((m) => m.Library));
const Technique = lazyPage(() => import('./pages/Library.js').then((m) => m.TechniquePage));
const movements = <P extends object>(pick: (m: typeof import('./movement/MovementPages.js')) => ComponentType<P>) =>
  lazyPage<P>(() => import('./movement/MovementPages.js').then(pick));
const account = <P extends object>(pick: (m: typeof import('./account/AccountPages.js')) => ComponentType<P>) =>
  lazyPage<P>(() => import('./account/AccountPages.js').then(pick));

const MovementLibrary = movements((m) => m.MovementLibrary);
const MovementPage = movements((m) => m.MovementPage);
const Diary = account((m) => m.DiaryPage);
const NewEntry = account((m) => m.NewEntryPage);
const EditEntry = account((m) => m.EditEntryPage);
const CheckIn = account((m) => m.CheckInPage);
const Progress = account((m) => m.ProgressPage);
const Share = account((m) => m.SharePage);
const Summary = account((m) => m.SummaryPage);
const Settings = account((m) => m.SettingsPage);
const SignIn = account((m) => m.SignInPage);
const SignUp = account((m) => m.SignUpPage);
const Deleted = account((m) => m.Deleted);
const Forgot = account((m) => m.ForgotPassword);
const Reset = account((m) => m.ResetPassword);
const SharedSummary = account((m) => m.SharedSummaryPage);

export const ROUTES: readonly AppRoute[] = [
  route('/', 'backrub: safe massage for back pain', ({ app }) => <Home answers={app.answers} onRestart={app.restart} />),
  page('/check', 'Questions', ({ app }) => <Wizard answers={app.answers} setAnswers={app.setAnswers} step={app.step} setStep={app.setStep} />),
  page('/results', 'Your results', ({ app }) => <Results answers={app.answers} onRestart={app.restart} />),
  page('/session', 'Guided massage', ({ app }) => <Session answers={app.answers} />),
  page('/techniques', 'Massage techniques', () => <Library />),
  page('/techniques/:id', 'Technique', ({ params }) => <Technique id={params['id'] ?? ''} />),
  page('/movements', 'Stretches and movement', () => <MovementLibrary />),
  page('/movements/:id', 'Stretch or movement', ({ params }) => <MovementPage id={params['id'] ?? ''} />),
  page('/diary', 'My diary', () => <Diary />),
  page('/diary/new', 'Add to my diary', () => <NewEntry />),
  page('/diary/entry/:id', 'Change a diary entry', ({ params }) => <EditEntry id={params['id'] ?? ''} />),
  page('/diary/progress', 'My progress', () => <Progress />),
  page('/diary/checkin', 'Weekly check-in', () => <CheckIn />),
  page('/diary/share', 'Share with my therapist or doctor', () => <Share />),
  page('/diary/summary', 'My summary', () => <Summary />),
  page('/account', 'My account', () => <Settings />),
  page('/account/signin', 'Sign in', () => <SignIn />),
  page('/account/signup', 'Make an account', () => <SignUp />),
  page('/account/deleted', 'Account deleted', () => <Deleted />),
  page('/account/forgot', 'Forgot password', () => <Forgot />),
  page('/account/reset', 'Choose a new password', () => <Reset />),
  page('/share/:token', 'Back pain summary', ({ params }) => <SharedSummary token={params['token'] ?? ''} />),
];

export const NOT_FOUND: AppRoute = route('/404', 'backrub', () => <NotFound />);

function NotFound() {
  return (
    <section aria-labelledby="nf-h">
      <h1 id="nf-h">We could not find that page</h1>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </section>
  );
}
