import type { ComponentChildren } from 'preact';
import { SOURCES } from '../core.js';

/**
 * A part of the results a person can open when they want it (a native <details>, so keyboard, screen
 * reader and print work without script). Print opens every section (styles.css, `::details-content`).
 */
export function Section(props: { id: string; title: string; children: ComponentChildren; open?: boolean; testId?: string }) {
  return (
    <details class="card section" data-section={props.id} data-testid={props.testId} open={props.open}>
      <summary class="section__summary">
        <h2 id={`${props.id}-h`}>{props.title}</h2>
      </summary>
      {props.children}
    </details>
  );
}

/** "Where this comes from": each source once, by title, with the full citation on hover. */
export function Sources(props: { ids: readonly string[] }) {
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

/** A plain list of short texts, each once. */
export function TextList(props: { items: readonly string[]; class?: string }) {
  return (
    <ul class={props.class}>
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
