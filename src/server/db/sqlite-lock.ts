import { openSync, closeSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * A pid file beside the SQLite database, held while a server has it open. `backrub restore` refuses
 * to replace the file while a live process holds it. A lock left by a killed process (its pid is gone)
 * is taken over.
 */
export interface SqliteLock {
  release(): void;
}

export function lockFileOf(databaseFile: string): string {
  return `${databaseFile}.lock`;
}

/** The pid holding the lock, if that process is still alive. */
export function lockHolder(databaseFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFileOf(databaseFile), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (pid === process.pid) return pid;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

export function acquireSqliteLock(databaseFile: string): SqliteLock {
  const file = lockFileOf(databaseFile);
  // Several servers on one SQLite file in one process (tests) or across processes are allowed by SQLite
  // itself; the lock only records that *a* server is running. Write our pid (last writer wins).
  const fd = openSync(file, 'w');
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return {
    release() {
      try {
        if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}
