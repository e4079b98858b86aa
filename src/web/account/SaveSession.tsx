import { useState } from 'preact/hooks';
import type { TechniqueId } from '../../core/assessment.js';
import { isMovementId } from '../../core/movement-vocabulary.js';
import { Link } from '../components/ui.js';
import { navigate } from '../router.js';
import { ApiFailure, messageOf } from './api.js';
import { useAuth } from './auth.js';
import { savePendingEntry, type PendingEntry } from './drafts.js';
import { localInputValue, TECHNIQUE_IDS, toTimestamp } from './format.js';
import { createEntry } from './pending.js';

// "Save to my diary" on the guided session's end screen. Signed in: saves at once. Not signed in:
// keeps the entry in this tab and goes to sign-up, which saves it right after the account is made.

interface SessionDone {
  before: number;
  after: number;
  techniques: readonly string[];
  /** Stretches and movements done in the session (decision 0052). */
  movements?: readonly string[];
  seconds: number;
}

export function sessionEntry(props: SessionDone): PendingEntry {
  const techniques = [...new Set(props.techniques)].filter((t): t is TechniqueId => (TECHNIQUE_IDS as readonly string[]).includes(t));
  const movements = [...new Set(props.movements ?? [])].filter(isMovementId);
  return {
    ...(movements.length > 0 && { movements }),
    occurredAt: toTimestamp(localInputValue()),
    painBefore: props.before,
    painAfter: props.after,
    techniques,
    source: 'session',
    durationMinutes: Math.max(1, Math.round(props.seconds / 60)),
  };
}

export function SaveSession(props: SessionDone) {
  const auth = useAuth();
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  if (auth.status === 'unavailable' || auth.status === 'loading') return null;

  const save = async () => {
    const entry = sessionEntry(props);
    if (auth.status !== 'signed-in') {
      savePendingEntry(entry);
      navigate('/account/signup');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await createEntry(entry);
      setSaved(result.id);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) {
        savePendingEntry(entry);
        navigate('/account/signin');
        return;
      }
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card card--note" aria-labelledby="save-diary-h" data-testid="save-session">
      <h2 id="save-diary-h">Keep track of what helps</h2>
      {saved ? (
        <>
          <p role="status">Saved to your diary.</p>
          <div class="actions">
            <Link href="/diary" class="button button--primary">See my diary</Link>
            <Link href={`/diary/entry/${encodeURIComponent(saved)}`} class="button button--secondary">Add notes</Link>
          </div>
        </>
      ) : (
        <>
          <p>
            {auth.status === 'signed-in'
              ? 'Save this session with your before and after scores. Over time your diary shows which massage helps you most.'
              : 'Save this session in a free, private diary. You make an account first; your scores are kept while you do.'}
          </p>
          {error && <p role="alert" class="field-error">{error}</p>}
          <button type="button" class="button button--primary" onClick={save} disabled={busy}>
            {busy ? 'Saving...' : 'Save to my diary'}
          </button>
        </>
      )}
    </section>
  );
}
