import { UsageError, type CliCommand } from '../context.js';

function baseUrlOption(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // worded below
  }
  throw new UsageError(`--base-url must be an http:// or https:// address such as https://backrub.example.org (got "${value}").`);
}

export const resetLinkCommand: CliCommand = {
  name: 'reset-link',
  register(program, ctx) {
    program
      .command('reset-link')
      .description('print a one-time link (30 minutes) that lets the owner of EMAIL choose a new password; for servers without SMTP_URL')
      .argument('<email>', 'the email of the account')
      .option('--base-url <url>', 'where people open backrub (default: PUBLIC_URL, else http://localhost:PORT)')
      .action(async (email: string, options: { baseUrl?: string }) => {
        // Imported here, not at the top: only this command needs the server's code (fast start-up for the rest).
        const [{ operatorResetLink }, { persistenceConfig }] = await Promise.all([
          import('../../server/auth/reset-link.js'),
          import('../persistence.js'),
        ]);
        const config = persistenceConfig(ctx);
        const base = options.baseUrl !== undefined ? baseUrlOption(options.baseUrl) : (config.publicUrl ?? `http://localhost:${config.port}`);
        const link = await operatorResetLink(config, email, base);
        if (!link) throw new UsageError(`No account has the email ${email.trim().toLowerCase()}.`);
        ctx.stdout.write(`${link}\n`);
        ctx.stderr.write('Give this link only to the owner of the account. It works once, for 30 minutes.\n');
      });
  },
};
