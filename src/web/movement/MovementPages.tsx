import { useEffect } from 'preact/hooks';
import { doseWords, MOVEMENTS, type Movement } from '../../core/knowledge/movements.js';
import { isMovementId, MOVEMENT_IDS } from '../../core/movement-vocabulary.js';
import { Link } from '../components/ui.js';
import { optionLabel } from '../labels.js';
import { formatMinutes } from '../results/words.js';
import { MovementFigure } from './figures.js';
import './movement.css';
import { SourcesCard } from '../components/SourcesCard.js';

// The "Stretches and movement" library: fetched when one of its pages opens (routes.tsx), so the
// drawings and this text do not count against the first load.

const focus = (id: string) => document.getElementById(id)?.focus();

function howMuch(m: Movement): string {
  return doseWords(m.dose) || `About ${formatMinutes(m.seconds)}`;
}

export function MovementLibrary() {
  useEffect(() => focus('movements-h'), []);
  return (
    <section aria-labelledby="movements-h">
      <h1 id="movements-h" tabIndex={-1}>Stretches and movement</h1>
      <p class="lead">
        Gentle moves you can do at home, beside massage. Staying active helps most back pain. Go slowly, and stop if it
        hurts. Not sure which suit you? <Link href="/check">Answer the questions</Link>: your plan leaves out any that are not
        safe for you.
      </p>
      <ul class="movement-list" data-testid="movement-list">
        {MOVEMENT_IDS.map((id) => {
          const m = MOVEMENTS[id];
          return (
            <li key={id} class="card">
              <MovementFigure id={id} class="movement-figure--small" />
              <div>
                <h2>
                  <Link href={`/movements/${id}`}>{m.name}</Link>
                </h2>
                <p>{m.summary}</p>
                <p class="hint">{howMuch(m)}</p>
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <Link href="/techniques">See the massage techniques</Link>
      </p>
    </section>
  );
}

export function MovementPage(props: { id: string }) {
  useEffect(() => focus('movement-h'), [props.id]);
  if (!isMovementId(props.id)) {
    return (
      <section aria-labelledby="movement-h">
        <h1 id="movement-h" tabIndex={-1}>We could not find that movement</h1>
        <p>
          <Link href="/movements">See all stretches and movements</Link>
        </p>
      </section>
    );
  }
  const m = MOVEMENTS[props.id];
  return (
    <article class="technique" aria-labelledby="movement-h">
      <p class="breadcrumb">
        <Link href="/movements">All stretches and movements</Link>
      </p>
      <h1 id="movement-h" tabIndex={-1}>{m.name}</h1>
      <MovementFigure id={m.id} title={`Drawing: ${m.position.toLowerCase()}, the position for ${m.name.toLowerCase()}.`} />
      <p class="lead">{m.summary}</p>
      <p>
        <span class="dose">{howMuch(m)}</span>. Helps: {m.areas.map((a) => optionLabel('areas', a).toLowerCase()).join(', ')}.
      </p>
      <section class="card" aria-labelledby="how-h">
        <h2 id="how-h">How to do it</h2>
        <p class="hint">{m.position}.</p>
        <ol class="plan">
          {m.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <section class="card" aria-labelledby="feel-h">
        <h2 id="feel-h">What you should feel</h2>
        <p>{m.feel}</p>
      </section>
      <section class="card card--caution" aria-labelledby="stop-h">
        <h2 id="stop-h">When to stop</h2>
        <ul>
          <li>Stop at once if you feel sharp pain.</li>
          {m.stopIf.map((s) => (
            <li key={s}>{s}</li>
          ))}
          {m.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <SourcesCard ids={m.sources} />
    </article>
  );
}
