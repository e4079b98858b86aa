import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 (random port) that keeps every mail it receives, parsed. */
export interface TestSmtp {
  url: string;
  mails: ParsedMail[];
  /** Resolves with the first mail to `to` (at once if it is already here). */
  nextMailTo(to: string, timeoutMs?: number): Promise<ParsedMail>;
  /** Resolves with the n-th mail (1, 2, ...) to `to`, waiting for it. */
  mailTo(to: string, nth: number, timeoutMs?: number): Promise<ParsedMail>;
  /** Holds every message for this long before accepting it (to show answers do not wait for mail). */
  delayMs: number;
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address?.toLowerCase() ?? '') ?? []);

export async function startSmtp(): Promise<TestSmtp> {
  const waiters: { to: string; resolve: () => void }[] = [];
  const smtp: TestSmtp = {
    url: '',
    mails: [],
    delayMs: 0,
    nextMailTo: (to, timeoutMs) => smtp.mailTo(to, 1, timeoutMs),
    async mailTo(to, nth, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = smtp.mails.filter((mail) => recipients(mail).includes(to.toLowerCase()))[nth - 1];
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail number ${nth} to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 200);
          waiters.push({ to: to.toLowerCase(), resolve: () => (clearTimeout(timer), resolve()) });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (smtp.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, smtp.delayMs));
          smtp.mails.push(mail);
          for (const waiter of waiters.splice(0)) waiter.resolve();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client that hangs up mid-mail (a server closing at the end of a test) is not a test failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return smtp;
}
