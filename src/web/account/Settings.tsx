import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDeviceData, PRIVACY_DELETE } from '../privacy.js';
import { Link } from '../components/ui.js';
import { navigate } from '../router.js';
import { api, ApiFailure, download, issuesByField, messageOf } from './api.js';
import { changePassword, deleteAccount, signOut, signOutEverywhere, type User } from './auth.js';
import { NewPasswordField, newPasswordProblem, useStrength } from './NewPassword.js';
import { ErrorSummary, sentence, Status, TextField } from './widgets.js';

// My account: sign out, change the password, export everything (JSON, CSV, FHIR), import a JSON export,
// delete the account.

/** The CSV downloads ask for this device's time zone, so the dates and times read as the person's own. */
function withTimeZone(path: string): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone ? `${path}?${new URLSearchParams({ tz: zone }).toString()}` : path;
}

const EXPORTS = [
  { path: '/api/export/json', name: 'backrub-export.json', label: 'Everything, as JSON', help: 'The full copy. You can import it again later, here or on another backrub.' },
  { path: '/api/export/diary.csv', name: 'backrub-diary.csv', label: 'Diary entries, as CSV', help: 'Opens in a spreadsheet. Dates and times are in your time zone.', zoned: true },
  { path: '/api/export/checkins.csv', name: 'backrub-checkins.csv', label: 'Weekly check-ins, as CSV', help: 'Opens in a spreadsheet. Dates and times are in your time zone.', zoned: true },
  { path: '/api/export/fhir', name: 'backrub-fhir.json', label: 'For health records (FHIR)', help: 'A standard format some clinics and health apps can read.' },
] as const;

interface ImportResult {
  imported: { entries: number; checkIns: number; assessments: number };
  skipped: { entries: number; checkIns: number; assessments: number };
}

/** Current password, then a new one with the strength meter; other devices are signed out. */
function ChangePassword(props: { email: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const strength = useStrength(next.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    setDone(false);
    const local: Record<string, string> = {};
    if (!current) local['currentPassword'] = 'Please type your current password.';
    const problem = next ? newPasswordProblem(next, props.email, strength) : 'please type a new password';
    if (problem) local['newPassword'] = sentence(problem);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (e) {
      const byField = issuesByField(e);
      if (e instanceof ApiFailure && e.code === 'forbidden') setErrors({ currentPassword: e.message });
      else if (Object.keys(byField).length > 0) setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, sentence(v)])));
      else setMessage(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const fields = [
    errors['currentPassword'] && { id: 'current-password', label: 'Current password', message: errors['currentPassword'] },
    errors['newPassword'] && { id: 'new-password', label: 'New password', message: errors['newPassword'] },
  ].filter((f): f is { id: string; label: string; message: string } => !!f);

  return (
    <section class="card" aria-labelledby="password-h">
      <h2 id="password-h">Change password</h2>
      {done && <Status>Your password is changed. We signed you out on your other devices.</Status>}
      <ErrorSummary message={message} fields={fields} title="Your password was not changed" />
      <form onSubmit={submit} noValidate>
        <TextField id="current-password" label="Current password" type="password" autocomplete="current-password" value={current} onInput={setCurrent} required error={errors['currentPassword']} />
        <NewPasswordField id="new-password" label="New password" value={next} onInput={setNext} email={props.email} error={errors['newPassword']} strength={strength} />
        <div class="actions">
          <button type="submit" class="button button--secondary" disabled={busy}>{busy ? 'Please wait...' : 'Change my password'}</button>
        </div>
      </form>
    </section>
  );
}

export function Settings(props: { user: User }) {
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [deleteError, setDeleteError] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (confirming) document.getElementById('delete-password')?.focus();
  }, [confirming]);

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    setStatus(undefined);
    try {
      await work();
    } catch (e) {
      if (!(e instanceof ApiFailure && e.status === 401)) setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const importFile = () =>
    run('import', async () => {
      const file = fileInput.current?.files?.[0];
      if (!file) {
        setError('Please choose a backrub JSON export file first.');
        return;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(await file.text());
      } catch {
        setError('That file is not a backrub JSON export. Please choose the file from "Everything, as JSON".');
        return;
      }
      const result = await api.post<ImportResult>('/api/import', doc);
      const { imported: i, skipped: s } = result;
      setStatus(
        `Imported ${i.entries} diary entries, ${i.checkIns} check-ins and ${i.assessments} assessments.` +
          (s.entries + s.checkIns + s.assessments > 0 ? ` ${s.entries + s.checkIns + s.assessments} were already here and were skipped.` : ''),
      );
      if (fileInput.current) fileInput.current.value = '';
    });

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setDeleteError('Please type your password to confirm.');
      return;
    }
    setBusy('delete');
    setDeleteError(undefined);
    try {
      await deleteAccount(password);
      clearDeviceData();
      // A fresh page load, so no answers kept in memory outlive the ones cleared from storage.
      window.location.replace('/account/deleted');
    } catch (e) {
      setDeleteError(messageOf(e));
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="settings-h">
      <p class="breadcrumb"><Link href="/diary">My diary</Link></p>
      <h1 id="settings-h" tabIndex={-1} ref={heading}>My account</h1>
      <p>You are signed in as <strong>{props.user.email}</strong>.</p>
      {status && <Status>{status}</Status>}
      {error && <p role="alert" class="field-error">{error}</p>}

      <section class="card" aria-labelledby="signout-h">
        <h2 id="signout-h">Sign out</h2>
        <div class="actions">
          <button type="button" class="button button--secondary" disabled={busy !== null} onClick={() => run('signout', async () => { await signOut(); navigate('/account/signin?signedout=1', { replace: true }); })}>
            Sign out
          </button>
          <button type="button" class="button button--secondary" disabled={busy !== null} onClick={() => run('everywhere', async () => { const n = await signOutEverywhere(); navigate(`/account/signin?signedout=${n}`, { replace: true }); })}>
            Sign out on all my devices
          </button>
        </div>
        <p class="hint">Use "all my devices" if you signed in on a phone or computer you no longer use.</p>
      </section>

      <ChangePassword email={props.user.email} />

      <section class="card" aria-labelledby="export-h">
        <h2 id="export-h">Download my data</h2>
        <ul class="plain-list">
          {EXPORTS.map((x) => (
            <li key={x.path}>
              <button type="button" class="button button--secondary" disabled={busy !== null} onClick={() => run(x.path, () => download('zoned' in x ? withTimeZone(x.path) : x.path, x.name))} aria-describedby={`${x.name}-help`}>
                {x.label}
              </button>
              <p class="hint" id={`${x.name}-help`}>{x.help}</p>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="import-h">
        <h2 id="import-h">Bring in a backup</h2>
        <p>Choose a file you downloaded with "Everything, as JSON". Entries you already have are not added twice.</p>
        <div class="field">
          <label for="import-file" class="field__label">Backup file</label>
          <input id="import-file" type="file" accept="application/json,.json" ref={fileInput} class="file-input" />
        </div>
        <button type="button" class="button button--secondary" disabled={busy !== null} onClick={importFile}>
          {busy === 'import' ? 'Importing...' : 'Import'}
        </button>
      </section>

      <section class="card card--danger" aria-labelledby="delete-h">
        <h2 id="delete-h" ref={deleteHeading}>Delete my account</h2>
        <p>
          This deletes your account and everything in it: your diary, check-ins, saved answers and share links. It cannot
          be undone. You may want to download your data first.
        </p>
        <p>{PRIVACY_DELETE}</p>
        {!confirming ? (
          <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
            Delete my account...
          </button>
        ) : (
          <form onSubmit={remove} noValidate>
            <ErrorSummary message={deleteError} fields={[]} title="Your account was not deleted" />
            <TextField id="delete-password" label="Type your password to confirm" type="password" autocomplete="current-password" value={password} onInput={setPassword} />
            <div class="actions">
              <button type="submit" class="button button--delete" disabled={busy !== null}>
                {busy === 'delete' ? 'Deleting...' : 'Yes, delete everything for good'}
              </button>
              <button type="button" class="button button--secondary" onClick={() => { setConfirming(false); setPassword(''); setDeleteError(undefined); }}>
                No, keep my account
              </button>
            </div>
          </form>
        )}
      </section>
    </section>
  );
}
