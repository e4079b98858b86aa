import { useEffect, useRef, useState } from 'preact/hooks';
import { SHARE_NAME_MAX, ShareDisplayName } from '../../core/contracts/share-summary.js';
import { validate } from '../../core/validation.js';
import { CheckGroup, Link } from '../components/ui.js';
import { api, ApiFailure, issuesByField, messageOf } from './api.js';
import { daysAgo, moment, shortDay } from './format.js';
import type { CreatedShare, ShareLink } from './types.js';
import { ErrorSummary, sentence, Status, TextField } from './widgets.js';
import { SHARE_DAYS, shareDaysProblem } from '../../core/share-days.js';

// "Share with my therapist or doctor": a read-only link to a summary, with the sections and dates the
// person chooses. It expires (14 days unless they choose otherwise) and can be turned off at any time.

export const SECTIONS = [
  { value: 'assessment', label: 'My latest assessment', help: 'The safety check and the advice it gave.' },
  { value: 'painMap', label: 'Where it hurts' },
  { value: 'pressure', label: 'The pressure I like' },
  { value: 'cautions', label: 'My health conditions and cautions' },
  { value: 'trend', label: 'My pain over time', help: 'A chart and a table.' },
  { value: 'peg', label: 'My weekly check-ins' },
  { value: 'techniques', label: 'How much each massage helped' },
  { value: 'entries', label: 'My diary entries, with my notes', help: 'Your notes stay private unless you tick this.' },
] as const;

type Section = (typeof SECTIONS)[number]['value'];
const DEFAULT: Section[] = ['assessment', 'painMap', 'pressure', 'cautions', 'trend', 'peg', 'techniques'];

export function sectionLabel(value: string): string {
  return SECTIONS.find((s) => s.value === value)?.label ?? value;
}

function linkState(link: ShareLink): string {
  if (link.revokedAt) return `Turned off on ${moment(link.revokedAt)}`;
  if (!link.active) return `Expired on ${moment(link.expiresAt)}`;
  return `Works until ${moment(link.expiresAt)}`;
}

export function Share() {
  const [sections, setSections] = useState<Section[]>(DEFAULT);
  const [from, setFrom] = useState(daysAgo(89));
  const [to, setTo] = useState(daysAgo(0));
  const [expires, setExpires] = useState('14');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const [copied, setCopied] = useState(false);
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const createdBox = useRef<HTMLDivElement>(null);

  const refresh = () =>
    api
      .get<{ shares: ShareLink[] }>('/api/shares')
      .then((r) => setLinks(r.shares))
      .catch((e: unknown) => setMessage(messageOf(e)));

  useEffect(() => {
    heading.current?.focus();
    void refresh();
  }, []);
  useEffect(() => {
    if (created) createdBox.current?.focus();
  }, [created]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (sections.length === 0) local['sections'] = 'Please tick at least one part to share.';
    if (!from) local['from'] = 'Please choose the first day.';
    if (!to) local['to'] = 'Please choose the last day.';
    if (from && to && from > to) local['from'] = 'The first day must be before the last day.';
    const days = Number(expires);
    const daysProblem = shareDaysProblem(expires.trim() === '' ? undefined : days);
    if (daysProblem) local['expiresInDays'] = daysProblem;
    const checkedName = validate(ShareDisplayName, name);
    if (!checkedName.ok) local['name'] = `Your name or initials ${checkedName.issues[0]?.message ?? 'are not valid'}.`;
    setErrors(local);
    setMessage(undefined);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const shown = checkedName.ok ? checkedName.value : '';
      const link = await api.post<CreatedShare>('/api/shares', { sections, from, to, expiresInDays: days, ...(shown && { name: shown }) });
      setCreated(link);
      setCopied(false);
      void refresh();
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) return;
      const byField = issuesByField(error);
      setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k.replace(/\[\d+\]$/, ''), sentence(v)])));
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (link: ShareLink) => {
    try {
      await api.del(`/api/shares/${encodeURIComponent(link.id)}`);
      setStatus('The link is turned off. Nobody can open it any more.');
      if (created?.id === link.id) setCreated(null);
      await refresh();
    } catch (e) {
      setMessage(messageOf(e));
    }
  };

  const url = created ? (created.url ?? `${window.location.origin}${created.path}`) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      (document.getElementById('share-url') as HTMLInputElement | null)?.select();
    }
  };

  const fields = [
    ['sections', 'share-sections', 'What to share'],
    ['from', 'share-from', 'First day'],
    ['to', 'share-to', 'Last day'],
    ['expiresInDays', 'share-expires', 'How long the link works'],
    ['name', 'share-name', 'Your name or initials'],
  ]
    .filter(([k]) => errors[k as string])
    .map(([k, id, label]) => ({ id: id as string, label: label as string, message: errors[k as string] as string }));
  const preview = `/diary/summary?${new URLSearchParams({ from, to, sections: sections.join(',') }).toString()}`;

  return (
    <section aria-labelledby="share-h">
      <p class="breadcrumb"><Link href="/diary">My diary</Link></p>
      <h1 id="share-h" tabIndex={-1} ref={heading}>Share with my therapist or doctor</h1>
      <p class="lead">
        Make a link to a summary they can read and print. They cannot change anything. You choose what is in it, and
        you can turn the link off at any time.
      </p>
      {status && <Status>{status}</Status>}

      {created && (
        <div class="card card--note share-created" tabIndex={-1} ref={createdBox} data-testid="share-created">
          <h2>Your link is ready</h2>
          {created.onlyThisComputer ? (
            <p class="notice" data-testid="share-local-only">
              <strong>This link works only on this computer.</strong> backrub runs here and nobody else can reach it yet.
              To send links to others, the person who runs backrub must set PUBLIC_URL to its web address (see the README).
            </p>
          ) : (
            <p>Send this link to your therapist or doctor.</p>
          )}
          <p>It works until {moment(created.expiresAt)}. We show it only once, so copy it now.</p>
          <label for="share-url" class="field__label">Link</label>
          <input id="share-url" class="input input--wide" readOnly value={url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          <div class="actions">
            <button type="button" class="button button--primary" onClick={copy}>Copy the link</button>
            <a href={created.path} target="_blank" rel="noopener" class="button button--secondary">Open it<span class="visually-hidden"> (opens in a new tab)</span></a>
          </div>
          {copied && <Status>Copied.</Status>}
        </div>
      )}

      <ErrorSummary message={message} fields={fields} title="We could not make the link" />
      <form onSubmit={submit} noValidate class="card">
        <h2>Make a new link</h2>
        <div id="share-sections" tabIndex={-1}>
          <CheckGroup legend="What to share" name="share-section" options={SECTIONS} value={sections} onChange={setSections} />
          {errors['sections'] && <p class="field-error">{errors['sections']}</p>}
        </div>
        <div class="field-row">
          <TextField id="share-from" label="First day" type="date" value={from} onInput={setFrom} error={errors['from']} class="input--medium" />
          <TextField id="share-to" label="Last day" type="date" value={to} onInput={setTo} error={errors['to']} class="input--medium" />
        </div>
        <TextField
          id="share-name" label="Your name or initials (optional)" value={name} onInput={setName} autocomplete="name"
          hint={`Shown at the top, so they know whose summary it is. For example "Sam" or "S. K." Up to ${SHARE_NAME_MAX} letters.`}
          error={errors['name']} class="input--medium"
        />
        <TextField id="share-expires" label="Days the link works" type="number" inputMode="numeric" min={SHARE_DAYS.min} max={SHARE_DAYS.max} value={expires} onInput={setExpires} hint={`From ${SHARE_DAYS.min} to ${SHARE_DAYS.max} days. 14 days unless you change it.`} error={errors['expiresInDays']} class="input--short" />
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={busy}>{busy ? 'Making the link...' : 'Make the link'}</button>
          <Link href={preview} class="button button--secondary">Preview or print it myself</Link>
        </div>
      </form>

      <section aria-labelledby="links-h">
        <h2 id="links-h">My links</h2>
        {links === null && <p class="hint">Loading...</p>}
        {links?.length === 0 && <p>You have not shared anything yet.</p>}
        {links && links.length > 0 && (
          <ul class="cards">
            {links.map((l) => (
              <li class="card share-link" key={l.id} data-testid="share-link">
                <p><strong>{shortDay(l.from)} to {shortDay(l.to)}</strong>{l.name && <> (shown as {l.name})</>}: {l.sections.map(sectionLabel).join(', ')}</p>
                <p class={l.active ? '' : 'hint'}>Made {moment(l.createdAt)}. {linkState(l)}.</p>
                {l.active && (
                  <button type="button" class="button button--secondary" onClick={() => revoke(l)}>
                    Turn off this link<span class="visually-hidden"> made {moment(l.createdAt)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
