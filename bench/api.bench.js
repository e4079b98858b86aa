// Throughput of POST /api/assess on the real server against a bare Fastify route, measured in the same
// run on the same machine, so the ratio means something where the absolute numbers do not.
// Usage: npm run bench:api (builds first), or node bench/api.bench.js after `npm run build`.
// Each server runs in its own child process (pinned to CPU 1 with `taskset` when available), so
// autocannon in this process does not steal its CPU. The headline is requests per second of the
// server's own CPU time, which a busy shared machine barely moves; wall-clock req/s is printed beside.
// BENCH_SECONDS (default 5) sets each measured round; BENCH_ROUNDS (default 3) rounds per target, alternating.
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childServerUrl } from './child-server.js';
import autocannon from 'autocannon';

const GOAL_RATIO = 0.7;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;

const distMain = new URL('../dist/server/main.js', import.meta.url);

/** A self-care intake of the usual size: a person with a stiff lower back from desk work. */
const intake = JSON.parse(readFileSync(new URL('../test/support/desk-worker.intake.json', import.meta.url), 'utf8'));

// ---- child process: serve one target and print its URL --------------------------------------------
async function serve(target) {
  let close;
  if (target === 'real') {
    const { loadConfig } = await import('../dist/server/config.js');
    const { startServer } = await import('../dist/server/start.js');
    // Production settings except: warn-level logs (two JSON lines per request would flood the terminal)
    // and a limit so high it never trips, while the rate limiter still does its work on every request.
    // The production options open a database (accounts, diary): a throwaway one, not ./data.
    const dataDir = mkdtempSync(join(tmpdir(), 'backrub-bench-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000', DATA_DIR: dataDir });
    const running = await startServer(config, { handleSignals: false });
    close = async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    process.stdout.write(`${JSON.stringify({ url: `${running.url.replace('localhost', '127.0.0.1')}/api/assess` })}\n`);
  } else {
    // The baseline: Fastify with no plugins, answering the same request with the same (fixed) answer.
    const { default: Fastify } = await import('fastify');
    const { assess, IntakeSchema, validate } = await import('../dist/core/index.js');
    const fixed = assess(intake);
    const app = Fastify({ logger: false });
    if (target === 'engine') {
      // The same work as /api/assess (validate, assess, a fresh answer to serialise) without the
      // server's plugins: tells the engine's share of the gap from the plugins' share.
      app.post('/bare', async (request) => {
        const checked = validate(IntakeSchema, request.body);
        return checked.ok ? assess(checked.value) : checked.issues;
      });
    } else app.post('/bare', async () => fixed);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    close = () => app.close();
    process.stdout.write(`${JSON.stringify({ url: `${address}/bare` })}\n`);
  }
  process.on('SIGTERM', () => close().then(() => process.exit(0)));
  // The parent asks for this process's CPU time before and after each round.
  process.on('message', () => process.send(process.cpuUsage()));
}

// ---- parent: start both, load each in turn --------------------------------------------------------
const canPin = process.platform === 'linux' && !spawnSync('taskset', ['-c', '1', 'true']).error;

function startChild(target) {
  const args = [fileURLToPath(import.meta.url), `--serve=${target}`];
  const [command, argv] = canPin ? ['taskset', ['-c', '1', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return childServerUrl(child, target);
}

/** CPU seconds (user + system) the server process has used so far. */
function cpuSeconds(child) {
  return new Promise((resolve) => {
    child.once('message', ({ user, system }) => resolve((user + system) / 1e6));
    child.send('cpu');
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

async function measure(name, server) {
  await load(server.url, WARMUP_SECONDS);
  const cpuBefore = await cpuSeconds(server.child);
  const result = await load(server.url, SECONDS);
  const cpu = (await cpuSeconds(server.child)) - cpuBefore;
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${bad} failed requests (non-2xx ${result.non2xx}, errors ${result.errors})`);
  return { perCpuSecond: result.requests.total / cpu, rps: result.requests.average, p99: result.latency.p99 };
}

async function main() {
  if (!existsSync(distMain)) {
    console.error('dist/server/main.js is missing: run `npm run build` first (npm run bench:api does).');
    process.exit(1);
  }
  const real = await startChild('real');
  const bare = await startChild('bare');
  const engine = await startChild('engine');
  try {
    const check = await fetch(real.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(intake) });
    if (check.status !== 200) throw new Error(`the real server answered ${check.status} to the intake`);

    const runs = { bare: [], real: [], engine: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      runs.bare.push(await measure('bare', bare));
      runs.real.push(await measure('real', real));
      runs.engine.push(await measure('engine', engine));
    }
    const best = (list, key) => Math.max(...list.map((m) => m[key]));
    const figures = (list) => ({ perCpuSecond: best(list, 'perCpuSecond'), rps: best(list, 'rps'), p99: Math.min(...list.map((m) => m.p99)) });
    const b = figures(runs.bare);
    const r = figures(runs.real);
    const e = figures(runs.engine);
    const ratio = r.perCpuSecond / b.perCpuSecond;
    const row = (label, m) =>
      `${label.padEnd(32)} ${m.perCpuSecond.toFixed(0).padStart(7)} req per CPU-second   ${m.rps.toFixed(0).padStart(6)} req/s wall clock   p99 ${String(m.p99).padStart(3)} ms`;
    console.log(`autocannon: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target, best round kept; ` +
      `servers ${canPin ? 'pinned to CPU 1' : 'not pinned (no taskset)'}; load average ${loadavg()[0].toFixed(1)}`);
    console.log(row('bare Fastify route (fixed JSON)', b));
    console.log(row('POST /api/assess (real server)', r));
    console.log(row('bare route + validate + assess', e));
    console.log(`ratio (CPU time): ${(ratio * 100).toFixed(1)}% of the bare route (goal >= ${GOAL_RATIO * 100}%): ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'}`);
    console.log(`ratio (wall clock, noisy on a shared machine): ${((r.rps / b.rps) * 100).toFixed(1)}%`);
    console.log(
      `where the gap is: validate + assess + a fresh answer alone reach ${((e.perCpuSecond / b.perCpuSecond) * 100).toFixed(1)}% of the bare route; ` +
        `the server's plugins and features then keep ${((r.perCpuSecond / e.perCpuSecond) * 100).toFixed(1)}% of that`,
    );
  } finally {
    for (const server of [real, bare, engine]) server.child.kill('SIGTERM');
  }
}

const serveArg = process.argv.find((arg) => arg.startsWith('--serve='));
if (serveArg) await serve(serveArg.slice('--serve='.length));
else await main();
