/**
 * Row types of the tables, as the repositories see them. Only repositories and this folder import
 * Kysely; services and routes get domain types. Migrations do not use these types (they take
 * `Kysely<any>`), so a migration never changes meaning when these change.
 *
 * Portable choices: ids are text (random UUIDs), instants are ISO 8601 UTC text (sortable), days are
 * integers (days since 1970-01-01 in the person's own calendar) so buckets are plain integer arithmetic.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie token: the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuthThrottleTable {
  /** e.g. `signin:account:a@b.c`, `signin:address:1.2.3.4`, `signin:device:<nonce>`, `signup:address:1.2.3.4`. */
  key: string;
  /** Attempts in the current window (counted before the password is checked; a success gives its one back). */
  failures: number;
  window_started_at: string;
  /** Unused since 0006 (fixed windows replaced the growing delay); kept because landed migrations stay. */
  blocked_until: string | null;
}

export interface PasswordResetsTable {
  /** SHA-256 (hex) of the link token. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuthSecretsTable {
  name: string;
  /** base64url random bytes. */
  value: string;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  intake_json: string;
  assessment_json: string;
  created_at: string;
  /** Unique per user when set (0008): what makes an imported assessment "already there". */
  fingerprint: string | null;
}

export interface DiaryEntriesTable {
  id: string;
  user_id: string;
  occurred_at: string;
  /** Minutes east of UTC the person wrote the time with. */
  utc_offset: number;
  local_day: number;
  local_month: number;
  pain_before: number;
  pain_after: number | null;
  areas_json: string;
  techniques_json: string;
  source: string;
  duration_minutes: number | null;
  pressure_felt: number | null;
  notes: string;
  triggers_json: string;
  created_at: string;
  updated_at: string;
  /** `entryFingerprint` of the entry, unique per user when set (0008); NULL for a deliberate duplicate. */
  fingerprint: string | null;
}

/** One row per technique of an entry, for per-technique relief without parsing JSON. */
export interface DiaryEntryTechniquesTable {
  entry_id: string;
  user_id: string;
  technique: string;
  relief: number | null;
  /** The entry's local day (copied, for range queries without a join); null only for rows older than 0005. */
  local_day: number | null;
}

export interface PegCheckInsTable {
  id: string;
  user_id: string;
  occurred_at: string;
  /** Minutes east of UTC the person wrote the time with. */
  utc_offset: number;
  local_day: number;
  pain: number;
  enjoyment: number;
  activity: number;
  created_at: string;
  /** The UTC instant, unique per user when set (0008). */
  fingerprint: string | null;
}

export interface ShareLinksTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the link token. */
  token_hash: string;
  sections_json: string;
  from_date: string | null;
  to_date: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** The assessment current when the link was made (0009); NULL when there was none or it was deleted. */
  assessment_id: string | null;
  /** The name or initials the person chose to show on the summary (0010); NULL for none. */
  display_name: string | null;
}

export interface RateLimitsTable {
  /** Route namespace + client key (address). */
  key: string;
  hits: number;
  window_started_ms: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  password_resets: PasswordResetsTable;
  auth_secrets: AuthSecretsTable;
  assessments: AssessmentsTable;
  diary_entries: DiaryEntriesTable;
  diary_entry_techniques: DiaryEntryTechniquesTable;
  peg_checkins: PegCheckInsTable;
  share_links: ShareLinksTable;
  rate_limits: RateLimitsTable;
}
