import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Assessment, Recommendation, SafetyNetItem } from '../../core/assessment.js';
import type { Intake } from '../../core/intake.js';
import { type Answers, toDraft } from '../answers.js';
import { nextStep, referralsFor, SOURCES, TECHNIQUES } from '../core.js';
import { SafetyNetList } from '../components/SafetyNet.js';
import { Icon } from '../components/Icon.js';
import { TriageBanner } from '../components/TriageBanner.js';
import { Link } from '../components/ui.js';
import { navigate } from '../router.js';
import { DiaryOffer } from '../account/DiaryOffer.js';
import { MOVEMENTS } from '../../core/knowledge/movements.js';
import type { MovementId } from '../../core/movement-vocabulary.js';
import { MovementPart } from '../movement/MovementPart.js';

/**
 * The result to show for the answers, from the core flow: the emergency result as soon as an answer is
 * an emergency (the intake may be unfinished), else the full assessment once every question is answered.
 */
export function assessmentFor(answers: Answers): { intake: Intake | undefined; assessment: Assessment } | null {
  const step = nextStep(toDraft(answers));
  if (step.stage === 'stopped' && step.result) return { intake: undefined, assessment: step.result };
  return step.stage === 'done' && step.intake && step.result ? { intake: step.intake, assessment: step.result } : null;
}

export function formatMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (seconds < 60) return `${seconds} seconds`;
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}

function Sources(props: { ids: readonly string[] }) {
  const ids = [...new Set(props.ids)];
  if (ids.length === 0) return null;
  return (
    <p class="sources">
      <span class="sources__label">Where this comes from: </span>
      {ids.map((id, i) => {
        const s = SOURCES[id as keyof typeof SOURCES];
        return (
          <span key={id}>
            {i > 0 && '; '}
            <cite title={s?.citation}>{s?.title ?? id}</cite>
          </span>
        );
      })}
    </p>
  );
}

/** How many technique cards show at once; the rest sit behind "see more" so the page stays short. */
const TOP = 3;

function TechniqueCard(props: { rec: Recommendation; rank: number }) {
  const { rec } = props;
  const t = TECHNIQUES[rec.technique];
  return (
    <li class="card technique-card" data-technique={rec.technique}>
      <p class="technique-card__rank">
        <span class="rank">{props.rank}</span>
        <span class={`tag tag--${rec.setting}`}>{rec.setting === 'home' ? 'At home, by yourself' : 'With a massage therapist'}</span>
        {rec.nearest && <span class="tag">Nearest option</span>}
      </p>
      <h3>{t.name}</h3>
      <p>{t.summary}</p>
      {rec.why.length > 0 && (
        <>
          <h4>Why this fits you</h4>
          <ul>
            {rec.why.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {rec.cautions.length > 0 && (
        <>
          <h4>Take care</h4>
          <ul class="cautions">
            {rec.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <Sources ids={t.sources} />
      <Link href={`/techniques/${rec.technique}`} class="more no-print">
        More about {t.name.toLowerCase()}
      </Link>
    </li>
  );
}

/** Emergency and urgent results show the action and the reasons, and nothing else. */
export const showsOnlyTheAction = (level: Assessment['triage']): boolean => level === 'emergency' || level === 'urgent';

export function Reasons(props: { reasons: Assessment['reasons'] }) {
  if (props.reasons.length === 0) return null;
  return (
    <section aria-labelledby="reasons-h" class="card">
      <h2 id="reasons-h">Why we say this</h2>
      <ul class="reasons">
        {props.reasons.map((reason) => (
          <li key={reason.code}>
            {reason.message} <span class="source-tag">({SOURCES[reason.source]?.title ?? reason.source})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The core's "get help if" lines under a heading; nothing when the core gives none. */
export function SafetyNet(props: { items: readonly SafetyNetItem[]; title: string }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="net-h" class="card card--note" data-testid="safety-net">
      <h2 id="net-h">{props.title}</h2>
      <SafetyNetList items={props.items} />
      <Sources ids={props.items.map((item) => item.source)} />
    </section>
  );
}

export function Results(props: { answers: Answers; onRestart: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const result = assessmentFor(props.answers);
  // Layout effect: focus moves as soon as the page is in the DOM, before anything can paint or be read.
  useLayoutEffect(() => {
    document.getElementById('results-heading')?.focus();
  }, []);

  if (!result) {
    return (
      <section aria-labelledby="no-results">
        <h1 id="no-results" tabIndex={-1} ref={heading}>No results yet</h1>
        <p>Please answer the questions first. It takes about 3 minutes. Answers you gave before are kept.</p>
        <Link href="/check" class="button button--primary">Go to the questions</Link>
      </section>
    );
  }
  const { intake, assessment: r } = result;
  const restart = (
    <div class="actions no-print">
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          props.onRestart();
          navigate('/check');
        }}
      >
        Start again with new answers
      </button>
    </div>
  );
  const tools = (
    <div class="actions no-print">
      <button type="button" class="button button--secondary" onClick={() => window.print()}>
        <Icon name="print" /> Print or save as PDF
      </button>
      <Link href="/check" class="button button--secondary">Change my answers</Link>
    </div>
  );

  if (showsOnlyTheAction(r.triage)) {
    return (
      <article class="results" aria-labelledby="results-heading">
        <TriageBanner level={r.triage} action={r.action} headingId="results-heading" />
        <Reasons reasons={r.reasons} />
        <SafetyNet items={r.safetyNet} title="Watch for" />
        {tools}
        {restart}
      </article>
    );
  }

  if (r.triage === 'see-doctor-first') {
    return (
      <article class="results" aria-labelledby="results-heading">
        <TriageBanner level={r.triage} action={r.action} headingId="results-heading" />
        <Reasons reasons={r.reasons} />
        <SafetyNet items={r.safetyNet} title="Get help sooner if" />
        {tools}
        {r.tips.length > 0 && (
          <section aria-labelledby="tips-h" class="card">
            <h2 id="tips-h">Until you are seen</h2>
            <ul>
              {r.tips.map((t) => (
                <li key={t.id}>{t.text}</li>
              ))}
            </ul>
            <Sources ids={r.tips.map((t) => t.source)} />
          </section>
        )}
        {/* No diary offer here: it speaks of massage, which is not advised for now. */}
        {restart}
      </article>
    );
  }

  const referrals = intake ? referralsFor(intake.areas) : [];
  return (
    <article class="results" aria-labelledby="results-heading">
      <TriageBanner level={r.triage} action={r.action} headingId="results-heading" />
      <Reasons reasons={r.reasons} />
      <SafetyNet items={r.safetyNet} title="Get help if any of these happen" />
      {tools}

      {r.massageAdvised && r.recommendations.length > 0 && (
        <section aria-labelledby="techniques-h">
          <h2 id="techniques-h">Massage that may suit you</h2>
          {r.noExactFit && <p class="notice" data-testid="no-exact-fit">{r.noExactFit}</p>}
          <p class="lead">
            Best fit first. Massage may ease back pain for a while for some people. It is not a cure, and it works best
            with staying active.
          </p>
          {r.plan.steps.length > 0 && (
            <p class="no-print">
              <Link href="/session" class="button button--primary">
                <Icon name="play" /> Start the guided home massage ({formatMinutes(r.plan.totalSeconds)})
              </Link>
            </p>
          )}
          <ol class="cards">
            {r.recommendations.slice(0, TOP).map((rec, i) => (
              <TechniqueCard key={rec.technique} rec={rec} rank={i + 1} />
            ))}
          </ol>
          {r.recommendations.length > TOP && (
            <details class="more-options">
              <summary>See {r.recommendations.length - TOP} more that may also suit you</summary>
              <ol class="cards" start={TOP + 1}>
                {r.recommendations.slice(TOP).map((rec, i) => (
                  <TechniqueCard key={rec.technique} rec={rec} rank={TOP + i + 1} />
                ))}
              </ol>
            </details>
          )}
        </section>
      )}

      {r.plan.steps.length > 0 && (
        <section aria-labelledby="plan-h" class="card">
          <h2 id="plan-h">Your home plan ({formatMinutes(r.plan.totalSeconds)})</h2>
          <ol class="plan">
            {r.plan.steps.map((s, i) => (
              <li key={i}>
                <strong>{stepTitle(s.technique, s.movement)}</strong> ({formatMinutes(s.seconds)}). {s.instructions}
              </li>
            ))}
          </ol>
        </section>
      )}

      <MovementPart assessment={r} />

      {r.avoid.length > 0 && (
        <section aria-labelledby="avoid-h" class="card">
          <h2 id="avoid-h">What to avoid, and why</h2>
          <ul>
            {r.avoid.map((x) => (
              <li key={x.technique}>
                <strong>{TECHNIQUES[x.technique].name}:</strong> {x.why}
              </li>
            ))}
          </ul>
        </section>
      )}

      {referrals.length > 0 && (
        <section aria-labelledby="refer-h" class="card">
          <h2 id="refer-h">Muscles that commonly send pain to these places</h2>
          <p class="hint">
            Pain is not always where the problem is. These muscles <em>may</em> play a part. This is not a diagnosis:
            only a clinician can say what is causing your pain.
          </p>
          <ul>
            {referrals.map((m) => (
              <li key={m.id}>
                <strong>{m.muscle}</strong> ({m.location}) can send pain to {m.feltIn}.
              </li>
            ))}
          </ul>
          <Sources ids={['TS']} />
        </section>
      )}

      {r.plan.lifestyle.length > 0 && (
        <section aria-labelledby="life-h" class="card">
          <h2 id="life-h">For the longer term</h2>
          <ul>
            {r.plan.lifestyle.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
      )}

      {r.tips.length > 0 && (
        <section aria-labelledby="tips-h" class="card">
          <h2 id="tips-h">Safety tips</h2>
          <ul>
            {r.tips.map((t) => (
              <li key={t.id}>{t.text}</li>
            ))}
          </ul>
          <Sources ids={r.tips.map((t) => t.source)} />
        </section>
      )}

      <p class="hint">backrub gives general advice. It cannot examine you and does not replace a doctor or physiotherapist.</p>
      <DiaryOffer />
      {restart}
    </article>
  );
}

export function stepTitle(technique: string, movement?: MovementId): string {
  if (movement) return MOVEMENTS[movement].name;
  if (technique === 'warm-up') return 'Warm up';
  if (technique === 'water') return 'Rest and drink water if you are thirsty';
  return TECHNIQUES[technique as keyof typeof TECHNIQUES]?.name ?? technique;
}
