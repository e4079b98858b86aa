import { useState } from 'preact/hooks';
import { RadioGroup } from '../components/ui.js';
import { saveFile } from './api.js';
import { reminderFile, WEEKDAYS, type ReminderKind, type Repeat } from './reminder.js';
import { Status, TextField } from './widgets.js';

const KINDS = [
  { value: 'session', label: 'A gentle massage session' },
  { value: 'check-in', label: 'My weekly check-in' },
] as const;
const REPEATS = [
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'Once a week' },
] as const;

/** "Remind me": a repeating reminder for the person's own calendar app, made on this device. */
export function RemindMe() {
  const [kind, setKind] = useState<ReminderKind>('session');
  const [repeat, setRepeat] = useState<Repeat>('daily');
  const [weekday, setWeekday] = useState('1');
  const [time, setTime] = useState('19:00');
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const weekly = kind === 'check-in' || repeat === 'weekly';

  const make = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      setError('Please choose a time, for example 19:00.');
      return;
    }
    setError(undefined);
    try {
      const text = await reminderFile({ kind, repeat: kind === 'check-in' ? 'weekly' : repeat, weekday: Number(weekday), time });
      saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), kind === 'session' ? 'backrub-massage-reminder.ics' : 'backrub-check-in-reminder.ics');
      setDone(true);
    } catch {
      setError('The calendar file could not be made. Check your connection and try again.');
    }
  };

  return (
    <details class="card remind-me no-print" data-testid="remind-me">
      <summary><h2 class="remind-me__title">Remind me</h2> <span class="hint">in my calendar</span></summary>
      <form onSubmit={make} noValidate>
        <p>Get a reminder in your own calendar app. The file is made on this device. Nothing is sent to the server.</p>
        <RadioGroup legend="Remind me about" name="remind-kind" options={KINDS} value={kind} onChange={setKind} />
        {kind === 'session' && <RadioGroup legend="How often" name="remind-repeat" options={REPEATS} value={repeat} onChange={setRepeat} />}
        {weekly && (
          <div class="field">
            <label for="remind-day" class="field__label">Day</label>
            <select id="remind-day" class="input input--medium" value={weekday} onChange={(e) => setWeekday((e.currentTarget as HTMLSelectElement).value)}>
              {WEEKDAYS.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
            </select>
          </div>
        )}
        <TextField id="remind-time" label="Time" type="time" value={time} onInput={setTime} error={error} class="input--medium" />
        <div class="actions">
          <button type="submit" class="button button--primary">Add to my calendar</button>
        </div>
        {done && <Status>Your calendar file is downloaded. Open it to add the reminder.</Status>}
      </form>
    </details>
  );
}
