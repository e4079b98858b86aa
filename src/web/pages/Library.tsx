import { useEffect } from 'preact/hooks';
import { TECHNIQUE_IDS, type TechniqueId } from '../../core/assessment.js';
import { TECHNIQUES } from '../core.js';
import { Link } from '../components/ui.js';
import { formatMinutes } from '../results/words.js';
import { SourcesCard } from '../components/SourcesCard.js';
import { hasTechniqueFigure, SHOWN_AREA, TechniqueFigure } from '../session/technique-figures.js';

function focusHeading(id: string) {
  document.getElementById(id)?.focus();
}

export function Library() {
  useEffect(() => focusHeading('library-h'), []);
  const home = TECHNIQUE_IDS.filter((id) => TECHNIQUES[id].setting === 'home');
  const pro = TECHNIQUE_IDS.filter((id) => TECHNIQUES[id].setting === 'professional');
  const list = (ids: TechniqueId[]) => (
    <ul class="library-list">
      {ids.map((id) => (
        <li key={id} class="card">
          <h3>
            <Link href={`/techniques/${id}`}>{TECHNIQUES[id].name}</Link>
          </h3>
          <p>{TECHNIQUES[id].summary}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="library-h">
      <h1 id="library-h" tabIndex={-1}>Massage techniques</h1>
      <p class="lead">
        What each kind of massage is, when it may help, and when to take care. Not sure which fits you?{' '}
        <Link href="/check">Answer the questions</Link> first.
      </p>
      <h2>You can do these at home</h2>
      {list(home)}
      <h2>A massage therapist does these</h2>
      {list(pro)}
      <h2>Beside massage</h2>
      <p>
        Staying active helps most back pain. <Link href="/movements">See the stretches and movement</Link>.
      </p>
    </section>
  );
}

export function TechniquePage(props: { id: string }) {
  useEffect(() => focusHeading('technique-h'), [props.id]);
  const t = (TECHNIQUE_IDS as readonly string[]).includes(props.id) ? TECHNIQUES[props.id as TechniqueId] : undefined;
  if (!t) {
    return (
      <section aria-labelledby="technique-h">
        <h1 id="technique-h" tabIndex={-1}>We could not find that technique</h1>
        <p>
          <Link href="/techniques">See all techniques</Link>
        </p>
      </section>
    );
  }
  return (
    <article class="technique" aria-labelledby="technique-h">
      <p class="breadcrumb">
        <Link href="/techniques">All techniques</Link>
      </p>
      <h1 id="technique-h" tabIndex={-1}>{t.name}</h1>
      <p class={`tag tag--${t.setting}`}>{t.setting === 'home' ? 'At home, by yourself' : 'With a massage therapist'}</p>
      <section class="card" aria-labelledby="what-h">
        <h2 id="what-h">What it is</h2>
        <p>{t.summary}</p>
      </section>
      <section class="card" aria-labelledby="why-h">
        <h2 id="why-h">How it may help</h2>
        <p>{t.howItMayHelp}</p>
      </section>
      <section class="card" aria-labelledby="when-h">
        <h2 id="when-h">When it may suit you</h2>
        <ul>
          {t.whenToUse.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </section>
      <section class="card card--caution" aria-labelledby="care-h">
        <h2 id="care-h">Take care</h2>
        <ul>
          {t.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      {t.steps.length > 0 && (
        <section class="card" aria-labelledby="how-h">
          <h2 id="how-h">How to do it</h2>
          <ol class={hasTechniqueFigure(t.id) ? 'plan technique-steps' : 'plan'}>
            {t.steps.map((s, i) => (
              <li key={s.title}>
                {hasTechniqueFigure(t.id) && <TechniqueFigure technique={t.id} step={i} area={SHOWN_AREA[t.id]} id={`${t.id}-${i}`} />}
                <span>
                  <strong>{s.title}</strong> ({formatMinutes(s.seconds)}). {s.instructions}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <SourcesCard ids={t.sources} />
    </article>
  );
}
