// Password-reset requests: is a known email's answer as fast as an unknown one's? (issue 13, point 3)
// Times POST /api/auth/reset-request over HTTP for emails with and without an account, alternating,
// against the real server in a child process (its background work must not share the client's event
// loop), with reset mail going to a real local SMTP server. The unknown emails are the baseline
// measured in the same run. Usage: npm run bench:reset (builds first). BENCH_ROUNDS (default 200).
/* global fetch, performance */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { childServerUrl } from './child-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const KNOWN = 20;

// ---- child: the real server, mailing to the parent's SMTP server ----------------------------------
async function serve() {
  const { buildServer } = await import('../dist/server/app.js');
  const { accountsFeature } = await import('../dist/server/accounts.js');
  const { loadConfig } = await import('../dist/server/config.js');
  const { smtpMailer } = await import('../dist/server/auth/mailer.js');
  // TRUST_PROXY for the bench only: each request names its own address (the auth routes allow 30 a minute per address).
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', DATA_DIR: process.env.BENCH_DATA_DIR, TRUST_PROXY: 'true' });
  const app = buildServer(config, {
    logger: false,
    features: [accountsFeature({
      config, publicUrl: 'https://backrub.example.org', mailer: smtpMailer(process.env.BENCH_SMTP_URL, 'backrub <no-reply@example.org>'),
      // Fast hashing for the set-up sign-ups only: a reset request hashes nothing.
      settings: { passwordHashing: { logN: 10, r: 8, p: 1 }, signUpsPerAddress: 1e9, resetMailsPerAccount: 1e9 },
    })],
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
}

// ---- parent ------------------------------------------------------------------------------------------
async function main() {
  let mails = 0;
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, _session, done) { stream.resume(); stream.on('end', () => { mails += 1; done(); }); },
  });
  smtp.on('error', () => undefined);
  await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-bench-reset-'));
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve'], {
    env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { url } = await childServerUrl(child, 'the reset bench');

  let address = 0;
  const post = async (path, body) => {
    address += 1;
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.7.${(address >> 8) & 255}.${address & 255}` },
      body: JSON.stringify(body),
    });
    await response.text();
    return response.status;
  };
  const known = Array.from({ length: KNOWN }, (_, i) => `known${i}@example.org`);
  for (const email of known) if ((await post('/api/auth/signup', { email, password: 'a bench password' })) !== 201) throw new Error('sign-up failed');

  const times = { known: [], unknown: [] };
  for (let i = 0; i < ROUNDS + 20; i++) {
    for (const kind of i % 2 === 0 ? ['known', 'unknown'] : ['unknown', 'known']) {
      const email = kind === 'known' ? known[i % KNOWN] : `nobody${i}@example.org`;
      const start = performance.now();
      const status = await post('/api/auth/reset-request', { email });
      const ms = performance.now() - start;
      if (status !== 202) throw new Error(`reset-request answered ${status}`);
      if (i >= 20) times[kind].push(ms); // the first 20 rounds warm up
    }
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const at = (xs, q) => sorted(xs)[Math.floor(xs.length * q)];
  const median = { known: at(times.known, 0.5), unknown: at(times.unknown, 0.5) };
  console.log(`reset-request over HTTP, ${ROUNDS} of each, SQLite:`);
  console.log(`  unknown email (baseline): median ${median.unknown.toFixed(2)} ms, p90 ${at(times.unknown, 0.9).toFixed(2)} ms`);
  console.log(`  known email:              median ${median.known.toFixed(2)} ms, p90 ${at(times.known, 0.9).toFixed(2)} ms`);
  console.log(`  known / unknown median: ${(median.known / median.unknown).toFixed(2)}x (mails received: ${mails}, all after their answers)`);
  await new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });
  await new Promise((resolve) => smtp.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

if (process.argv.includes('--serve')) await serve();
else await main();
