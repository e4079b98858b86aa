import type { Assessment } from '../../core/assessment.js';
import type { Intake } from '../../core/intake.js';
import { referralsFor, TECHNIQUES } from '../core.js';
import { MovementPart } from '../movement/MovementPart.js';
import { stepTitle } from './step-title.js';
import { Section, Sources, TextList } from './Section.js';
import { TechniqueCard } from './TechniqueCard.js';
import { formatMinutes } from './words.js';

/** Every option, best first, each with why it fits: the summary above names only the top one or two. */
function AllOptions(props: { assessment: Assessment }) {
  const { recommendations } = props.assessment;
  if (recommendations.length === 0) return null;
  return (
    <Section id="techniques" title={`All ${recommendations.length} options, best fit first`}>
      <p class="hint">
        "Best fit" counts how many of your answers each one matches. It does not say how likely it is to help.
      </p>
      <ol class="cards">
        {recommendations.map((rec, i) => (
          <TechniqueCard key={rec.technique} rec={rec} rank={i + 1} />
        ))}
      </ol>
    </Section>
  );
}

function HomePlan(props: { plan: Assessment['plan'] }) {
  const { plan } = props;
  if (plan.steps.length === 0) return null;
  return (
    <Section id="plan" title={`Your home plan, step by step (${formatMinutes(plan.totalSeconds)})`}>
      <ol class="plan">
        {plan.steps.map((s, i) => (
          <li key={i}>
            <strong>{stepTitle(s.technique, s.movement)}</strong> ({formatMinutes(s.seconds)}). {s.instructions}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Avoid(props: { avoid: Assessment['avoid'] }) {
  if (props.avoid.length === 0) return null;
  return (
    <Section id="avoid" title="What to avoid, and why">
      <ul>
        {props.avoid.map((x) => (
          <li key={x.technique}>
            <strong>{TECHNIQUES[x.technique].name}:</strong> {x.why}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Muscles by their everyday name first, the anatomy name in brackets for a therapist. */
function Muscles(props: { intake: Intake | undefined }) {
  const referrals = props.intake ? referralsFor(props.intake.areas) : [];
  if (referrals.length === 0) return null;
  return (
    <Section id="refer" title="Muscles that commonly send pain to these places">
      <p class="hint">
        Pain is not always where the problem is. These muscles <em>may</em> play a part. This is not a diagnosis: only a
        clinician can say what is causing your pain.
      </p>
      <ul data-testid="muscles">
        {referrals.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> ({m.muscle}), {m.location}, can send pain to {m.feltIn}.
          </li>
        ))}
      </ul>
      <Sources ids={['TS']} />
    </Section>
  );
}

/** Everything under the summary and the recap, in sections a person opens when they want them. */
export function DetailSections(props: { assessment: Assessment; intake: Intake | undefined }) {
  const r = props.assessment;
  return (
    <div class="results__details">
      <h2 class="results__details-title">More detail</h2>
      <AllOptions assessment={r} />
      <HomePlan plan={r.plan} />
      <MovementPart assessment={r} />
      <Avoid avoid={r.avoid} />
      <Muscles intake={props.intake} />
      {r.plan.lifestyle.length > 0 && (
        <Section id="life" title="For the longer term">
          <TextList items={r.plan.lifestyle} />
        </Section>
      )}
      {r.tips.length > 0 && (
        <Section id="tips" title="Safety tips">
          <TextList items={r.tips.map((t) => t.text)} />
          <Sources ids={r.tips.map((t) => t.source)} />
        </Section>
      )}
    </div>
  );
}
