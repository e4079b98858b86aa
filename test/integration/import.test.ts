import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { accountsFeature } from '../../src/server/accounts.js';
import { loadConfig } from '../../src/server/config.js';
import { NOTES_MAX_LENGTH } from '../../src/core/diary.js';
import { openDatabase, type AppDatabase, type PersistenceConfig } from '../../src/server/db/database.js';
import { deskWorkerIntake } from '../server/support.js';
import { exportFile } from '../support/export-file.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, TEST_SETTINGS, type TestApp } from './harness.js';

const count = async (client: Client) => {
  const exported = (await client.get('/api/export/json')).json();
  return { entries: exported.entries.length, checkIns: exported.checkIns.length, assessments: exported.assessments.length };
};

describeEachDialect('import on $name', (dialect) => {
  describe('four identical imports at once on two instances of one database', () => {
    let config: PersistenceConfig;
    let destroy: () => Promise<void>;
    const databases: AppDatabase[] = [];
    const apps: FastifyInstance[] = [];
    beforeAll(async () => {
      ({ config, destroy } = await dialect.create());
      for (let i = 0; i < 2; i++) {
        const database = openDatabase(config);
        databases.push(database);
        const app = buildServer(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', DATA_DIR: config.dataDir, ...(config.databaseUrl && { DATABASE_URL: config.databaseUrl }) }), {
          logger: false,
          features: [accountsFeature({ config, db: database, settings: TEST_SETTINGS })],
        });
        await app.ready();
        apps.push(app);
      }
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      for (const database of databases) await database.close();
      await destroy?.();
    });

    it('store each entry, check-in and assessment once', async () => {
      const [one, two] = apps as [FastifyInstance, FastifyInstance];
      const onOne = await new Client(one).signUp('concurrent@example.org');
      const onTwo = Object.assign(new Client(two), { cookie: onOne.cookie, csrf: onOne.csrf });
      const file = exportFile(200, { checkIns: 20, assessments: [{ createdAt: '2025-05-01T10:00:00.000Z', intake: deskWorkerIntake, assessment: { triage: 'self-care', massageAdvised: true, reasons: [], recommendations: [], avoid: [], plan: { steps: [], totalSeconds: 0, lifestyle: [] }, tips: [] } }] });
      const responses = await Promise.all([onOne, onTwo, onOne, onTwo].map((client) => client.post('/api/import', file)));
      for (const response of responses) expect(response.statusCode, response.body).toBe(200);
      expect(responses.reduce((sum, r) => sum + r.json().imported.entries, 0)).toBe(200);
      expect(responses.reduce((sum, r) => sum + r.json().skipped.entries, 0)).toBe(600);
      expect(await count(onOne)).toEqual({ entries: 200, checkIns: 20, assessments: 1 });
    });
  });

  describe('all or nothing, and the entry routes\' limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, { importLimits: { entriesPerAccount: 5, checkInsPerAccount: 5 } });
    });
    afterAll(async () => t?.close());

    it('an import that would pass the account cap stores nothing of itself, entries included', async () => {
      const me = await new Client(t.app).signUp();
      expect((await me.post('/api/import', exportFile(3))).statusCode).toBe(200);
      const file = exportFile(3, { offset: 3, checkIns: 2 }); // 3 already there + 3 new = 6 > 5
      const refused = await me.post('/api/import', file);
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/more than 5 diary entries; nothing was imported/) });
      expect(await count(me)).toEqual({ entries: 3, checkIns: 0, assessments: 0 });
    });

    it('a file with more items than the cap is refused before anything is written', async () => {
      const me = await new Client(t.app).signUp();
      const refused = await me.post('/api/import', exportFile(6));
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error.issues).toEqual([{ path: 'entries', message: 'must have at most 5 items' }]);
      expect(await count(me)).toEqual({ entries: 0, checkIns: 0, assessments: 0 });
    });

    it('applies the entry schema to every imported entry: note length, ISO times; one bad item means nothing is imported', async () => {
      const me = await new Client(t.app).signUp();
      const long = 'x'.repeat(NOTES_MAX_LENGTH + 1);
      expect((await me.post('/api/diary/entries', sampleEntry({ notes: long }))).json().error.issues).toEqual([{ path: 'notes', message: `must be at most ${NOTES_MAX_LENGTH} characters` }]);
      const file = exportFile(3, { notes: (i) => (i === 1 ? long : 'ok') });
      file.entries[2]!.createdAt = 'Tuesday 3';
      const response = await me.post('/api/import', file);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues).toEqual([
        { path: 'entries[1].notes', message: `must be at most ${NOTES_MAX_LENGTH} characters` },
        { path: 'entries[2].createdAt', message: 'must be a date and time like 2025-03-01T21:30:00.000Z' },
      ]);
      expect(await count(me)).toEqual({ entries: 0, checkIns: 0, assessments: 0 });
    });

    it('answers malformed JSON with a 400 that says so', async () => {
      const me = await new Client(t.app).signUp();
      for (const payload of ['{"format":"backrub-export","entries":[{"a":1},', '[1,2]', '{"entries": [} ', '{}x']) {
        const response = await me.request('POST', '/api/import', undefined, { 'content-type': 'application/json' });
        expect(response.statusCode).toBe(400);
        const sent = await t.app.inject({ method: 'POST', url: '/api/import', payload, remoteAddress: me.address, headers: { cookie: me.cookie!, 'x-csrf-token': me.csrf!, 'content-type': 'application/json' } });
        expect(sent.statusCode, payload).toBe(400);
        expect(sent.json().error.code).toBe('invalid_request');
      }
    });

    it('a person may still write the same entry twice by hand, and edit one into a copy of another', async () => {
      const me = await new Client(t.app).signUp();
      const first = (await me.post('/api/diary/entries', sampleEntry())).json();
      expect((await me.post('/api/diary/entries', sampleEntry())).statusCode).toBe(201);
      const other = (await me.post('/api/diary/entries', sampleEntry({ painBefore: 2 }))).json();
      expect((await me.put(`/api/diary/entries/${other.id}`, sampleEntry())).statusCode).toBe(200);
      expect((await me.put(`/api/diary/entries/${first.id}`, sampleEntry({ notes: 'edited' }))).statusCode).toBe(200);
      expect((await me.get('/api/diary/entries')).json().entries).toHaveLength(3);
    });
  });
});
