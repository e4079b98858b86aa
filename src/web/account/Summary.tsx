import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action, TriageLevel } from '../../core/assessment.js';
import { durationInWords } from '../../core/duration-words.js';
import { Icon } from '../components/Icon.js';
import { CallLinks, useActionText } from '../components/TriageBanner.js';
import { SafetyNetList } from '../components/SafetyNet.js';
import { Link } from '../components/ui.js';
import { searchParam } from '../router.js';
import { api, messageOf } from './api.js';
import { PainChart, SessionsChart } from './charts.js';
import { TRIAGE_WORDS } from './Dashboard.js';
import { areaName, clockTime, longDay, moment, plural, reliefWords, shortDay, techniqueName } from './format.js';
import { optionLabel } from '../labels.js';
import type { Summary as SummaryData } from './types.js';

// The summary a person shares (public, read-only, /share/:token) or prints for themselves
// (/diary/summary). It speaks about "this person" throughout, because a therapist or doctor reads it.
// Laid out to print on one or two A4 pages: see the print rules in account.css.

/** The action first, in this instance's region's words, with a call button for emergency and urgent results. */
function SummaryAction(props: { triage: TriageLevel; action: Action | undefined }) {
  const text = useActionText(props.triage, props.action);
  if (props.triage !== 'emergency' && props.triage !== 'urgent') {
    return <p class="summary__action" data-testid="action">What backrub told this person: {text}</p>;
  }
  return (
    <div class={`banner banner--${props.triage}`} data-triage={props.triage}>
      <div>
        <p class="banner__action" data-testid="action">{text}</p>
        <CallLinks action={props.action} />
      </div>
    </div>
  );
}

/** A year of weekly check-ins is 52 rows: the print keeps the newest, so the summary stays on two pages. */
const PRINTED_CHECK_INS = 8;

const yes = (list: readonly string[], group: Parameters<typeof optionLabel>[0]) => list.map((v) => optionLabel(group, v)).join(', ');

export function SummaryView(props: { data: SummaryData; shared: boolean }) {
  const s = props.data;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A reason that is also a "get help if" line (an unanswered question's watch-for) is said once, there.
  const netTexts = new Set(s.assessment?.safetyNet.map((item) => item.text));
  const reasons = s.assessment?.reasons.filter((r) => !netTexts.has(r.message)) ?? [];
  return (
    <article class="summary" aria-labelledby="summary-h" data-testid="summary">
      <h1 id="summary-h" tabIndex={-1} ref={heading}>
        Back pain summary{s.person.name && <> for <span data-testid="summary-name">{s.person.name}</span></>}
      </h1>
      {/* An emergency or urgent result leads the page: what to do comes before anything else. */}
      {s.assessment && (s.assessment.triage === 'emergency' || s.assessment.triage === 'urgent') && (
        <SummaryAction triage={s.assessment.triage} action={s.assessment.action} />
      )}
      <p class="summary__range" data-testid="summary-range">
        <strong>{longDay(s.range.from)} to {longDay(s.range.to)}</strong>
      </p>
      <p class="summary__meta">
        The diary parts use only these days. Made {moment(s.generatedAt)}.
        {s.expiresAt && <> This link works until {moment(s.expiresAt)}.</>}
      </p>
      <p class="notice summary__disclaimer" data-testid="disclaimer">{s.disclaimer}</p>
      <div class="actions no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          <Icon name="print" /> Print or save as PDF
        </button>
        {!props.shared && <Link href="/diary/share" class="button button--secondary">Back to sharing</Link>}
      </div>

      {s.assessment !== undefined && (
        <section aria-labelledby="s-assess" class="summary__section summary__section--assessment">
          <h2 id="s-assess">Latest safety check</h2>
          {props.shared && (
            <p class="summary__note" data-testid="assessment-basis">
              This is the latest assessment from when this link was made. Any made later are not shown.
            </p>
          )}
          {s.assessment === null ? (
            <p>This person has not saved a safety check.</p>
          ) : (
            <>
              {s.assessment.triage !== 'emergency' && s.assessment.triage !== 'urgent' && (
                <SummaryAction triage={s.assessment.triage} action={s.assessment.action} />
              )}
              <p>
                <strong>{TRIAGE_WORDS[s.assessment.triage]}</strong>. This person answered the questions on {moment(s.assessment.assessedAt)}.
                Their pain was {s.assessment.intensity} of 10 then, and they had had it for {durationInWords(s.assessment.durationDays)}.
              </p>
              {reasons.length > 0 && (
                <>
                  <p>Why, in the words backrub showed them:</p>
                  <ul class="summary__quoted">
                    {reasons.map((r) => <li key={r.code}>{r.message}</li>)}
                  </ul>
                </>
              )}
              {s.assessment.safetyNet.length > 0 && (
                <>
                  <h3>{s.assessment.triage === 'self-care' ? 'When this person should get help' : 'What this person should watch for'}, as backrub told them</h3>
                  <div class="summary__quoted"><SafetyNetList items={s.assessment.safetyNet} compact /></div>
                </>
              )}
              {s.assessment.massageAdvised && s.assessment.recommendations.length > 0 && (
                <>
                  <h3>Massage that may suit them, best fit first</h3>
                  <ol class="summary__columns">
                    {s.assessment.recommendations.map((r) => (
                      <li key={r.technique}>
                        {techniqueName(r.technique)} ({r.setting === 'home' ? 'at home' : 'with a therapist'})
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </>
          )}
        </section>
      )}

      {s.painMap && (
        <section aria-labelledby="s-map" class="summary__section">
          <h2 id="s-map">Where it hurts</h2>
          {s.painMap.assessment && (
            <p>
              This person said it hurts here: {yes(s.painMap.assessment.areas, 'areas')}. {optionLabel('pattern', s.painMap.assessment.pattern)}.
              {s.painMap.assessment.quality.length > 0 && <> It feels like: {yes(s.painMap.assessment.quality, 'quality').toLowerCase()}.</>}
              {s.painMap.assessment.radiatesBelowKnee && ' It goes below the knee.'}
            </p>
          )}
          {s.painMap.diary.length > 0 && (
            <table class="data-table">
              <caption>From their diary: average pain by place (0 to 10)</caption>
              <thead><tr><th scope="col">Place</th><th scope="col">Entries</th><th scope="col">Average</th></tr></thead>
              <tbody>
                {s.painMap.diary.map((a) => (
                  <tr key={a.area}><th scope="row">{areaName(a.area)}</th><td>{a.entries}</td><td>{a.meanIntensity}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {!s.painMap.assessment && s.painMap.diary.length === 0 && <p>This person has not noted where it hurts.</p>}
        </section>
      )}

      {s.pressure && (
        <section aria-labelledby="s-pressure" class="summary__section">
          <h2 id="s-pressure">Pressure</h2>
          <p>
            {s.pressure.preferred
              ? <>Pressure this person likes: {optionLabel('pressure', s.pressure.preferred).toLowerCase()}.</>
              : 'This person did not say which pressure they like.'}
            {s.pressure.felt.mean !== null && <> In their sessions it felt {s.pressure.felt.mean} of 10 on average ({plural(s.pressure.felt.entries, 'session')}).</>}
          </p>
        </section>
      )}

      {s.cautions && (
        <section aria-labelledby="s-cautions" class="summary__section summary__section--cautions">
          <h2 id="s-cautions">Health conditions and cautions</h2>
          <p>
            {s.cautions.conditions.length > 0
              ? <>Health conditions this person ticked: {yes(s.cautions.conditions, 'conditions')}.</>
              : 'This person ticked no health conditions.'}
          </p>
          {(s.cautions.avoid.length > 0 || s.cautions.techniqueCautions.length > 0) && <p>What backrub told them to take care with:</p>}
          {s.cautions.avoid.length > 0 && (
            <ul class="summary__quoted">
              {s.cautions.avoid.map((a) => <li key={a.technique}><strong>Avoid {techniqueName(a.technique).toLowerCase()}:</strong> {a.why}</li>)}
            </ul>
          )}
          {s.cautions.techniqueCautions.length > 0 && (
            <ul class="cautions summary__quoted summary__columns">
              {s.cautions.techniqueCautions.map((c) => <li key={c}>{c}</li>)}
            </ul>
          )}
        </section>
      )}

      {s.trend && (
        <section aria-labelledby="s-trend" class="summary__section summary__section--trend">
          <h2 id="s-trend">Pain over time</h2>
          <PainChart buckets={s.trend.pain} bucket={s.trend.bucket} from={s.range.from} to={s.range.to} title="Pain (0 to 10)" voice="this person" />
          <SessionsChart weeks={s.trend.sessionsPerWeek} from={s.range.from} to={s.range.to} title="Massage sessions" />
        </section>
      )}

      {s.peg && (
        <section aria-labelledby="s-peg" class="summary__section">
          <h2 id="s-peg">Weekly check-ins (PEG-3)</h2>
          {s.peg.length === 0 ? (
            <p>No check-ins in this time.</p>
          ) : (
            <table class="data-table">
              <caption class="visually-hidden">Weekly PEG-3 check-ins: each item 0 to 10, score is the mean</caption>
              <thead><tr><th scope="col">Date</th><th scope="col">Pain</th><th scope="col">Enjoyment of life</th><th scope="col">General activity</th><th scope="col">Score</th></tr></thead>
              <tbody>
                {s.peg.map((c, i) => (
                  <tr key={c.date + i} class={i < s.peg!.length - PRINTED_CHECK_INS ? 'print-hidden' : undefined}>
                    <th scope="row">{shortDay(c.date)}</th><td>{c.pain}</td><td>{c.enjoyment}</td><td>{c.activity}</td><td>{c.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {s.peg.length > PRINTED_CHECK_INS && (
            <p class="print-only">
              The {PRINTED_CHECK_INS} newest are printed. {plural(s.peg.length - PRINTED_CHECK_INS, 'earlier check-in')}, with scores
              from {Math.min(...s.peg.slice(0, -PRINTED_CHECK_INS).map((c) => c.score))} to {Math.max(...s.peg.slice(0, -PRINTED_CHECK_INS).map((c) => c.score))},
              are on the screen.
            </p>
          )}
        </section>
      )}

      {s.techniques && (
        <section aria-labelledby="s-tech" class="summary__section">
          <h2 id="s-tech">How much each massage helped</h2>
          {s.techniques.length === 0 ? (
            <p>No sessions with before and after scores in this time.</p>
          ) : (
            <table class="data-table">
              <caption class="visually-hidden">Average change in pain after each massage</caption>
              <thead><tr><th scope="col">Massage</th><th scope="col">Sessions</th><th scope="col">On average</th><th scope="col">2 or more points less</th></tr></thead>
              <tbody>
                {s.techniques.map((t) => (
                  <tr key={t.technique}><th scope="row">{techniqueName(t.technique)}</th><td>{t.sessions}</td><td>{reliefWords(t.averageRelief)}</td><td>{t.helped}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {s.entries && (
        <section aria-labelledby="s-entries" class="summary__section">
          <h2 id="s-entries">Diary entries</h2>
          {s.entries.length === 0 ? (
            <p>No entries in this time.</p>
          ) : (
            <table class="data-table data-table--entries">
              <caption class="visually-hidden">Their diary entries, newest first</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Pain before, after</th><th scope="col">What</th><th scope="col">Notes</th></tr></thead>
              <tbody>
                {s.entries.map((e, i) => (
                  <tr key={e.occurredAt + i}>
                    <th scope="row">{shortDay(e.localDate)} {clockTime(e.occurredAt)}</th>
                    <td>{e.painBefore}{e.painAfter !== undefined && `, ${e.painAfter}`}</td>
                    <td>{e.techniques.map(techniqueName).join(', ') || '-'}</td>
                    <td>{e.notes}{e.triggers.length > 0 && ` (${e.triggers.join(', ')})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </article>
  );
}

function useSummary(path: string | null) {
  const [data, setData] = useState<SummaryData | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!path) return;
    api.get<SummaryData>(path, { quiet401: path.startsWith('/api/shared/') }).then(setData).catch((e: unknown) => setError(messageOf(e)));
  }, [path]);
  return { data, error };
}

/** /share/:token: opened by a therapist or doctor, without an account. */
export function SharedSummary(props: { token: string }) {
  const valid = /^[A-Za-z0-9_-]{20,100}$/.test(props.token);
  const { data, error } = useSummary(valid ? `/api/shared/${encodeURIComponent(props.token)}` : null);
  if (!valid || error) {
    return (
      <section aria-labelledby="shared-h">
        <h1 id="shared-h">This link does not work</h1>
        <p role="alert">{valid ? error : 'The link is not complete. Please check it was copied in full.'}</p>
        <p>Links stop working when they expire or when the person who shared them turns them off. Please ask them for a new link.</p>
      </section>
    );
  }
  return data ? <SummaryView data={data} shared /> : <p class="hint" role="status">Loading the summary...</p>;
}

/** /diary/summary: the person's own summary with the same choices, to preview or print. */
export function OwnSummary() {
  const query = new URLSearchParams();
  for (const key of ['from', 'to', 'sections']) {
    const value = searchParam(key);
    if (value) query.set(key, value);
  }
  const { data, error } = useSummary(`/api/summary?${query.toString()}`);
  if (error) return <p role="alert" class="field-error">{error}</p>;
  return data ? <SummaryView data={data} shared={false} /> : <p class="hint" role="status">Loading the summary...</p>;
}
