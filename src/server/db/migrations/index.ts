import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts.js';
import * as m0002 from './0002_diary.js';
import * as m0003 from './0003_share_links.js';
import * as m0004 from './0004_rate_limits.js';
import * as m0005 from './0005_technique_days.js';
import * as m0006 from './0006_password_resets.js';
import * as m0007 from './0007_auth_secrets.js';
import * as m0008 from './0008_import_fingerprints.js';
import * as m0009 from './0009_share_assessment.js';
import * as m0010 from './0010_share_name.js';

/**
 * Every migration, in order. Listed statically (not read from the folder) so the same set runs from
 * `src` under tsx/vitest and from `dist`. Rules: append only, never edit a landed migration
 * (test/integration/migrations.test.ts checks names and order).
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_accounts': m0001,
  '0002_diary': m0002,
  '0003_share_links': m0003,
  '0004_rate_limits': m0004,
  '0005_technique_days': m0005,
  '0006_password_resets': m0006,
  '0007_auth_secrets': m0007,
    '0008_import_fingerprints': m0008,
  '0009_share_assessment': m0009,
  '0010_share_name': m0010,
};
