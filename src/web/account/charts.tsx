import type { RefObject } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateToDay, dayToDate, weekStartDay } from '../../core/diary.js';
import { monthName, shortDay } from './format.js';
import type { PainBucket, SessionsPerWeek } from './types.js';

// Hand-drawn SVG charts: a few dozen elements at most (the server sends at most ~120 buckets, even for
// 10 years of daily entries), no library, no inline styles (CSP): looks come from classes in account.css.
// Every chart has a text summary and a table with the same numbers.

// The drawing is as wide as the chart is drawn (one SVG unit is one CSS pixel), so the labels keep their
// CSS size (13px, account.css) on a phone instead of shrinking with a fixed viewBox.
const DEFAULT_W = 420;
const MIN_W = 260;
const H = 230;
const PAD = { left: 34, right: 12, top: 12, bottom: 32 };
const innerH = H - PAD.top - PAD.bottom;
/** A table longer than this is left out of print (the chart and its sentence stay), to keep to two pages. */
const PRINT_TABLE_ROWS = 16;

/** The width the chart is drawn at, in CSS pixels, kept up to date as the page resizes. */
function useDrawnWidth(): [RefObject<HTMLElement>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_W);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const drawn = Math.round(element.clientWidth);
      if (drawn > 0) setWidth(Math.max(MIN_W, drawn));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const tableClass = (rows: number) => `chart__table${rows > PRINT_TABLE_ROWS ? ' chart__table--long' : ''}`;

const round1 = (n: number) => Math.round(n * 10) / 10;

function bucketLabel(start: string, bucket: 'day' | 'week' | 'month'): string {
  if (bucket === 'month') return monthName(start);
  if (bucket === 'week') return `Week of ${shortDay(start)}`;
  return shortDay(start);
}

/** Whose chart it is: the person's own ("Your pain"), or a summary about them for someone else. */
export type Voice = 'you' | 'this person';

/** Plain words about the trend: the first third of the points against the last third. */
export function painSummary(buckets: readonly PainBucket[], voice: Voice = 'you'): string {
  const points = buckets.filter((b) => b.entries > 0);
  if (points.length === 0) return 'No pain scores in this time yet.';
  const entries = points.reduce((n, b) => n + b.entries, 0);
  const avg = round1(points.reduce((s, b) => s + b.avgBefore * b.entries, 0) / entries);
  const whose = voice === 'you' ? 'Your' : "This person's";
  let text = `${entries} ${entries === 1 ? 'entry' : 'entries'}. ${whose} pain was ${avg} out of 10 on average.`;
  if (points.length >= 3) {
    const third = Math.max(1, Math.floor(points.length / 3));
    const mean = (list: PainBucket[]) => list.reduce((s, b) => s + b.avgBefore, 0) / list.length;
    const first = round1(mean(points.slice(0, third)));
    const last = round1(mean(points.slice(-third)));
    const diff = round1(last - first);
    text +=
      diff <= -1
        ? ` It went down, from about ${first} at the start to about ${last} lately.`
        : diff >= 1
          ? ` It went up, from about ${first} at the start to about ${last} lately.`
          : ` It stayed about the same (around ${last} lately).`;
  }
  const withAfter = points.filter((b) => b.avgAfter !== null);
  if (withAfter.length > 0) {
    const relief = round1(withAfter.reduce((s, b) => s + (b.avgBefore - (b.avgAfter ?? 0)), 0) / withAfter.length);
    text += relief > 0 ? ` After massage it was ${relief} lower on average.` : relief < 0 ? ` After massage it was ${-relief} higher on average.` : ' After massage it was about the same.';
  }
  return text;
}

export function PainChart(props: { buckets: readonly PainBucket[]; bucket: 'day' | 'week' | 'month'; from: string; to: string; title: string; voice?: Voice }) {
  const id = useId();
  const [figure, W] = useDrawnWidth();
  const innerW = W - PAD.left - PAD.right;
  const d0 = dateToDay(props.from);
  const d1 = Math.max(d0 + 1, dateToDay(props.to));
  const x = (date: string) => PAD.left + ((dateToDay(date) - d0) / (d1 - d0)) * innerW;
  const y = (v: number) => PAD.top + ((10 - v) / 10) * innerH;
  const points = props.buckets.filter((b) => b.entries > 0);
  const line = (list: { x: number; y: number }[]) => list.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  const before = points.map((b) => ({ x: x(b.start), y: y(b.avgBefore) }));
  const after = points.filter((b) => b.avgAfter !== null).map((b) => ({ x: x(b.start), y: y(b.avgAfter as number) }));
  const dense = points.length > 60;
  const ticks = [props.from, dayToDate(Math.round((d0 + d1) / 2)), props.to];
  const summary = painSummary(props.buckets, props.voice);

  return (
    <figure class="chart" data-testid="pain-chart" ref={figure}>
      <svg viewBox={`0 0 ${W} ${H}`} class="chart__svg" role="img" aria-labelledby={`${id}-t ${id}-s`}>
        <title id={`${id}-t`}>{props.title}</title>
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'chart__axis' : 'chart__grid'} />
            <text x={PAD.left - 8} y={y(v) + 4} class="chart__label" text-anchor="end">{v}</text>
          </g>
        ))}
        {ticks.map((t, i) => (
          <text key={t + i} x={x(t)} y={H - 10} class="chart__label" text-anchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}>
            {shortDay(t)}
          </text>
        ))}
        {before.length > 1 && <path d={line(before)} class="chart__line chart__line--before" />}
        {after.length > 1 && <path d={line(after)} class="chart__line chart__line--after" />}
        {!dense && before.map((p, i) => <circle key={`b${i}`} cx={p.x} cy={p.y} r="4" class="chart__dot chart__dot--before" />)}
        {!dense && after.map((p, i) => <rect key={`a${i}`} x={p.x - 3.5} y={p.y - 3.5} width="7" height="7" class="chart__dot chart__dot--after" />)}
      </svg>
      <figcaption>
        <ul class="chart__legend" aria-label="Key">
          <li><span class="swatch swatch--before" aria-hidden="true" /> Pain before (solid line, dots)</li>
          <li><span class="swatch swatch--after" aria-hidden="true" /> Pain after massage (dashed line, squares)</li>
        </ul>
        <p id={`${id}-s`} class="chart__summary" data-testid="pain-summary">{summary}</p>
      </figcaption>
      {points.length > 0 && (
        <details class={`${tableClass(points.length)} no-print-toggle`}>
          <summary>Show the numbers as a table</summary>
          <table class="data-table">
            <caption>{props.title}: average pain (0 to 10)</caption>
            <thead>
              <tr><th scope="col">When</th><th scope="col">Entries</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Worst</th></tr>
            </thead>
            <tbody>
              {points.map((b) => (
                <tr key={b.start}>
                  <th scope="row">{bucketLabel(b.start, props.bucket)}</th>
                  <td>{b.entries}</td>
                  <td>{round1(b.avgBefore)}</td>
                  <td>{b.avgAfter === null ? '-' : round1(b.avgAfter)}</td>
                  <td>{b.maxBefore}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** Sessions per week; over half a year they are added up per month, so there are never too many bars. */
export function groupSessions(given: readonly SessionsPerWeek[], from: string, to: string): { label: string; start: string; sessions: number; unit: 'week' | 'month' }[] {
  // The server lists weeks with sessions; the chart shows every week of the range, empty ones too.
  const byWeek = new Map(given.map((w) => [w.weekStart, w.sessions]));
  const weeks: SessionsPerWeek[] = [];
  for (let day = weekStartDay(dateToDay(from)); day <= dateToDay(to); day += 7) {
    const weekStart = dayToDate(day);
    weeks.push({ weekStart, sessions: byWeek.get(weekStart) ?? 0 });
  }
  if (weeks.length <= 26) return weeks.map((w) => ({ label: shortDay(w.weekStart), start: w.weekStart, sessions: w.sessions, unit: 'week' }));
  const months = new Map<string, number>();
  for (const w of weeks) {
    const key = `${w.weekStart.slice(0, 7)}-01`;
    months.set(key, (months.get(key) ?? 0) + w.sessions);
  }
  return [...months].map(([start, sessions]) => ({ label: monthName(start), start, sessions, unit: 'month' }));
}

export function SessionsChart(props: { weeks: readonly SessionsPerWeek[]; from: string; to: string; title: string }) {
  const id = useId();
  const [figure, W] = useDrawnWidth();
  const innerW = W - PAD.left - PAD.right;
  const bars = groupSessions(props.weeks, props.from, props.to);
  const unit = bars[0]?.unit ?? 'week';
  const max = Math.max(1, ...bars.map((b) => b.sessions));
  const top = max <= 4 ? max : Math.ceil(max / 4) * 4;
  const slot = innerW / Math.max(1, bars.length);
  const barW = Math.max(2, Math.min(40, slot * 0.7));
  const y = (v: number) => PAD.top + (1 - v / top) * innerH;
  const total = bars.reduce((n, b) => n + b.sessions, 0);
  const busiest = bars.reduce((a, b) => (b.sessions > a.sessions ? b : a), bars[0] ?? { label: '', sessions: 0, start: '', unit });
  const summary =
    total === 0
      ? 'No massage sessions in this time yet.'
      : `${total} ${total === 1 ? 'session' : 'sessions'} in ${bars.length} ${unit}${bars.length === 1 ? '' : 's'}. The most was ${busiest.sessions} in the ${unit} ${unit === 'week' ? 'starting' : 'of'} ${busiest.label}.`;
  // About one label per 90 pixels, so month names and dates never overlap on a phone.
  const labelEvery = Math.ceil(bars.length / Math.max(2, Math.floor(innerW / 90)));

  return (
    <figure class="chart" data-testid="sessions-chart" ref={figure}>
      <svg viewBox={`0 0 ${W} ${H}`} class="chart__svg" role="img" aria-labelledby={`${id}-t ${id}-s`}>
        <title id={`${id}-t`}>{props.title}</title>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'chart__axis' : 'chart__grid'} />
            <text x={PAD.left - 8} y={y(v) + 4} class="chart__label" text-anchor="end">{round1(v)}</text>
          </g>
        ))}
        {bars.map((b, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          return (
            <g key={b.start}>
              {b.sessions > 0 && <rect x={cx - barW / 2} y={y(b.sessions)} width={barW} height={y(0) - y(b.sessions)} class="chart__bar" />}
              {i % labelEvery === 0 && (
                <text x={cx} y={H - 10} class="chart__label" text-anchor="middle">{b.label}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p id={`${id}-s`} class="chart__summary">{summary}</p>
      </figcaption>
      {bars.length > 0 && (
        <details class={tableClass(bars.length)}>
          <summary>Show the numbers as a table</summary>
          <table class="data-table">
            <caption>{props.title}</caption>
            <thead>
              <tr><th scope="col">{unit === 'week' ? 'Week starting' : 'Month'}</th><th scope="col">Sessions</th></tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.start}><th scope="row">{b.label}</th><td>{b.sessions}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
