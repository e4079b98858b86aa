import type { Assessment } from '../../core/assessment.js';
import { MOVEMENTS } from '../../core/knowledge/movements.js';
import { SOURCES } from '../core.js';
import { Icon } from '../components/Icon.js';
import { Link } from '../components/ui.js';
import { Section } from '../results/Section.js';

// The movement part of the results (decision 0052): the session's movements or the daily routine,
// movements to leave out and why, the activity goal and the posture checklist. Text only: the
// drawings live in the lazily loaded library.

const minutes = (seconds: number) => `${Math.max(1, Math.round(seconds / 60))} minute${Math.round(seconds / 60) > 1 ? 's' : ''}`;

export function MovementPart(props: { assessment: Assessment }) {
  const { plan, avoidMovements, massageAdvised } = props.assessment;
  const inSession = plan.steps.filter((s) => s.kind === 'movement');
  if (!massageAdvised || (!plan.activity && inSession.length === 0 && !plan.routine)) return null;
  const routine = plan.routine;
  return (
    <Section id="movement" title="Stretches and movement" testId="movement-part">
      {inSession.length > 0 && (
        <p>
          Your home session ends with {inSession.length} gentle move{inSession.length > 1 ? 's' : ''}:{' '}
          {inSession.map((s, i) => (
            <span key={s.movement}>
              {i > 0 && ', '}
              <Link href={`/movements/${s.movement}`}>{s.movement ? MOVEMENTS[s.movement].name : ''}</Link>
            </span>
          ))}
          .
        </p>
      )}
      {routine && (
        <>
          <h3>Your daily routine (about {minutes(routine.totalSeconds)})</h3>
          <p class="hint">{routine.when}</p>
          <ol class="plan">
            {routine.steps.map((s) => (
              <li key={s.movement}>
                <Link href={`/movements/${s.movement}`}>{s.movement ? MOVEMENTS[s.movement].name : ''}</Link>
              </li>
            ))}
          </ol>
          <p class="no-print">
            <Link href="/session?routine=1" class="button button--primary">
              <Icon name="play" /> Start the daily routine
            </Link>
          </p>
        </>
      )}
      {plan.activity && (
        <>
          <h3>Stay active</h3>
          <p>{plan.activity.goal}</p>
          <p class="hint">From: {SOURCES[plan.activity.source].title}.</p>
        </>
      )}
      {plan.posture && (
        <>
          <h3>Posture checklist</h3>
          <ul>
            {plan.posture.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p class="hint">From: {SOURCES[plan.posture.source].title}.</p>
        </>
      )}
      {avoidMovements && avoidMovements.length > 0 && (
        <>
          <h3>Movements to leave out, and why</h3>
          <ul data-testid="avoid-movements">
            {avoidMovements.map((x) => (
              <li key={x.movement}>
                <strong>{MOVEMENTS[x.movement].name}:</strong> {x.why}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/movements">See all stretches and movements</Link>
      </p>
    </Section>
  );
}
