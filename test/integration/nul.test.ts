import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiaryEntryInputSchema, PegCheckInInputSchema } from '../../src/core/diary.js';
import { NUL_MESSAGE } from '../../src/core/text.js';
import { validate } from '../../src/core/validation.js';
import { ImportedEntrySchema } from '../../src/server/export/export.service.js';
import { deskWorkerIntake } from '../server/support.js';
import { exportFile } from '../support/export-file.js';
import { Client, describeEachDialect, sampleEntry, startWithUser, type TestApp } from './harness.js';

/**
 * A NUL character (U+0000) in any text field is refused with 400 naming the field, on SQLite and on
 * PostgreSQL (which cannot store it and answered 500). One table of bad inputs across the routes.
 */
const NUL = '\u0000';
const cursorWithNul = Buffer.from(`2025-01-01T00:00:00.000Z~abc${NUL}`).toString('base64url');
const importWith = (change: (file: ReturnType<typeof exportFile> & Record<string, unknown>) => void) => {
  const file = exportFile(1, { checkIns: 1, assessments: [{ createdAt: '2025-05-01T10:00:00.000Z', intake: deskWorkerIntake, assessment: { triage: 'self-care', massageAdvised: true, reasons: [], recommendations: [], avoid: [], plan: { steps: [], totalSeconds: 0, lifestyle: [] }, tips: [] } }] }) as ReturnType<typeof exportFile> & Record<string, unknown>;
  change(file);
  return file;
};

type Case = [name: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body: unknown, field: string];

const CASES: Case[] = [
  ['sign-up email', 'POST', '/api/auth/signup', { email: `a${NUL}@example.org`, password: 'correct horse battery' }, 'email'],
  ['sign-in email', 'POST', '/api/auth/signin', { email: `someone${NUL}@example.org`, password: 'whatever it is' }, 'email'],
  ['sign-in password', 'POST', '/api/auth/signin', { email: 'someone@example.org', password: `pass${NUL}word` }, 'password'],
  ['delete-account password', 'DELETE', '/api/account', { password: `x${NUL}` }, 'password'],
  ['entry notes', 'POST', '/api/diary/entries', sampleEntry({ notes: `hello${NUL}` }), 'notes'],
  ['entry tag', 'POST', '/api/diary/entries', sampleEntry({ triggers: [`desk${NUL}`] }), 'triggers[0]'],
  ['entry time', 'POST', '/api/diary/entries', sampleEntry({ occurredAt: `2025-06-01T20:30:00+02:00${NUL}` }), 'occurredAt'],
  ['entry area', 'POST', '/api/diary/entries', sampleEntry({ areas: [{ area: `neck${NUL}`, intensity: 2 }] }), 'areas[0].area'],
  ['entry technique', 'POST', '/api/diary/entries', sampleEntry({ techniques: [`tennis-ball${NUL}`] }), 'techniques[0]'],
  ['entry source', 'POST', '/api/diary/entries', sampleEntry({ source: `session${NUL}` }), 'source'],
  ['entry field name', 'POST', '/api/diary/entries', { ...sampleEntry(), [`no${NUL}tes`]: 'x' }, `no${NUL}tes`],
  ['entry notes on edit', 'PUT', '/api/diary/entries/ENTRY', sampleEntry({ notes: `edited${NUL}` }), 'notes'],
  ['entry id to read', 'GET', '/api/diary/entries/%00', undefined, 'id'],
  ['entry id to edit', 'PUT', '/api/diary/entries/a%00b', sampleEntry(), 'id'],
  ['entry id to delete', 'DELETE', '/api/diary/entries/%00', undefined, 'id'],
  ['check-in id to delete', 'DELETE', '/api/diary/checkins/x%00', undefined, 'id'],
  ['assessment id to delete', 'DELETE', '/api/assessments/%00', undefined, 'id'],
  ['share id to revoke', 'DELETE', '/api/shares/%00', undefined, 'id'],
  ['technique id', 'GET', '/api/techniques/swedish%00', undefined, 'id'],
  ['cursor', 'GET', '/api/diary/entries?before=%00', undefined, 'before'],
  ['cursor hiding NUL in base64', 'GET', `/api/diary/entries?before=${cursorWithNul}`, undefined, 'before'],
  ['list from', 'GET', '/api/diary/entries?from=2025-01-01%00', undefined, 'from'],
  ['check-ins to', 'GET', '/api/diary/checkins?to=%00', undefined, 'to'],
  ['dashboard from', 'GET', '/api/diary/dashboard?from=%00', undefined, 'from'],
  ['summary sections', 'GET', '/api/summary?sections=peg%00', undefined, 'sections'],
  ['share sections', 'POST', '/api/shares', { sections: [`peg${NUL}`] }, 'sections[0]'],
  ['share from', 'POST', '/api/shares', { from: `2025-01-01${NUL}` }, 'from'],
  ['share token', 'GET', `/api/shared/${'A'.repeat(30)}%00`, undefined, 'token'],
  ['check-in time', 'POST', '/api/diary/checkins', { occurredAt: `2025-05-31T09:00:00+02:00${NUL}`, pain: 1, enjoyment: 1, activity: 1 }, 'occurredAt'],
  ['saved intake', 'POST', '/api/assessments', { intake: { ...deskWorkerIntake, areas: [`neck${NUL}`] } }, 'intake.areas[0]'],
  ['anonymous intake', 'POST', '/api/assess', { ...deskWorkerIntake, pattern: `x${NUL}` }, 'pattern'],
  ['import entry notes', 'POST', '/api/import', importWith((f) => (f.entries[0]!.notes = `n${NUL}`)), 'entries[0].notes'],
  ['import entry tag', 'POST', '/api/import', importWith((f) => (f.entries[0]!.triggers = [`t${NUL}`] as never)), 'entries[0].triggers[0]'],
  ['import entry createdAt', 'POST', '/api/import', importWith((f) => (f.entries[0]!.createdAt = `2025-06-01T10:00:00.000Z${NUL}`)), 'entries[0].createdAt'],
  ['import entry createdAt in words', 'POST', '/api/import', importWith((f) => (f.entries[0]!.createdAt = 'Tuesday 3')), 'entries[0].createdAt'],
  ['import entry updatedAt', 'POST', '/api/import', importWith((f) => Object.assign(f.entries[0]!, { updatedAt: `${NUL}` })), 'entries[0].updatedAt'],
  ['import check-in createdAt', 'POST', '/api/import', importWith((f) => Object.assign(f.checkIns[0]!, { createdAt: `2025-06-01${NUL}` })), 'checkIns[0].createdAt'],
  ['import assessment createdAt', 'POST', '/api/import', importWith((f) => Object.assign(f.assessments[0] as object, { createdAt: `2025-05-01T10:00:00.000Z${NUL}` })), 'assessments[0].createdAt'],
  ['import account email', 'POST', '/api/import', importWith((f) => (f.account = { email: `me${NUL}@example.org` })), 'account.email'],
  ['import exportedAt', 'POST', '/api/import', importWith((f) => (f.exportedAt = `2025-06-01T10:00:00.000Z${NUL}`)), 'exportedAt'],
  ['import format', 'POST', '/api/import', importWith((f) => (f.format = `backrub-export${NUL}`)), 'format'],
];

describeEachDialect('NUL characters are refused at the boundary on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  let entryId: string;
  beforeAll(async () => {
    ({ t, me } = await startWithUser(dialect));
    entryId = (await me.post('/api/diary/entries', sampleEntry())).json().id;
  });
  afterAll(async () => t?.close());

  it.each(CASES)('%s: 400 naming the field', async (_name, method, url, body, field) => {
    const response = await me.request(method, url.replace('ENTRY', entryId), body);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toMatch(/^invalid_(request|intake)$/);
    expect(error.issues.map((issue: { path: string }) => issue.path), response.body).toContain(field);
  });

  it('stored nothing and still works after all of them', async () => {
    const entries = (await me.get('/api/diary/entries')).json().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0].notes).toBe(sampleEntry().notes);
    expect((await me.post('/api/diary/entries', sampleEntry({ notes: 'fine' }))).statusCode).toBe(201);
  });
});

describe('the shared text primitive in the core schemas', () => {
  it.each([
    ['notes', DiaryEntryInputSchema, sampleEntry({ notes: `a${NUL}` })],
    ['triggers[0]', DiaryEntryInputSchema, sampleEntry({ triggers: [`a${NUL}`] })],
    ['entries import notes', ImportedEntrySchema, sampleEntry({ notes: `${NUL}` })],
    ['occurredAt', PegCheckInInputSchema, { occurredAt: `${NUL}`, pain: 1, enjoyment: 1, activity: 1 }],
  ] as const)('%s', (_name, schema, input) => {
    const result = validate(schema, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join(' ')).toMatch(new RegExp(`${NUL_MESSAGE.replace(/[()\\]/g, '.')}|must be a date`));
  });
});
