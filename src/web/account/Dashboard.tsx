import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageLevel } from '../../core/assessment.js';
import { loadAnswers, toIntake } from '../answers.js';
import { durationInWords, IntakeSchema, TRIAGE_GUIDANCE, validate } from '../core.js';
import { Link } from '../components/ui.js';
import { searchParam } from '../router.js';
import { api, messageOf } from './api.js';
import { PainChart, SessionsChart } from './charts.js';
import { daysAgo, moment, plural, reliefWords, shortDay, techniqueName } from './format.js';
import type { Dashboard as DashboardData } from './types.js';
import { Status } from './widgets.js';

// The progress page. Everything comes from one aggregated call (GET /api/diary/dashboard): the server
// sums the entries into at most ~120 points, so 10 years of daily entries draw as fast as one month.

const RANGES = [
  { days: 28, label: '4 weeks' },
  { days: 91, label: '3 months' },
  { days: 365, label: '1 year' },
  { days: 3653, label: '10 years' },
] as const;

export const TRIAGE_WORDS: Record<TriageLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent: see a doctor today',
  'see-doctor-first': 'See a doctor first',
  'self-care': 'OK to try gentle self-care',
};

export function TriageLine(props: { level: TriageLevel; when: string }) {
  return (
    <div class={`banner banner--${props.level} banner--small`}>
      <div>
        <p class="banner__level">{TRIAGE_WORDS[props.level]}</p>
        <p><strong>{TRIAGE_GUIDANCE[props.level].title}</strong></p>
        <p class="hint-inherit">From your answers on {props.when}.</p>
      </div>
    </div>
  );
}

function localIntake() {
  const checked = validate(IntakeSchema, toIntake(loadAnswers()));
  return checked.ok ? checked.value : null;
}

export function Dashboard() {
  const [days, setDays] = useState<number>(() => Number(searchParam('days')) || 91);
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [reload, setReload] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const justCheckedIn = searchParam('checkin') === '1';

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    setError(undefined);
    const query = new URLSearchParams({ from: daysAgo(days - 1), to: daysAgo(0) });
    api
      .get<DashboardData>(`/api/diary/dashboard?${query.toString()}`)
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => void (live = false);
  }, [days, reload]);

  const intake = localIntake();
  const saveAssessment = async () => {
    if (!intake) return;
    setSaving(true);
    try {
      await api.post('/api/assessments', { intake });
      setReload((n) => n + 1);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  const current = data?.currentAssessment;
  const learned = current?.assessment.recommendations ?? [];
  const rangeLabel = RANGES.find((r) => r.days === days)?.label ?? `${days} days`;

  return (
    <section class="dashboard" aria-labelledby="dash-h">
      <p class="breadcrumb"><Link href="/diary">My diary</Link></p>
      <h1 id="dash-h" tabIndex={-1} ref={heading}>My progress</h1>
      {justCheckedIn && data?.peg.latest && (
        <Status>Check-in saved. Your score this week: {data.peg.latest.score} out of 10.</Status>
      )}

      {data?.prompts.map((p) => (
        <div class="banner banner--see-doctor-first" key={p.code} data-testid="reassess-prompt">
          <div>
            <p class="banner__level">Time to look again</p>
            <p>{p.message}</p>
            <p><Link href="/check" class="button button--secondary">Answer the questions again</Link></p>
          </div>
        </div>
      ))}

      <fieldset class="range-picker">
        <legend>Show the last</legend>
        {RANGES.map((r) => (
          <span class="range-picker__item" key={r.days}>
            <input type="radio" name="range" id={`range-${r.days}`} checked={days === r.days} onChange={() => setDays(r.days)} />
            <label for={`range-${r.days}`}>{r.label}</label>
          </span>
        ))}
      </fieldset>

      {error && <p role="alert" class="field-error">{error}</p>}
      {!data && !error && <p class="hint" role="status">Loading your progress...</p>}

      {data && (
        <>
          <section aria-labelledby="pain-h" class="card">
            <h2 id="pain-h">Pain over time</h2>
            <PainChart buckets={data.pain} bucket={data.range.bucket} from={data.range.from} to={data.range.to} title={`Your pain, ${shortDay(data.range.from)} to ${shortDay(data.range.to)}`} />
          </section>

          <section aria-labelledby="sessions-h" class="card">
            <h2 id="sessions-h">Massage sessions</h2>
            <SessionsChart weeks={data.sessionsPerWeek} from={data.range.from} to={data.range.to} title={`Sessions in the last ${rangeLabel}`} />
          </section>

          <section aria-labelledby="helps-h" class="card card--note" data-testid="what-helps">
            <h2 id="helps-h">What helps you</h2>
            {!current ? (
              <>
                <p>To see which massage suits you best, backrub needs your answers to the questions.</p>
                {intake ? (
                  <button type="button" class="button button--primary" onClick={saveAssessment} disabled={saving}>
                    {saving ? 'Saving...' : 'Use my answers from this device'}
                  </button>
                ) : (
                  <Link href="/check" class="button button--primary">Answer the questions</Link>
                )}
              </>
            ) : !current.assessment.massageAdvised || learned.length === 0 ? (
              <p>From your last answers, massage is not advised right now. Please follow the advice in your results.</p>
            ) : (
              <>
                <p class="hint">
                  Best fit for you first. It starts from your answers, and moves with what you write in your diary. Safety
                  rules always come first: a massage that is not safe for you is never shown.
                </p>
                <ol class="helps-list">
                  {learned.map((r) => (
                    <li key={r.technique}>
                      <strong>{techniqueName(r.technique)}</strong>
                      <span class="hint"> ({r.setting === 'home' ? 'at home' : 'with a therapist'})</span>
                      <br />
                      <span data-testid="learned-reason">{r.learned ?? 'No diary entries with it yet.'}</span>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>

          <section aria-labelledby="relief-h" class="card">
            <h2 id="relief-h">Average relief per massage</h2>
            {data.reliefByTechnique.length === 0 ? (
              <p>No sessions with a before and after score in this time yet.</p>
            ) : (
              <table class="data-table">
                <caption class="visually-hidden">Average change in pain after each kind of massage, last {rangeLabel}</caption>
                <thead>
                  <tr><th scope="col">Massage</th><th scope="col">Sessions</th><th scope="col">On average</th><th scope="col">Helped a lot (2 or more less)</th></tr>
                </thead>
                <tbody>
                  {[...data.reliefByTechnique].sort((a, b) => b.averageRelief - a.averageRelief).map((r) => (
                    <tr key={r.technique}>
                      <th scope="row">{techniqueName(r.technique)}</th>
                      <td>{r.sessions}</td>
                      <td>{reliefWords(r.averageRelief)}</td>
                      <td>{plural(r.helped, 'time')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="peg-h" class="card">
            <h2 id="peg-h">Weekly check-in</h2>
            {data.peg.latest ? (
              <p>
                Your last score was <strong>{data.peg.latest.score}</strong> out of 10 on {shortDay(data.peg.latest.localDate)}.
                {data.peg.inRange.length > 1 && ` You did ${data.peg.inRange.length} check-ins in this time.`} Lower is better.
              </p>
            ) : (
              <p>You have not done a check-in yet. It is three quick questions about your week.</p>
            )}
            {data.peg.due && <Link href="/diary/checkin" class="button button--secondary">Do this week's check-in</Link>}
          </section>

          <section aria-labelledby="assess-h" class="card">
            <h2 id="assess-h">Your current assessment</h2>
            {current ? (
              <>
                <TriageLine level={current.assessment.triage} when={moment(current.createdAt)} />
                <p>
                  Pain then: {current.intake.intensity} out of 10, for {durationInWords(current.intake.durationDays)}.
                </p>
                <div class="actions">
                  <Link href="/results" class="button button--secondary">See my results</Link>
                  {intake && (
                    <button type="button" class="button button--secondary" onClick={saveAssessment} disabled={saving}>
                      Update from my latest answers
                    </button>
                  )}
                </div>
              </>
            ) : (
              <p>No assessment saved yet.</p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
