import type { DiaryEntryInput } from '../../core/diary.js';

// Unsaved work survives a sign-in: the entry form keeps its draft, and a finished guided session keeps
// the entry it wants to save, in sessionStorage (this tab only, gone when it closes; never sent anywhere).

const DRAFT_PREFIX = 'backrub.diary-draft:';
const PENDING_KEY = 'backrub.pending-session-entry.v1';

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string): T | null {
  try {
    const raw = store()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) store()?.removeItem(key);
    else store()?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or blocked: the form still works */
  }
}

export const loadDraft = <T>(key: string): T | null => read<T>(DRAFT_PREFIX + key);
export const saveDraft = (key: string, draft: unknown): void => write(DRAFT_PREFIX + key, draft);
export const clearDraft = (key: string): void => write(DRAFT_PREFIX + key, null);

/** A diary entry made from a finished guided session, waiting for the person to sign up or in. */
export type PendingEntry = Omit<DiaryEntryInput, 'notes' | 'triggers' | 'areas' | 'techniques' | 'movements' | 'source'> &
  Partial<Pick<DiaryEntryInput, 'notes' | 'triggers' | 'areas' | 'techniques' | 'movements' | 'source'>>;

export const loadPendingEntry = (): PendingEntry | null => read<PendingEntry>(PENDING_KEY);
export const savePendingEntry = (entry: PendingEntry | null): void => write(PENDING_KEY, entry);
