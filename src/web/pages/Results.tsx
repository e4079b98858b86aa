import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { SafetyNetItem, TriageLevel } from '../../core/assessment.js';
import type { Answers } from '../answers.js';
import { SafetyNetList } from '../components/SafetyNet.js';
import { Icon } from '../components/Icon.js';
import { TriageBanner } from '../components/TriageBanner.js';
import { Link } from '../components/ui.js';
import { navigate } from '../router.js';
import { DiaryOffer } from '../account/DiaryOffer.js';
import { BestOptions } from '../results/BestOptions.js';
import { DetailSections } from '../results/DetailSections.js';
import { Recap } from '../results/Recap.js';
import { Sources, TextList } from '../results/Section.js';

import { assessmentFor, Reasons, showsOnlyTheAction } from '../results/outcome.js';

/** The core's "get help if" lines under a heading; nothing when the core gives none. */
export function SafetyNet(props: { items: readonly SafetyNetItem[]; title: string; foldSigns?: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="net-h" class="card card--note" data-testid="safety-net">
      <h2 id="net-h">{props.title}</h2>
      <SafetyNetList items={props.items} foldSigns={props.foldSigns} />
      <Sources ids={props.items.map((item) => item.source)} />
    </section>
  );
}

const NET_TITLE: Record<TriageLevel, string> = {
  emergency: 'Watch for',
  urgent: 'Watch for',
  'see-doctor-first': 'Get help sooner if',
  'self-care': 'Get help if any of these happen',
};

/** Browsers without `::details-content` print closed sections closed: open them for printing, then restore. */
function openSectionsForPrint() {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details.section:not([open]), details.safety-net__fold:not([open])')];
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

function NoResultsYet() {
  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading" tabIndex={-1}>No results yet</h1>
      <p>Please answer the questions first. It takes about 3 minutes. Answers you gave before are kept.</p>
      <Link href="/check" class="button button--primary">Go to the questions</Link>
    </section>
  );
}

function Tools(props: { onRestart: () => void }) {
  return (
    <div class="actions no-print">
      <button type="button" class="button button--secondary" onClick={() => window.print()}>
        <Icon name="print" /> Print or save as PDF
      </button>
      <Link href="/check" class="button button--secondary">Change my answers</Link>
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
}

/**
 * One page for every level, short first (decision 0071): the triage banner, then for self-care the best
 * one or two options with "Start my session", the safety net, "What you told us", and the details in
 * sections to open. Emergency and urgent show only the action, the reasons and what to watch for.
 */
export function Results(props: { answers: Answers; onRestart: () => void }) {
  const result = assessmentFor(props.answers);
  // Layout effect: focus moves as soon as the page is in the DOM, before anything can paint or be read.
  useLayoutEffect(() => {
    document.getElementById('results-heading')?.focus();
  }, []);
  useEffect(openSectionsForPrint, []);
  if (!result) return <NoResultsYet />;

  const { intake, assessment: r } = result;
  const onlyTheAction = showsOnlyTheAction(r.triage);
  const massage = r.triage === 'self-care' && r.massageAdvised;
  return (
    <article class="results" aria-labelledby="results-heading">
      <TriageBanner level={r.triage} action={r.action} headingId="results-heading" />
      {massage && <BestOptions assessment={r} />}
      {!massage && <Reasons reasons={r.reasons} />}
      {/* Self-care folds the signs under each line; the other levels show them all, as they matter now. */}
      <SafetyNet items={r.safetyNet} title={NET_TITLE[r.triage]} foldSigns={r.triage === 'self-care'} />
      {r.triage === 'see-doctor-first' && r.tips.length > 0 && (
        <section aria-labelledby="tips-h" class="card">
          <h2 id="tips-h">Until you are seen</h2>
          <TextList items={r.tips.map((t) => t.text)} />
          <Sources ids={r.tips.map((t) => t.source)} />
        </section>
      )}
      {!onlyTheAction && intake && <Recap intake={intake} date={new Date()} />}
      {massage && (
        <>
          <DetailSections assessment={r} intake={intake} />
          <Reasons reasons={r.reasons} collapsed />
        </>
      )}
      {!onlyTheAction && (
        <p class="hint">backrub gives general advice. It cannot examine you and does not replace a doctor or physiotherapist.</p>
      )}
      <Tools onRestart={props.onRestart} />
      {/* The diary offer speaks of massage: only where massage is advised. */}
      {massage && <DiaryOffer />}
    </article>
  );
}
