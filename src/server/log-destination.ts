import pino from 'pino';

/**
 * Log lines are gathered into writes of about 4 KiB, each a plain synchronous write to stdout. Under
 * load that is one write call for a dozen request lines, with no thread-pool round trip per line:
 * decision 0107 measured it at 9-15% more answers per CPU-second on POST /api/assess than pino's
 * asynchronous writes, which sent nearly every line on its own.
 */
const LOG_BUFFER_BYTES = 4096;
/** A quiet server still writes each line within this time (and `flushLogs` at once). */
const LOG_FLUSH_MS = 1000;

type Destination = ReturnType<typeof pino.destination>;
let stdoutLog: Destination | undefined;

/**
 * The one stdout destination of this process, shared by every server in it (they write to the same
 * file descriptor anyway). What is still buffered is written when the process exits, whatever the
 * reason (a signal's clean shutdown, `process.exit`, an uncaught error).
 */
export function stdoutLogDestination(): Destination {
  if (stdoutLog) return stdoutLog;
  const destination = pino.destination({ dest: 1, sync: true, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS });
  // flush(), not flushSync(): flushSync retries a broken pipe for ever, and a server whose log reader
  // had gone never exited (seen). What is held is under 4 KiB plus a line, so one write takes it all.
  process.once('exit', flushLogs);
  stdoutLog = destination;
  return destination;
}

/** Writes buffered lines now: after "ready", so whoever started the server sees it at once, and at exit. */
export function flushLogs(): void {
  try {
    stdoutLog?.flush();
  } catch {
    // stdout is closed: there is nowhere left to write, and that is no reason to stop serving.
  }
}
