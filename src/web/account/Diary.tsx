import { useEffect, useRef, useState } from 'preact/hooks';
import { Link, painWords } from '../components/ui.js';
import { searchParam } from '../router.js';
import { api, messageOf } from './api.js';
import { areaName, clockTime, daysAgo, longDay, plural, reliefWords, techniqueName } from './format.js';
import { progressLine, progressOf } from './progress-line.js';
import { RemindMe } from './RemindMe.js';
import { savePendingSession } from './pending.js';
import type { DiaryEntry, EntryPage } from './types.js';
import { Status } from './widgets.js';

const PAGE_SIZE = 30;
/** Long notes show their start in the list; the whole text is on the entry's own page. */
const NOTE_PREVIEW = 280;
const SOURCE_WORDS = { session: 'Guided session', therapist: 'Massage therapist', other: '' } as const;

function EntryCard(props: { entry: DiaryEntry; highlight: boolean }) {
  const e = props.entry;
  const relief = e.painAfter === undefined ? undefined : e.painBefore - e.painAfter;
  const title = e.techniques.length > 0 ? e.techniques.map(techniqueName).join(', ') : 'Pain noted';
  return (
    <li class={`card diary-entry${props.highlight ? ' diary-entry--new' : ''}`} data-testid="diary-entry">
      <h3 class="diary-entry__title">
        <span class="diary-entry__time">{clockTime(e.occurredAt)}</span> {title}
      </h3>
      <p class="diary-entry__pain">
        Pain {e.painBefore} ({painWords(e.painBefore)})
        {e.painAfter !== undefined && (
          <>
            {' '}
            <span aria-hidden="true">→</span>
            <span class="visually-hidden">then</span> {e.painAfter} ({painWords(e.painAfter)}):{' '}
            <strong>{reliefWords(relief ?? 0)}</strong>
          </>
        )}
      </p>
      <ul class="diary-entry__facts">
        {SOURCE_WORDS[e.source] && <li>{SOURCE_WORDS[e.source]}</li>}
        {e.durationMinutes !== undefined && <li>{plural(e.durationMinutes, 'minute')}</li>}
        {e.pressureFelt !== undefined && <li>Pressure {e.pressureFelt} of 10</li>}
        {e.areas.map((a) => (
          <li key={a.area}>
            {areaName(a.area)}: {a.intensity}
          </li>
        ))}
      </ul>
      {e.triggers.length > 0 && (
        <p class="diary-entry__tags">
          <span class="visually-hidden">Triggers: </span>
          {e.triggers.map((t) => (
            <span class="tag" key={t}>{t}</span>
          ))}
        </p>
      )}
      {e.notes && (
        <p class="diary-entry__notes">
          {e.notes.length > NOTE_PREVIEW ? `${e.notes.slice(0, NOTE_PREVIEW).trimEnd()}...` : e.notes}
        </p>
      )}
      <Link href={`/diary/entry/${encodeURIComponent(e.id)}`} class="more">
        {e.notes.length > NOTE_PREVIEW ? 'Read all, change or delete' : 'Change or delete'}<span class="visually-hidden"> the entry at {clockTime(e.occurredAt)} on {longDay(e.localDate)}</span>
      </Link>
    </li>
  );
}

export function Diary() {
  const [entries, setEntries] = useState<DiaryEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [checkInDue, setCheckInDue] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(() =>
    searchParam('deleted') ? 'The entry is deleted.' : searchParam('saved') ? 'Saved to your diary.' : undefined,
  );
  const highlight = searchParam('saved');
  const heading = useRef<HTMLHeadingElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);

  const load = async (before?: string) => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (before) query.set('before', before);
    const page = await api.get<EntryPage>(`/api/diary/entries?${query.toString()}`);
    setEntries((old) => (before && old ? [...old, ...page.entries] : page.entries));
    setNext(page.next);
  };

  useEffect(() => {
    heading.current?.focus();
    (async () => {
      try {
        const saved = await savePendingSession();
        if (saved) setNotice('Your guided session is saved to your diary.');
        await load();
        const checkIns = await api.get<{ due: boolean }>('/api/diary/checkins?from=' + new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10));
        setCheckInDue(checkIns.due);
      } catch (e) {
        setError(messageOf(e));
      }
    })();
  }, []);

  const more = async () => {
    if (!next) return;
    setLoadingMore(true);
    const count = entries?.length ?? 0;
    try {
      await load(next);
      // Move focus to the first new entry, so keyboard and screen-reader users carry on from there.
      requestAnimationFrame(() => (document.querySelectorAll<HTMLElement>('.diary-entry h3')[count] ?? moreButton.current)?.focus());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const days: [string, DiaryEntry[]][] = [];
  for (const e of entries ?? []) {
    const last = days[days.length - 1];
    if (last && last[0] === e.localDate) last[1].push(e);
    else days.push([e.localDate, [e]]);
  }

  return (
    <section class="diary" aria-labelledby="diary-h">
      <h1 id="diary-h" tabIndex={-1} ref={heading}>My diary</h1>
      {notice && <Status>{notice}</Status>}
      {checkInDue && (
        <div class="card card--note no-print" data-testid="checkin-offer">
          <h2>Weekly check-in</h2>
          <p>Three quick questions about your last week. It takes under a minute. You can skip it.</p>
          <Link href="/diary/checkin" class="button button--secondary">Do the check-in</Link>
        </div>
      )}
      <div class="actions">
        <Link href="/diary/new" class="button button--primary">Add an entry</Link>
        <Link href="/diary/progress" class="button button--secondary">See my progress</Link>
      </div>
      {entries !== null && entries.length > 0 && (
        <p class="progress-line" data-testid="progress-line">{progressLine(progressOf(entries, daysAgo(0), next !== null))}</p>
      )}
      <RemindMe />
      {error && <p role="alert" class="field-error">{error}</p>}
      {entries === null && !error && <p class="hint" role="status">Loading your diary...</p>}
      {entries !== null && entries.length === 0 && (
        <div class="card">
          <h2>Your diary is empty</h2>
          <p>
            Add how your back feels, or finish a <Link href="/session">guided massage</Link> and save it here. After a few
            entries you will see what helps you.
          </p>
        </div>
      )}
      {days.map(([date, list]) => (
        <section key={date} aria-labelledby={`day-${date}`} class="diary-day">
          <h2 id={`day-${date}`}>{longDay(date)}</h2>
          <ol class="cards">
            {list.map((e) => (
              <EntryCard key={e.id} entry={e} highlight={e.id === highlight} />
            ))}
          </ol>
        </section>
      ))}
      {next && (
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={more} disabled={loadingMore} ref={moreButton}>
            {loadingMore ? 'Loading...' : 'Show older entries'}
          </button>
        </div>
      )}
    </section>
  );
}
