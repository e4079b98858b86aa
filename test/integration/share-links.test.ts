import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShareSummarySchema } from '../../src/core/contracts/share-summary.js';
import { deskWorkerIntake } from '../server/support.js';
import { Client, DIALECTS, sampleEntry, startTestApp, type TestApp } from './harness.js';

// Share links name the person if they choose, point at PUBLIC_URL when it is set, and answer a
// summary that its core contract accepts (decision 0080).

describe.each(DIALECTS)('share links on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    me = await new Client(t.app).signUp('named@example.org');
    await me.post('/api/assessments', { intake: deskWorkerIntake });
    await me.post('/api/diary/entries', sampleEntry({ movements: ['pelvic-tilt'] }));
    await me.post('/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00+02:00', pain: 6, enjoyment: 5, activity: 5 });
  });
  afterAll(async () => t?.close());

  it('keeps the chosen name or initials and shows them on the summary', async () => {
    const created = await me.post('/api/shares', { name: '  S. K. ', from: '2025-05-01', to: '2025-06-30' });
    expect(created.statusCode).toBe(201);
    const link = created.json();
    expect(link).toMatchObject({ name: 'S. K.', url: null, onlyThisComputer: false });
    const summary = (await new Client(t.app).get(`/api/shared/${link.token}`)).json();
    expect(summary.person).toEqual({ name: 'S. K.' });
    expect(summary.range).toEqual({ from: '2025-05-01', to: '2025-06-30' });
    expect((await me.get('/api/shares')).json().shares[0]).toMatchObject({ name: 'S. K.' });
  });

  it('has no name unless one is chosen, and the person\'s own summary has none', async () => {
    const link = (await me.post('/api/shares', {})).json();
    expect(link.name).toBeNull();
    expect((await new Client(t.app).get(`/api/shared/${link.token}`)).json().person).toEqual({ name: null });
    expect((await me.get('/api/summary')).json().person).toEqual({ name: null });
  });

  it('refuses a name that could carry a link or markup, naming the field', async () => {
    for (const name of ['<b>Sam</b>', 'https://x.example', 'Sam\u0000', 'A'.repeat(41)]) {
      const response = await me.post('/api/shares', { name });
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error.issues[0].path).toBe('name');
    }
  });

  it('answers summaries that the share summary contract accepts, every section included', async () => {
    const own = (await me.get('/api/summary?from=2025-05-01&to=2025-06-30')).json();
    expect(ShareSummarySchema.safeParse(own).error?.issues ?? []).toEqual([]);
    const link = (await me.post('/api/shares', { sections: ['entries', 'peg'], name: 'Sam' })).json();
    const shared = (await new Client(t.app).get(`/api/shared/${link.token}`)).json();
    expect(ShareSummarySchema.safeParse(shared).error?.issues ?? []).toEqual([]);
  });
});

describe.each(DIALECTS)('share links with PUBLIC_URL on $name', (dialect) => {
  it('builds the whole link from PUBLIC_URL', async () => {
    const t = await startTestApp(dialect, { publicUrl: 'https://backrub.example.org' });
    try {
      const me = await new Client(t.app).signUp('public@example.org');
      const link = (await me.post('/api/shares', {})).json();
      expect(link.url).toBe(`https://backrub.example.org/share/${link.token}`);
      expect(link.onlyThisComputer).toBe(false);
    } finally {
      await t.close();
    }
  });
});
