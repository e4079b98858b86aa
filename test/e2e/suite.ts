import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, PHONE } from './browser.js';
import { guardConsole } from './console-guard.js';
import { startWebServer, type RunningServer } from './web-server.js';

// One set-up for every browser suite: the real server and Debian's Chromium started once per file, a
// fresh browser context per page a test opens (closed after the test, so no test works on another's
// page), and the console checked per test (console-guard.ts).

export interface OpenOptions {
  viewport?: { width: number; height: number };
  dark?: boolean;
  serviceWorkers?: 'allow' | 'block';
  acceptDownloads?: boolean;
  timezoneId?: string;
  /** Saved wizard answers (an object, or raw text to test damaged ones) put in before the first page loads. */
  answers?: object | string;
  /** The wizard step saved with the answers. */
  step?: number;
  /**
   * 'once' (default): only before the tab's first page, so a test can clear them and reload;
   * 'if-missing': before every page, whenever none are saved (as a returning visitor would have them).
   */
  seed?: 'once' | 'if-missing';
  /** Scripts run in every page of the context before the app's own (after the answers are seeded). */
  init?: readonly (() => void)[];
  /** Keep the context after the current test (one a `beforeAll` opens for several tests); the caller closes it. */
  keep?: boolean;
}

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly url: string;
  /** Lets the current test (only) log errors matching `pattern`, e.g. a page failing on purpose. */
  expectError(pattern: RegExp): void;
  /** A new context and page, watched for console errors. */
  open(options?: OpenOptions): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * Registers the suite's hooks. `allowed` lists the errors the browser logs for answers the app handles
 * (e.g. "status of 401" while signed out); `env` adds server settings; `shots` is made for screenshots.
 */
export function browserSuite(config: { allowed?: readonly RegExp[]; env?: Record<string, string>; shots?: string } = {}): BrowserSuite {
  const guard = guardConsole(config.allowed);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (config.shots) mkdirSync(config.shots, { recursive: true });
    [server, browser] = await Promise.all([startWebServer(config.env), launchChromium()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started (use it inside a test)');
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
    expectError: (pattern) => guard.expectError(pattern),
    async open(options = {}) {
      const contextOptions: BrowserContextOptions = {
        viewport: options.viewport ?? PHONE,
        colorScheme: options.dark ? 'dark' : 'light',
        reducedMotion: 'reduce',
        serviceWorkers: options.serviceWorkers ?? 'block',
        acceptDownloads: options.acceptDownloads ?? false,
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      };
      const context = await started(browser).newContext(contextOptions);
      if (!options.keep) contexts.push(context);
      if (options.answers !== undefined) await seedAnswers(context, options);
      for (const script of options.init ?? []) await context.addInitScript(script);
      return { context, page: guard.watch(await context.newPage()) };
    },
  };
}

async function seedAnswers(context: BrowserContext, options: OpenOptions): Promise<void> {
  const answers = typeof options.answers === 'string' ? options.answers : JSON.stringify(options.answers);
  const step = options.step === undefined ? null : String(options.step);
  await context.addInitScript(
    ([a, s, once]) => {
      if (once ? sessionStorage.getItem('seeded') : localStorage.getItem('backrub.answers.v1')) return;
      localStorage.setItem('backrub.answers.v1', a);
      if (s !== null) localStorage.setItem('backrub.step.v1', s);
      if (once) sessionStorage.setItem('seeded', '1');
    },
    [answers, step, (options.seed ?? 'once') === 'once'] as const,
  );
}
