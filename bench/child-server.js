// Shared by the benches: a server runs in a child process and prints one JSON line with its URL.

/** Resolves with `{ child, url }` once the child prints its `{ "url": ... }` line; rejects if it exits first. */
export function childServerUrl(child, name) {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: JSON.parse(line).url });
    });
    child.on('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
  });
}
