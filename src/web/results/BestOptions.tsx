import type { Assessment } from '../../core/assessment.js';
import { fitWords, TECHNIQUES } from '../core.js';
import { Icon } from '../components/Icon.js';
import { Link } from '../components/ui.js';
import { formatMinutes } from './words.js';
import { settingWords } from './TechniqueCard.js';

/** How many options the summary names: one or two is what a person in pain can take in. */
const BEST = 2;

/**
 * The short summary under the triage banner: the best one or two options and the button that starts the
 * session. When nothing fits the setting and equipment, it says so and names the nearest options instead.
 */
export function BestOptions(props: { assessment: Assessment }) {
  const { recommendations, noExactFit, plan } = props.assessment;
  const best = recommendations.slice(0, BEST);
  return (
    <section aria-labelledby="best-h" class="card card--note best-options" data-testid="best-options">
      <h2 id="best-h">{noExactFit ? 'Nothing fits exactly: the nearest options' : 'Your best options'}</h2>
      {noExactFit && (
        <p class="notice" data-testid="no-exact-fit">
          {noExactFit}
        </p>
      )}
      {best.length === 0 ? (
        <p data-testid="no-options">
          None of the massages here suits what you told us. A physiotherapist or doctor can tell you what would help.
        </p>
      ) : (
        <ol class="best-options__list">
          {best.map((rec) => (
            <li key={rec.technique} data-technique={rec.technique}>
              <strong>{TECHNIQUES[rec.technique].name}</strong>{' '}
              <span class="hint">
                ({settingWords(rec).toLowerCase()}; {fitWords(rec.score)})
              </span>
              {rec.nearest && rec.why[0] && <span class="best-options__why">{rec.why[0]}</span>}
            </li>
          ))}
        </ol>
      )}
      {plan.steps.length > 0 && (
        <p class="no-print">
          <Link href="/session" class="button button--primary">
            <Icon name="play" /> Start my session ({formatMinutes(plan.totalSeconds)})
          </Link>
        </p>
      )}
      <p class="hint">Massage may ease back pain for a while. It is not a cure, and it works best with staying active.</p>
    </section>
  );
}
