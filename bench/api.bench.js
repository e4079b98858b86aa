// Throughput of POST /api/assess on the real server against a bare Fastify route, measured in the same
// run on the same machine, so the ratio means something where the absolute numbers do not.
// Usage: npm run bench:api (builds first), or node bench/api.bench.js after `npm run build`.
// Each server runs in its own child process (pinned to CPU 1 with `taskset` when available), so
// autocannon in this process does not steal its CPU. The headline is requests per second of the
// server's own CPU time, which a busy shared machine barely moves; wall-clock req/s is printed beside.
// The real server runs with production settings: info-level logs (one JSON line per request, to a log
// file) and compression for clients that ask for it; the API-wide rate limit is off
// (RATE_LIMIT_MAX=0) as in issue 14's measurement, and a second real server with it on is shown beside.
// Goals (issue 14), each a ratio within this run: real >= 0.90x a bare route doing the same validate +
// assess + stringify, and >= 0.30x a bare route answering a fixed JSON. Also printed: the real server's
// idle and peak memory (RSS), and what brotli costs when the client accepts it.
// BENCH_SECONDS (default 5: rounds of 3 s swung from 0.5 to 1.4) sets each measured round; BENCH_ROUNDS (default 5: with 3, one slow round moved the median by 0.1) rounds per target, alternating.
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const GOAL_VS_ENGINE = 0.9;
const GOAL_VS_BARE = 0.3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 16;

const distMain = new URL('../dist/server/main.js', import.meta.url);

/** A self-care intake of the usual size: a person with a stiff lower back from desk work. */
const intake = JSON.parse(readFileSync(new URL('../test/support/desk-worker.intake.json', import.meta.url), 'utf8'));

// ---- child process: serve one target and print its URL --------------------------------------------
async function serve(target) {
  let close;
  if (target === 'real' || target === 'real-limited') {
    const { loadConfig } = await import('../dist/server/config.js');
    const { startServer } = await import('../dist/server/start.js');
    // Production settings, with info-level logs to stdout (one line per request; the parent reads and
    // drops them). 'real' switches the API-wide rate limit off (RATE_LIMIT_MAX=0), as issue 14 measured;
    // 'real-limited' keeps it on with a limit so high it never trips, so it does its work on every request.
    // The production options open a database (accounts, diary): a throwaway one, not ./data.
    const dataDir = mkdtempSync(join(tmpdir(), 'backrub-bench-'));
    const limit = target === 'real' ? '0' : '1000000000';
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', RATE_LIMIT_MAX: limit, DATA_DIR: dataDir });
    const running = await startServer(config, { handleSignals: false });
    close = async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    process.send({ url: `${running.url.replace('localhost', '127.0.0.1')}/api/assess` });
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
    process.send({ url: `${address}/bare` });
  }
  process.on('SIGTERM', () => close().then(() => process.exit(0)));
  // The parent asks for this process's CPU time and memory before and after each round.
  process.on('message', () => process.send({ ...process.cpuUsage(), rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

// ---- parent: start both, load each in turn --------------------------------------------------------
const canPin = process.platform === 'linux' && !spawnSync('taskset', ['-c', '1', 'true']).error;

const logDir = mkdtempSync(join(tmpdir(), 'backrub-bench-logs-'));

/**
 * Starts a server in a child process; resolves with `{ child, url }` once it says where it listens
 * (over IPC). Its stdout, where the real server writes one log line per request, goes to a log file, as
 * on a server with its logs in a file: this process never has to keep up with reading them.
 */
function startChild(target) {
  const args = [fileURLToPath(import.meta.url), `--serve=${target}`];
  const [command, argv] = canPin ? ['taskset', ['-c', '1', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { stdio: ['ignore', openSync(join(logDir, `${target}.log`), 'w'), 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', ({ url }) => resolve({ child, url }));
    child.on('exit', (code) => reject(new Error(`${target} server exited with ${code}`)));
  });
}

/** CPU seconds (user + system) the server process has used so far, and its memory now and at its peak. */
function usage(child) {
  return new Promise((resolve) => {
    child.once('message', ({ user, system, rss, maxRss }) => resolve({ cpu: (user + system) / 1e6, rss, maxRss }));
    child.send('usage');
  });
}

function load(url, seconds, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(intake),
        connections: CONNECTIONS,
        duration: seconds,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function measure(name, server, headers) {
  await load(server.url, WARMUP_SECONDS, headers);
  const before = await usage(server.child);
  const result = await load(server.url, SECONDS, headers);
  const after = await usage(server.child);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${bad} failed requests (non-2xx ${result.non2xx}, errors ${result.errors})`);
  return { perCpuSecond: result.requests.total / (after.cpu - before.cpu), rps: result.requests.average, p99: result.latency.p99, maxRss: after.maxRss };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** The answer's size as sent: plain, and with brotli when the client accepts it. */
async function answerBytes(url) {
  const { request } = await import('node:http');
  const sized = (headers) =>
    new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(intake));
    });
  return { plain: await sized({}), br: await sized({ 'accept-encoding': 'br' }) };
}

async function main() {
  if (!existsSync(distMain)) {
    console.error('dist/server/main.js is missing: run `npm run build` first (npm run bench:api does).');
    process.exit(1);
  }
  const { DYNAMIC_BROTLI_QUALITY, DYNAMIC_GZIP_LEVEL } = await import('../dist/server/app.js');
  const real = await startChild('real');
  const limited = await startChild('real-limited');
  const bare = await startChild('bare');
  const engine = await startChild('engine');
  try {
    const check = await fetch(real.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(intake) });
    if (check.status !== 200) throw new Error(`the real server answered ${check.status} to the intake`);
    const idle = await usage(real.child);
    const sizes = await answerBytes(real.url);

    const runs = { bare: [], real: [], engine: [], brotli: [], limited: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      runs.bare.push(await measure('bare', bare));
      runs.real.push(await measure('real', real));
      runs.engine.push(await measure('engine', engine));
      runs.brotli.push(await measure('real, brotli', real, { 'accept-encoding': 'br' }));
      runs.limited.push(await measure('real, rate limit on', limited));
    }
    const best = (list, key) => Math.max(...list.map((m) => m[key]));
    const figures = (list) => ({ perCpuSecond: best(list, 'perCpuSecond'), rps: best(list, 'rps'), p99: Math.min(...list.map((m) => m.p99)) });
    const b = figures(runs.bare);
    const r = figures(runs.real);
    const e = figures(runs.engine);
    const br = figures(runs.brotli);
    const lim = figures(runs.limited);
    const row = (label, m) =>
      `  ${label.padEnd(40)} ${m.perCpuSecond.toFixed(0).padStart(7)} req per CPU-second   ${m.rps.toFixed(0).padStart(6)} req/s wall clock   p99 ${String(m.p99).padStart(3)} ms`;
    console.log(`backrub API bench: POST /api/assess, autocannon ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target ` +
      `(alternating), best round kept; servers ${canPin ? 'pinned to CPU 1' : 'not pinned (no taskset)'}; load average ${loadavg()[0].toFixed(1)}`);
    console.log(row('bare Fastify route (fixed JSON)', b));
    console.log(row('bare route + validate + assess', e));
    console.log(row('POST /api/assess (real server)', r));
    console.log(row('POST /api/assess, client accepts brotli', br));
    console.log(row('POST /api/assess, API rate limit on', lim));
    // Ratios per round (each round measures every target back to back), then their median: steadier on a shared machine.
    const perRound = (list, base) => list.map((m, i) => m.perCpuSecond / base[i].perCpuSecond);
    const vsEngine = median(perRound(runs.real, runs.engine));
    const vsBare = median(perRound(runs.real, runs.bare));
    const spread = (ratios) => `rounds ${ratios.map((x) => x.toFixed(2)).join(', ')}`;
    console.log('ratios (CPU time, median of the rounds):');
    console.log(`  real / bare validate + assess route: ${vsEngine.toFixed(2)} (goal >= ${GOAL_VS_ENGINE.toFixed(2)}): ${verdict(vsEngine >= GOAL_VS_ENGINE)}   [${spread(perRound(runs.real, runs.engine))}]`);
    console.log(`  real / bare fixed-JSON route:        ${vsBare.toFixed(2)} (goal >= ${GOAL_VS_BARE.toFixed(2)}): ${verdict(vsBare >= GOAL_VS_BARE)}   [${spread(perRound(runs.real, runs.bare))}]`);
    console.log(`  (wall clock, noisy on a shared machine: ${(r.rps / e.rps).toFixed(2)} and ${(r.rps / b.rps).toFixed(2)})`);
    console.log(`  with the API-wide rate limit on (the default, 300 a minute): ${median(perRound(runs.limited, runs.engine)).toFixed(2)} of the validate + assess route (no goal)`);
    const cheap = DYNAMIC_BROTLI_QUALITY <= 2 && DYNAMIC_GZIP_LEVEL <= 4;
    console.log(`compression of dynamic JSON: brotli quality ${DYNAMIC_BROTLI_QUALITY}, gzip level ${DYNAMIC_GZIP_LEVEL} (goal: brotli <= 2 or gzip <= 4): ${verdict(cheap)}`);
    console.log(`  answer ${sizes.plain.bytes} bytes plain, ${sizes.br.bytes} bytes ${sizes.br.encoding}; ` +
      `with brotli the server keeps ${(median(perRound(runs.brotli, runs.real)) * 100).toFixed(0)}% of its plain throughput`);
    const peak = Math.max(...[...runs.real, ...runs.brotli].map((m) => m.maxRss));
    console.log(`memory of the real server (RSS): ${mb(idle.rss)} idle after start-up, ${mb(peak)} peak under load`);
  } finally {
    for (const server of [real, limited, bare, engine]) server.child.kill('SIGTERM');
    rmSync(logDir, { recursive: true, force: true });
  }
}

const serveArg = process.argv.find((arg) => arg.startsWith('--serve='));
if (serveArg) await serve(serveArg.slice('--serve='.length));
else await main();
