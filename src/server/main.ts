// Entry point of `npm start` / `node dist/server/main.js`. `backrub serve` calls startServer directly.
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './start.js';

try {
  await startServer(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`backrub: ${error.message}. See docs/api.md for the variables and their values.`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`backrub: the port is already in use. Stop the other server or choose another PORT.`);
  } else {
    console.error('backrub: the server could not start:', error);
  }
  process.exitCode = 1;
}
