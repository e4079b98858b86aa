// Shared by the benches: a server runs in a child process and prints one JSON line with its URL.

/**
 * Resolves with `{ child, url }` once the child prints its `{ "url": ... }` line; rejects if it exits first.
 * After that line, the child's output (e.g. one log line per request) is read and dropped, so the pipe
 * never fills up and this process does not keep it in memory.
 */
export function childServerUrl(child, name) {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (!line) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      out = '';
      resolve({ child, url: JSON.parse(line).url });
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
  });
}
