// Throughput of POST /api/assess on the real server against a bare Fastify route, measured in the same
// run on the same machine, so the ratio means something where the absolute numbers do not.
// Usage: npm run bench:api (builds first), or node bench/api.bench.js after `npm run build`.
// Each server runs in its own child process, so autocannon (in this process) does not steal its CPU.
// BENCH_SECONDS (default 8) sets the length of each measured round; two rounds per target, alternating.
/* global fetch */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const GOAL_RATIO = 0.7;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = 2;
const ROUNDS = 2;
const CONNECTIONS = 16;

const distMain = new URL('../dist/server/main.js', import.meta.url);

/** A self-care intake of the usual size: a person with a stiff lower back from desk work. */
const intake = {
  age: 42,
  areas: ['lower-back', 'upper-back'],
  pattern: 'one-spot',
  quality: ['dull-ache', 'stiffness'],
  intensity: 4,
  durationDays: 10,
  trend: 'stable',
  causes: ['desk-posture'],
  contexts: ['after-long-day'],
  goals: ['pain-relief', 'relaxation'],
  setting: 'either',
  pressure: 'medium',
  equipment: ['tennis-ball'],
  conditions: [],
  symptoms: [],
};

// ---- child process: serve one target and print its URL --------------------------------------------
async function serve(target) {
  if (target === 'real') {
    const { loadConfig } = await import('../dist/server/config.js');
    const { startServer } = await import('../dist/server/start.js');
    // Production settings except: warn-level logs (two JSON lines per request would flood the terminal)
    // and a limit so high it never trips, while the rate limiter still does its work on every request.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000' });
    const { url } = await startServer(config, { handleSignals: false });
    process.stdout.write(`${JSON.stringify({ url: `${url.replace('localhost', '127.0.0.1')}/api/assess` })}\n`);
  } else {
    // The baseline: Fastify with no plugins, answering the same request with the same (fixed) answer.
    const { default: Fastify } = await import('fastify');
    const { assess } = await import('../dist/core/index.js');
    const fixed = assess(intake);
    const app = Fastify({ logger: false });
    app.post('/bare', async () => fixed);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    process.stdout.write(`${JSON.stringify({ url: `${address}/bare` })}\n`);
  }
  process.on('SIGTERM', () => process.exit(0));
}

// ---- parent: start both, load each in turn --------------------------------------------------------
function startChild(target) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), `--serve=${target}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: JSON.parse(line).url });
    });
    child.on('exit', (code) => reject(new Error(`${target} server exited with ${code}`)));
  });
}

function load(url, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(intake),
        connections: CONNECTIONS,
        duration: seconds,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function measure(name, url) {
  await load(url, WARMUP_SECONDS);
  const result = await load(url, SECONDS);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${bad} failed requests (non-2xx ${result.non2xx}, errors ${result.errors})`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function main() {
  if (!existsSync(distMain)) {
    console.error('dist/server/main.js is missing: run `npm run build` first (npm run bench:api does).');
    process.exit(1);
  }
  const real = await startChild('real');
  const bare = await startChild('bare');
  try {
    const check = await fetch(real.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(intake) });
    if (check.status !== 200) throw new Error(`the real server answered ${check.status} to the intake`);

    const runs = { bare: [], real: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      runs.bare.push(await measure('bare', bare.url));
      runs.real.push(await measure('real', real.url));
    }
    const best = (list) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
    const b = best(runs.bare);
    const r = best(runs.real);
    const ratio = r.rps / b.rps;
    const row = (label, m) => `${label.padEnd(32)} ${m.rps.toFixed(0).padStart(8)} req/s   p99 ${String(m.p99).padStart(4)} ms`;
    console.log(`autocannon: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each (best round kept)`);
    console.log(row('bare Fastify route (fixed JSON)', b));
    console.log(row('POST /api/assess (real server)', r));
    console.log(`ratio: ${(ratio * 100).toFixed(1)}% of the bare route (goal >= ${GOAL_RATIO * 100}%): ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'}`);
  } finally {
    real.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

const serveArg = process.argv.find((arg) => arg.startsWith('--serve='));
if (serveArg) await serve(serveArg.slice('--serve='.length));
else await main();
