import type { Recommendation } from '../../core/assessment.js';
import { fitWords, TECHNIQUES } from '../core.js';
import { Link } from '../components/ui.js';
import { Sources, TextList } from './Section.js';

export const settingWords = (rec: Recommendation) => (rec.setting === 'home' ? 'At home, by yourself' : 'With a massage therapist');

/** One ranked technique with why it fits, what to take care with, and where the advice comes from. */
export function TechniqueCard(props: { rec: Recommendation; rank: number }) {
  const { rec } = props;
  const t = TECHNIQUES[rec.technique];
  return (
    <li class="card technique-card" data-technique={rec.technique}>
      <p class="technique-card__rank">
        <span class="rank">{props.rank}</span>
        <span class={`tag tag--${rec.setting}`}>{settingWords(rec)}</span>
        {rec.nearest && <span class="tag">Nearest option</span>}
      </p>
      <h3>{t.name}</h3>
      <p class="fit" data-testid="fit">It {fitWords(rec.score)}.</p>
      <p>{t.summary}</p>
      {rec.why.length > 0 && (
        <>
          <h4>Why this fits you</h4>
          <TextList items={rec.why} />
        </>
      )}
      {rec.cautions.length > 0 && (
        <>
          <h4>Take care</h4>
          <TextList items={rec.cautions} class="cautions" />
        </>
      )}
      <Sources ids={t.sources} />
      <Link href={`/techniques/${rec.technique}`} class="more no-print">
        More about {t.name.toLowerCase()}
      </Link>
    </li>
  );
}
