import type { SourceId } from '../../core/assessment.js';
import { SOURCES } from '../../core/knowledge/sources.js';

/** "Where this comes from": every source of a technique or movement page, with its citation. */
export function SourcesCard(props: { ids: readonly SourceId[] }) {
  return (
    <section class="card" aria-labelledby="src-h">
      <h2 id="src-h">Where this comes from</h2>
      <ul class="sources-list">
        {props.ids.map((id) => (
          <li key={id}>
            <cite>{SOURCES[id].title}</cite>. {SOURCES[id].citation}
          </li>
        ))}
      </ul>
    </section>
  );
}
