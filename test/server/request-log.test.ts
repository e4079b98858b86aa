import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { deskWorkerIntake, testConfig } from './support.js';

interface LogLine {
  level: number;
  msg: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

describe('request log: one line per request, with method, url, status and time', () => {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildServer(testConfig({ LOG_LEVEL: 'info' }), { logger: { level: 'info', stream } });
    await app.ready();
  });
  afterAll(() => app.close());

  const requestLines = () => lines.filter((line) => line.req !== undefined || /request/.test(line.msg));

  it('writes exactly one line per request, when the answer has gone', async () => {
    lines.length = 0;
    await app.inject({ method: 'POST', url: '/api/assess', payload: deskWorkerIntake });
    await app.inject({ method: 'POST', url: '/api/assess', payload: { age: 'forty' } });
    await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    const logged = requestLines();
    expect(logged).toHaveLength(3);
    expect(logged.map((line) => [line.req?.method, line.req?.url, line.res?.statusCode])).toEqual([
      ['POST', '/api/assess', 200],
      ['POST', '/api/assess', 400],
      ['GET', '/api/nothing-here?x=1', 404],
    ]);
    for (const line of logged) {
      expect(line.msg).toBe('request completed');
      expect(line.responseTime).toEqual(expect.any(Number));
      expect(line.level).toBe(30); // info
    }
  });

  it('writes nothing per request above info level', async () => {
    const quiet = buildServer(testConfig({ LOG_LEVEL: 'warn' }), { logger: { level: 'warn', stream } });
    lines.length = 0;
    await quiet.inject({ method: 'POST', url: '/api/assess', payload: deskWorkerIntake });
    await quiet.close();
    expect(requestLines()).toEqual([]);
  });
});
