import { DiaryEntryInputSchema, DiaryEntrySchema, PegCheckInInputSchema, PegCheckInSchema } from '../core/diary.js';
import type { FeatureOpenApi } from './api-feature.js';
import { ChangePasswordSchema, DeleteAccountSchema, ResetRequestSchema, ResetSchema, SignInSchema, SignUpSchema } from './auth/auth.routes.js';

// The accounts feature's paths for /api/openapi.json. Bodies reference the zod schemas that validate
// them, answers the schemas their routes declare (src/core/contracts); docs/api.md has the prose.

const ref = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
const error = (description: string) => ({ description, content: ref('Error') });
/** A success answer: its schema is the one the route declares (see openapi.ts). */
const answer = (description: string) => ({ description });
const csrf = { name: 'x-csrf-token', in: 'header', required: true, schema: { type: 'string' }, description: 'The csrfToken from sign-in or GET /api/auth/session.' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const range = [
  { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
];
const signedIn = { '401': error('`unauthorized`: no session, or it expired.'), '403': error('`csrf_failed`: missing or wrong x-csrf-token, or a foreign Origin.') };
const changes = (summary: string, extra: Record<string, unknown> = {}) => ({ summary, parameters: [csrf], ...extra });

export const ACCOUNTS_OPENAPI: FeatureOpenApi = {
  schemas: {
    SignUp: SignUpSchema, SignIn: SignInSchema, ChangePassword: ChangePasswordSchema, DeleteAccount: DeleteAccountSchema,
    ResetRequest: ResetRequestSchema, Reset: ResetSchema,
    DiaryEntryInput: DiaryEntryInputSchema, DiaryEntry: DiaryEntrySchema,
    PegCheckInInput: PegCheckInInputSchema, PegCheckIn: PegCheckInSchema,
  },
  paths: {
    '/auth/signup': { post: { operationId: 'signUp', summary: 'Create an account and sign in (sets the session and device cookies). Password: 12-128 code points after NFKC, not common, not containing the email name.', requestBody: { required: true, content: ref('SignUp') }, responses: { '201': answer('{ user, csrfToken, expiresAt }'), '400': error('`invalid_request`, with the password policy in issues'), '409': error('`conflict`: the email has an account (at most 5 such answers per address per 15 minutes).'), '429': error('`rate_limited`') } } },
    '/auth/signin': { post: { operationId: 'signIn', summary: 'Sign in (sets the session and device cookies); attempts are counted before the check (decision 0044).', requestBody: { required: true, content: ref('SignIn') }, responses: { '200': answer('{ user, csrfToken, expiresAt }'), '401': error('`unauthorized`'), '429': error('`rate_limited`, with Retry-After; the password was not checked') } } },
    '/auth/reset-request': { post: { operationId: 'requestPasswordReset', summary: 'Mail a one-time reset link (30 minutes) when the email has an account; the same 202 for every email.', requestBody: { required: true, content: ref('ResetRequest') }, responses: { '202': answer('{ message }'), '400': error('`invalid_request`: not an email') } } },
    '/auth/reset': { post: { operationId: 'resetPassword', summary: 'Set a new password with a reset token; ends every session of the account.', requestBody: { required: true, content: ref('Reset') }, responses: { '204': { description: 'Password set.' }, '400': error('`invalid_request`: issues on `token` (unknown, used or expired) or `newPassword` (policy)') } } },
    '/account/password': { post: { operationId: 'changePassword', ...changes('Change the password (current one required, throttled like sign-in); ends every other session.'), requestBody: { required: true, content: ref('ChangePassword') }, responses: { '204': { description: 'Changed.' }, '400': error('`invalid_request`: the new password breaks the policy'), ...signedIn, '429': error('`rate_limited`, with Retry-After') } } },
    '/auth/session': { get: { operationId: 'getSession', summary: 'Who is signed in, and the CSRF token to send.', responses: { '200': answer('{ user, csrfToken, expiresAt }'), '401': error('`unauthorized`') } } },
    '/auth/signout': { post: { operationId: 'signOut', ...changes('End this session.'), responses: { '204': { description: 'Signed out.' }, ...signedIn } } },
    '/auth/signout-everywhere': { post: { operationId: 'signOutEverywhere', ...changes('End every session of this account.'), responses: { '200': answer('{ sessionsEnded }'), ...signedIn } } },
    '/account': { delete: { operationId: 'deleteAccount', ...changes('Delete the account and all its data (password required, throttled like sign-in).'), requestBody: { required: true, content: ref('DeleteAccount') }, responses: { '204': { description: 'Deleted.' }, ...signedIn, '429': error('`rate_limited`, with Retry-After') } } },
    '/diary/entries': {
      get: { operationId: 'listEntries', summary: 'Diary entries, newest first, paginated by cursor.', parameters: [...range, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } }, { name: 'before', in: 'query', schema: { type: 'string' } }], responses: { '200': answer('{ entries: DiaryEntry[], next }'), ...signedIn } },
      post: { operationId: 'createEntry', ...changes('Add a diary entry.'), requestBody: { required: true, content: ref('DiaryEntryInput') }, responses: { '201': { description: 'The entry.', content: ref('DiaryEntry') }, '400': error('`invalid_request` with issues'), ...signedIn } },
    },
    '/diary/entries/{id}': {
      get: { operationId: 'getEntry', summary: 'One of your entries.', parameters: [id], responses: { '200': { description: 'The entry.', content: ref('DiaryEntry') }, '404': error('`not_found`'), ...signedIn } },
      put: { operationId: 'updateEntry', ...changes('Replace one of your entries.', { parameters: [id, csrf] }), requestBody: { required: true, content: ref('DiaryEntryInput') }, responses: { '200': { description: 'The entry.', content: ref('DiaryEntry') }, '404': error('`not_found`'), ...signedIn } },
      delete: { operationId: 'deleteEntry', ...changes('Delete one of your entries.', { parameters: [id, csrf] }), responses: { '204': { description: 'Deleted.' }, '404': error('`not_found`'), ...signedIn } },
    },
    '/diary/checkins': {
      get: { operationId: 'listCheckIns', summary: 'PEG-3 check-ins, and whether one is due.', parameters: range, responses: { '200': answer('{ checkIns: PegCheckIn[], due }'), ...signedIn } },
      post: { operationId: 'createCheckIn', ...changes('Record a weekly PEG-3 check-in.'), requestBody: { required: true, content: ref('PegCheckInInput') }, responses: { '201': { description: 'The check-in.', content: ref('PegCheckIn') }, ...signedIn } },
    },
    '/diary/checkins/{id}': { delete: { operationId: 'deleteCheckIn', ...changes('Delete a check-in.', { parameters: [id, csrf] }), responses: { '204': { description: 'Deleted.' }, ...signedIn } } },
    '/diary/dashboard': { get: { operationId: 'dashboard', summary: 'Pain over time, sessions per week, relief per technique, current assessment, prompts.', parameters: range, responses: { '200': answer('See docs/api.md'), ...signedIn } } },
    '/assessments': {
      get: { operationId: 'listAssessments', summary: 'Saved assessments.', responses: { '200': answer('{ assessments }'), ...signedIn } },
      post: { operationId: 'saveAssessment', ...changes('Assess an intake on the server and keep it.'), requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { intake: { $ref: '#/components/schemas/Intake' } }, required: ['intake'] } } } }, responses: { '201': answer('{ id, createdAt, intake, assessment }'), ...signedIn } },
    },
    '/assessments/current': { get: { operationId: 'currentAssessment', summary: 'The latest assessment, recommendations re-ranked by your own relief.', responses: { '200': answer('{ current }'), ...signedIn } } },
    '/assessments/{id}': { delete: { operationId: 'deleteAssessment', ...changes('Delete a saved assessment.', { parameters: [id, csrf] }), responses: { '204': { description: 'Deleted.' }, ...signedIn } } },
    '/summary': { get: { operationId: 'summary', summary: 'Your printable summary.', parameters: [...range, { name: 'sections', in: 'query', schema: { type: 'string' } }], responses: { '200': answer('The summary'), ...signedIn } } },
    '/shares': {
      get: { operationId: 'listShares', summary: 'Your share links (without tokens).', responses: { '200': answer('{ shares }'), ...signedIn } },
      post: { operationId: 'createShare', ...changes('Create a read-only, expiring link to a summary; the token is shown once.'), responses: { '201': answer('{ id, token, path, expiresAt, ... }'), ...signedIn } },
    },
    '/shares/{id}': { delete: { operationId: 'revokeShare', ...changes('Revoke a share link.', { parameters: [id, csrf] }), responses: { '204': { description: 'Revoked.' }, '404': error('`not_found`'), ...signedIn } } },
    '/shared/{token}': { get: { operationId: 'openShare', summary: 'The summary behind a share link (no session): only data from its dates, and the assessment that was the latest when the link was made. Sent with Cache-Control: no-store, Referrer-Policy: no-referrer, X-Robots-Tag: noindex.', parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': answer('The summary'), '404': error('`not_found`: unknown, expired or revoked.') } } },
    '/export/json': { get: { operationId: 'exportJson', summary: 'All your data as JSON (importable), streamed.', responses: { '200': answer('backrub-export v1'), ...signedIn } } },
    '/export/diary.csv': { get: { operationId: 'exportDiaryCsv', summary: 'Diary entries as CSV (streamed; formula cells neutralised per OWASP, separators quoted).', responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...signedIn } } },
    '/export/checkins.csv': { get: { operationId: 'exportCheckInsCsv', summary: 'PEG-3 check-ins as CSV.', responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...signedIn } } },
    '/export/fhir': { get: { operationId: 'exportFhir', summary: 'A FHIR R4 Bundle (LOINC 72514-3 pain, 91148-7/91147-9 PEG).', responses: { '200': { description: 'Bundle', content: { 'application/fhir+json': {} } }, ...signedIn } } },
    '/import': { post: { operationId: 'importJson', ...changes('Import a JSON export into this account: all or nothing, idempotent (items already present are skipped, even for concurrent imports). Up to 50 MiB; an account may hold up to 100,000 entries, 20,000 check-ins and 100 MiB of notes; each entry is checked with the entry schema. 413 when a limit is passed.'), responses: { '200': answer('{ imported, skipped }'), '400': error('`invalid_request` with issues'), ...signedIn } } },
  },
};
