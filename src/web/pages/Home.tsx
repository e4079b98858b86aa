import type { Answers } from '../answers.js';
import { Link } from '../components/ui.js';
import { PRIVACY_ACCOUNT, PRIVACY_DELETE, PRIVACY_DEVICE } from '../privacy.js';

export function Home(props: { answers: Answers; onRestart: () => void }) {
  const started = props.answers.symptoms.length > 0 || props.answers.age !== undefined || props.answers.areas.length > 0;
  return (
    <section class="home" aria-labelledby="home-h">
      <h1 id="home-h">Sore back? Find a safe massage that may help.</h1>
      <p class="lead">
        Answer a few questions (about 3 minutes). backrub first checks for signs that you need a doctor. Then it shows
        which kinds of massage may suit you, and guides you through a gentle massage at home.
      </p>
      <div class="actions">
        <Link href="/check" class="button button--primary">{started ? 'Continue my answers' : 'Start the questions'}</Link>
        {started && (
          <button type="button" class="button button--secondary" onClick={props.onRestart}>
            Start again
          </button>
        )}
      </div>
      <div class="card card--note">
        <h2>Good to know</h2>
        <ul>
          <li>Massage may ease back pain for a while for some people. It is not a cure.</li>
          <li>It works best together with staying active and gentle exercise.</li>
          <li>Most back pain gets better within about 6 weeks. If yours does not, see a doctor.</li>
        </ul>
      </div>
      <div class="card" data-testid="privacy">
        <h2>Your privacy</h2>
        <p>{PRIVACY_DEVICE}</p>
        <p>{PRIVACY_ACCOUNT}</p>
        <p>{PRIVACY_DELETE}</p>
      </div>
      <p>
        Want to read first? <Link href="/techniques">See all massage techniques</Link>.
      </p>
    </section>
  );
}
