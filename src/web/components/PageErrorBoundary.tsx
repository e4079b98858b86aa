import { Component, type ComponentChildren } from 'preact';
import { Link } from './ui.js';

// A page that throws while it draws shows this instead of a blank screen: what happened in plain words
// and a way home. It resets when the person goes to another page (`resetKey` is the path).

interface Props {
  resetKey: string;
  children: ComponentChildren;
}

interface State {
  failed: boolean;
  key: string;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static override getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static override getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for whoever reports the problem; the person sees the message below.
    console.error('backrub: this page failed to show', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section aria-labelledby="crash-h" class="page-error">
        <h1 id="crash-h">Sorry, this page did not work</h1>
        <p role="alert">Something went wrong while showing this page. Nothing you saved was deleted.</p>
        <p>Try again later, or start from the first page.</p>
        <p>
          <Link href="/" class="button button--primary">Go to the start page</Link>
        </p>
        <p class="hint">If your back pain is severe or getting worse, do not wait for the app: see a doctor.</p>
      </section>
    );
  }
}
