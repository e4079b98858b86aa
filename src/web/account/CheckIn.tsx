import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../components/ui.js';
import { navigate } from '../router.js';
import { api, ApiFailure, issuesByField, messageOf } from './api.js';
import { daysAgo, localInputValue, shortDay, toTimestamp } from './format.js';
import type { PegCheckIn } from './types.js';
import { ErrorSummary, pegWords, RatingSlider, sentence } from './widgets.js';
import { painWords } from '../components/ui.js';

// The weekly PEG-3 check-in (Krebs et al. 2009, public domain): three 0-10 questions about the past
// week, in our own words; the score is their mean. Always optional.

const QUESTIONS = [
  { key: 'pain', label: 'In the past week, how bad was your pain on average?', short: 'your pain', low: 'No pain', high: 'Worst', words: painWords },
  { key: 'enjoyment', label: 'In the past week, how much did pain get in the way of enjoying life?', short: 'enjoying life', low: 'Not at all', high: 'Completely', words: pegWords },
  { key: 'activity', label: 'In the past week, how much did pain get in the way of your day-to-day activities?', short: 'day-to-day activities', low: 'Not at all', high: 'Completely', words: pegWords },
] as const;

type Key = (typeof QUESTIONS)[number]['key'];

export function mean(values: number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function CheckIn() {
  const [answers, setAnswers] = useState<Partial<Record<Key, number>>>({});
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [past, setPast] = useState<PegCheckIn[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    api
      .get<{ checkIns: PegCheckIn[] }>(`/api/diary/checkins?from=${daysAgo(365)}`)
      .then((r) => setPast(r.checkIns.slice(-5).reverse()))
      .catch(() => undefined);
  }, []);

  const values = QUESTIONS.map((q) => answers[q.key]).filter((v): v is number => v !== undefined);
  const complete = values.length === QUESTIONS.length;

  const submit = async (event: Event) => {
    event.preventDefault();
    const missing: Partial<Record<Key, string>> = {};
    for (const q of QUESTIONS) if (answers[q.key] === undefined) missing[q.key] = 'Please move the slider to choose a number.';
    setErrors(missing);
    setMessage(undefined);
    if (!complete) return;
    setBusy(true);
    try {
      await api.post('/api/diary/checkins', { occurredAt: toTimestamp(localInputValue()), ...answers });
      navigate('/diary/progress?checkin=1');
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) return;
      const byField = issuesByField(error);
      setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, sentence(v)])) as Partial<Record<Key, string>>);
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="checkin-h">
      <p class="breadcrumb"><Link href="/diary">My diary</Link></p>
      <h1 id="checkin-h" tabIndex={-1} ref={heading}>Weekly check-in</h1>
      <p class="lead">Three questions about the last 7 days. Your score is the average of the three numbers.</p>
      <ErrorSummary
        message={message}
        fields={QUESTIONS.flatMap((q, i) => (errors[q.key] ? [{ id: `peg-${q.key}`, label: `Question ${i + 1} (${q.short})`, message: errors[q.key] as string }] : []))}
      />
      <form onSubmit={submit} noValidate>
        {QUESTIONS.map((q) => (
          <RatingSlider key={q.key} id={`peg-${q.key}`} label={q.label} value={answers[q.key]} onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))} words={q.words} low={q.low} high={q.high} error={errors[q.key]} />
        ))}
        <p class="peg-score" aria-live="polite" data-testid="peg-score">
          {complete ? (
            <>
              Your score this week: <strong>{mean(values)}</strong> out of 10. Lower is better.
            </>
          ) : (
            `Answer all three to see your score (${values.length} of 3 done).`
          )}
        </p>
        <div class="wizard__nav">
          <Link href="/diary" class="button button--secondary">Skip for now</Link>
          <button type="submit" class="button button--primary" disabled={busy}>{busy ? 'Saving...' : 'Save my check-in'}</button>
        </div>
      </form>
      {past.length > 0 && (
        <section aria-labelledby="past-h">
          <h2 id="past-h">Your last check-ins</h2>
          <table class="data-table">
            <caption class="visually-hidden">Your last check-ins, newest first</caption>
            <thead>
              <tr><th scope="col">Date</th><th scope="col">Pain</th><th scope="col">Enjoying life</th><th scope="col">Day-to-day</th><th scope="col">Score</th></tr>
            </thead>
            <tbody>
              {past.map((c) => (
                <tr key={c.id}><th scope="row">{shortDay(c.localDate)}</th><td>{c.pain}</td><td>{c.enjoyment}</td><td>{c.activity}</td><td>{c.score}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
