import { afterAll, beforeAll, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, type TestApp } from './harness.js';

/** Person A tries every id of person B's, through every route that takes an id. */
describeEachDialect('authorization on $name: A cannot reach B', (dialect) => {
  let t: TestApp;
  let a: Client;
  let b: Client;
  let bEntry: { id: string };
  let bCheckIn: { id: string };
  let bAssessment: { id: string };
  let bShare: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    a = await new Client(t.app).signUp('a@example.org');
    b = await new Client(t.app).signUp('b@example.org');
    bEntry = (await b.post('/api/diary/entries', sampleEntry({ notes: 'B private note' }))).json();
    bCheckIn = (await b.post('/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00Z', pain: 7, enjoyment: 6, activity: 5 })).json();
    bAssessment = (await b.post('/api/assessments', { intake: deskWorkerIntake })).json();
    bShare = (await b.post('/api/shares', { sections: ['trend', 'entries'] })).json();
    await a.post('/api/diary/entries', sampleEntry({ notes: 'A note' }));
  });
  afterAll(async () => t?.close());

  it('cannot read, change or delete B entry, check-in or assessment by id', async () => {
    expect((await a.get(`/api/diary/entries/${bEntry.id}`)).statusCode).toBe(404);
    expect((await a.put(`/api/diary/entries/${bEntry.id}`, sampleEntry({ painBefore: 0 }))).statusCode).toBe(404);
    expect((await a.delete(`/api/diary/entries/${bEntry.id}`)).statusCode).toBe(404);
    expect((await a.delete(`/api/diary/checkins/${bCheckIn.id}`)).statusCode).toBe(404);
    expect((await a.delete(`/api/assessments/${bAssessment.id}`)).statusCode).toBe(404);
    // B's data is untouched.
    expect((await b.get(`/api/diary/entries/${bEntry.id}`)).json()).toMatchObject({ painBefore: 6, notes: 'B private note' });
    expect((await b.get('/api/diary/checkins')).json().checkIns).toHaveLength(1);
    expect((await b.get('/api/assessments')).json().assessments).toHaveLength(1);
  });

  it('sees only its own data in lists, dashboard, summary, learning and every export', async () => {
    const urls = [
      '/api/diary/entries', '/api/diary/checkins', '/api/diary/dashboard?from=2025-01-01&to=2025-06-30', '/api/assessments',
      '/api/assessments/current', '/api/summary?from=2025-01-01&to=2025-06-30', '/api/shares', '/api/export/json',
      '/api/export/diary.csv', '/api/export/checkins.csv', '/api/export/fhir',
    ];
    for (const url of urls) {
      const response = await a.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).not.toContain('B private note');
      expect(response.body).not.toContain(bEntry.id);
      expect(response.body).not.toContain(bCheckIn.id);
      expect(response.body).not.toContain(bAssessment.id);
      expect(response.body).not.toContain(bShare.id);
      expect(response.body).not.toContain(b.userId);
    }
    expect((await a.get('/api/diary/entries')).json().entries).toHaveLength(1);
  });

  it('cannot revoke B share link; B link still works; A own token cannot reach B data', async () => {
    expect((await a.delete(`/api/shares/${bShare.id}`)).statusCode).toBe(404);
    const shared = await new Client(t.app).get(`/api/shared/${bShare.token}`);
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain('B private note');
  });

  it('cannot use B session with A CSRF token, or delete B account', async () => {
    const mixed = new Client(t.app);
    mixed.cookie = b.cookie;
    mixed.csrf = a.csrf;
    expect((await mixed.post('/api/diary/entries', sampleEntry())).statusCode).toBe(403);
    // The account route acts only on the session's own account.
    expect((await a.delete('/api/account', { password: 'correct horse battery' })).statusCode).toBe(204);
    expect((await b.get('/api/auth/session')).statusCode).toBe(200);
    expect((await b.get(`/api/diary/entries/${bEntry.id}`)).statusCode).toBe(200);
  });

  it('ignores an importer trying to write into B data', async () => {
    const c = await new Client(t.app).signUp('c@example.org');
    const doc = (await b.get('/api/export/json')).json();
    const result = await c.post('/api/import', doc);
    expect(result.statusCode).toBe(200);
    // C got copies with new ids; B's rows are unchanged and still B's.
    const cEntries = (await c.get('/api/diary/entries')).json().entries;
    expect(cEntries).toHaveLength(1);
    expect(cEntries[0].id).not.toBe(bEntry.id);
    expect((await b.get('/api/diary/entries')).json().entries).toHaveLength(1);
  });
});
