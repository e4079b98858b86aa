import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckGroup, Link, RadioGroup, painWords } from '../components/ui.js';
import { navigate } from '../router.js';
import { api, ApiFailure, issuesByField, messageOf } from './api.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import { areaName, BODY_AREAS, TECHNIQUE_IDS, techniqueName, type BodyArea } from './format.js';
import { emptyForm, fromEntry, missingAnswers, placeIssues, summaryFields, toInput, withArea, withoutErrorsFor, FormStateSchema, type FormState } from './entry-form-state.js';
import type { DiaryEntry } from './types.js';
import { describedBy, ErrorSummary, pressureWords, RatingSlider, sentence, Status, TextField } from './widgets.js';

// Add or change one diary entry. Every change is kept as a draft in this tab, so a session that ends
// mid-entry (sign in again) or a reload loses nothing; the draft goes once the entry is saved.

export function EntryForm(props: { id?: string | undefined }) {
  const draftKey = props.id ? `entry:${props.id}` : 'new';
  const [form, setForm] = useState<FormState | null>(() => loadDraft(draftKey, FormStateSchema) ?? (props.id ? null : emptyForm()));
  const [restored] = useState(() => loadDraft(draftKey, FormStateSchema) !== null);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (!props.id || form) return;
    api
      .get<DiaryEntry>(`/api/diary/entries/${encodeURIComponent(props.id)}`)
      .then((entry) => setForm(fromEntry(entry)))
      .catch((error: unknown) => setLoadError(messageOf(error)));
  }, [props.id]);

  const update = (patch: Partial<FormState>) => {
    // A field the person changes loses its old error message.
    setErrors((e) => withoutErrorsFor(e, patch));
    setForm((f) => {
      const next = { ...(f ?? emptyForm()), ...patch };
      saveDraft(draftKey, next);
      return next;
    });
  };

  if (loadError) {
    return (
      <section aria-labelledby="entry-h">
        <h1 id="entry-h" tabIndex={-1} ref={heading}>We could not open this entry</h1>
        <p role="alert">{loadError}</p>
        <Link href="/diary" class="button button--secondary">Back to my diary</Link>
      </section>
    );
  }
  if (!form) return <p class="hint" role="status">Loading the entry...</p>;

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = missingAnswers(form);
    setErrors(local);
    setMessage(undefined);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const body = toInput(form);
      const saved = props.id
        ? await api.put<DiaryEntry>(`/api/diary/entries/${encodeURIComponent(props.id)}`, body)
        : await api.post<DiaryEntry>('/api/diary/entries', body);
      clearDraft(draftKey);
      navigate(`/diary?saved=${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) return; // the page asks to sign in; the draft is kept
      const { fields, unplaced } = placeIssues(issuesByField(error), sentence);
      setErrors(fields);
      setMessage(Object.keys(fields).length > 0 ? unplaced.join(' ') || undefined : messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!props.id) return;
    setBusy(true);
    try {
      await api.del(`/api/diary/entries/${encodeURIComponent(props.id)}`);
      clearDraft(draftKey);
      navigate('/diary?deleted=1');
    } catch (error) {
      setMessage(messageOf(error));
      setBusy(false);
    }
  };

  const toggleArea = (area: BodyArea, on: boolean) => update({ areas: withArea(form, area, on) });

  return (
    <section class="entry-form" aria-labelledby="entry-h">
      <p class="breadcrumb"><Link href="/diary">My diary</Link></p>
      <h1 id="entry-h" tabIndex={-1} ref={heading}>{props.id ? 'Change this entry' : 'Add to my diary'}</h1>
      {restored && <Status tone="warn">We kept the changes you had not saved yet.</Status>}
      <ErrorSummary message={message} fields={summaryFields(errors)} title="We could not save this entry" />
      <form onSubmit={submit} noValidate>
        <TextField id="entry-when" label="When was it?" type="datetime-local" value={form.occurredAt} onInput={(v) => update({ occurredAt: v })} error={errors['occurredAt']} required class="input--medium" />

        <RatingSlider id="entry-before" label="How much did it hurt before?" hint="0 means no pain. 10 means the worst pain you can imagine." value={form.painBefore} onChange={(v) => update({ painBefore: v })} words={painWords} low="No pain" high="Worst" error={errors['painBefore']} />
        <RatingSlider id="entry-after" label="How much did it hurt after? (if you had massage)" hint="Leave this out if you are only noting your pain." value={form.painAfter} onChange={(v) => update({ painAfter: v })} words={painWords} low="No pain" high="Worst" error={errors['painAfter']} optional />

        <fieldset class="choices" id="entry-areas" tabIndex={-1} aria-describedby={describedBy('entry-areas-hint', errors['areas'] && 'entry-areas-error')}>
          <legend>Where did it hurt?</legend>
          <p class="hint" id="entry-areas-hint">Tick each place, then say how much it hurt there.</p>
          {errors['areas'] && <p class="field-error" id="entry-areas-error">{errors['areas']}</p>}
          {BODY_AREAS.map((area) => {
            const chosen = form.areas.find((a) => a.area === area);
            return (
              <div key={area} class="area-row">
                <div class="choice">
                  <input type="checkbox" id={`area-${area}`} checked={!!chosen} onChange={(e) => toggleArea(area, (e.currentTarget as HTMLInputElement).checked)} />
                  <label for={`area-${area}`}><span class="choice__label">{areaName(area)}</span></label>
                </div>
                {chosen && (
                  <RatingSlider
                    id={`area-${area}-intensity`}
                    label={`How much did your ${areaName(area).toLowerCase()} hurt?`}
                    value={chosen.intensity}
                    onChange={(v) => update({ areas: form.areas.map((a) => (a.area === area ? { area, intensity: v ?? 0 } : a)) })}
                    words={painWords}
                    low="No pain"
                    high="Worst"
                  />
                )}
              </div>
            );
          })}
        </fieldset>

        <div id="entry-techniques" tabIndex={-1}>
          <CheckGroup
            legend="What did you do?"
            hint="Tick any massage you had or did."
            name="entry-technique"
            options={TECHNIQUE_IDS.map((id) => ({ value: id, label: techniqueName(id) }))}
            value={form.techniques}
            onChange={(v) => update({ techniques: v })}
          />
          {errors['techniques'] && <p class="field-error">{errors['techniques']}</p>}
        </div>

        <div id="entry-source" tabIndex={-1}>
          <RadioGroup
            legend="Who did it?"
            name="entry-source"
            options={[
              { value: 'session', label: 'Me, with a guided session in backrub' },
              { value: 'therapist', label: 'A massage therapist' },
              { value: 'other', label: 'Something else, or I am only noting my pain' },
            ]}
            value={form.source}
            onChange={(v) => update({ source: v })}
            error={errors['source']}
          />
        </div>

        <TextField id="entry-duration" label="How many minutes? (optional)" type="number" inputMode="numeric" min={0} max={1440} value={form.durationMinutes} onInput={(v) => update({ durationMinutes: v })} error={errors['durationMinutes']} class="input--short" />

        <RatingSlider id="entry-pressure" label="How firm did the pressure feel? (optional)" value={form.pressureFelt} onChange={(v) => update({ pressureFelt: v })} words={pressureWords} low="Light" high="Firm" error={errors['pressureFelt']} optional />

        <div class="field">
          <label for="entry-notes" class="field__label">Notes (optional)</label>
          <p class="hint" id="entry-notes-hint">Write as much as you like: how you slept, what you did, how you feel.</p>
          {errors['notes'] && <p class="field-error" id="entry-notes-error">{errors['notes']}</p>}
          <textarea id="entry-notes" class="input input--wide textarea" rows={5} value={form.notes} onInput={(e) => update({ notes: (e.currentTarget as HTMLTextAreaElement).value })} aria-describedby={describedBy('entry-notes-hint', errors['notes'] && 'entry-notes-error')} />
        </div>

        <TextField id="entry-triggers" label="What may have set it off? (optional)" hint="Short words, with commas between them. For example: long drive, bad sleep, lifting." value={form.triggers} onInput={(v) => update({ triggers: v })} error={errors['triggers']} />

        <div class="wizard__nav">
          <Link href="/diary" class="button button--secondary">Cancel</Link>
          <button type="submit" class="button button--primary" disabled={busy}>{busy ? 'Saving...' : 'Save entry'}</button>
        </div>
      </form>

      {props.id && (
        <div class="card card--caution danger-zone">
          <h2>Delete this entry</h2>
          {!confirmDelete ? (
            <button type="button" class="button button--secondary" onClick={() => setConfirmDelete(true)}>Delete this entry...</button>
          ) : (
            <>
              <p role="alert">This entry will be gone for good. Are you sure?</p>
              <div class="actions">
                <button type="button" class="button button--delete" onClick={remove} disabled={busy}>Yes, delete it</button>
                <button type="button" class="button button--secondary" onClick={() => setConfirmDelete(false)}>No, keep it</button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
