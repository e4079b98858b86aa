import { open, readFile } from 'node:fs/promises';
import { invalidIntake, toErrorBody, validateIntakeBatch, type ErrorBody, type Intake } from '../core/index.js';
import type { CliIO } from './context.js';

/** One intake, or a list of them, as the person gave it (a list keeps its order). */
export type IntakeDocument = { ok: true; list: boolean; intakes: Intake[] } | { ok: false; error: ErrorBody };

const rootProblem = (message: string): ErrorBody => ({
  error: { code: 'invalid_intake', message, issues: [{ path: '(root)', message }] },
});

const fileProblems: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function cannotRead(file: string, error: unknown): { ok: false; error: ErrorBody } {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const what = file === '-' ? 'standard input' : `"${file}"`;
  return { ok: false, error: rootProblem(`Cannot read ${what}: ${fileProblems[code] ?? (error as Error).message}.`) };
}

/**
 * Opens FILE (or standard input for `-`) to be read as a stream of byte chunks, for `--ndjson`: the
 * input is never held whole. A file that cannot be opened becomes an error body, never a throw.
 */
export async function openInput(
  file: string,
  stdin: CliIO['stdin'],
): Promise<{ ok: true; chunks: AsyncIterable<string | Uint8Array> } | { ok: false; error: ErrorBody }> {
  if (file === '-') return { ok: true, chunks: stdin as AsyncIterable<string | Uint8Array> };
  try {
    const handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      return cannotRead(file, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    }
    // Raw bytes, not text: the batch cuts them into blocks of lines and decodes each block where it
    // is answered (on a worker with --jobs), so this thread does not decode the input.
    return { ok: true, chunks: handle.createReadStream({ highWaterMark: 64 * 1024 }) };
  } catch (error) {
    return cannotRead(file, error);
  }
}

/** Reads FILE (or standard input for `-`) as text; a file problem becomes an error body, never a throw. */
export async function readInput(file: string, stdin: CliIO['stdin']): Promise<{ ok: true; text: string } | { ok: false; error: ErrorBody }> {
  try {
    return { ok: true, text: file === '-' ? await readAll(stdin) : await readFile(file, 'utf8') };
  } catch (error) {
    return cannotRead(file, error);
  }
}

/** Parses and validates the text: one Intake object, or a JSON array of them. Issues carry `index` for arrays. */
export function parseIntakes(text: string, source: string): IntakeDocument {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, error: rootProblem(`${source} is empty: expected one intake (a JSON object) or a JSON array of intakes.`) };
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: rootProblem(`${source} is not valid JSON (${(error as Error).message}).`) };
  }
  const result = validateIntakeBatch(document);
  if (result.ok) return { ok: true, list: Array.isArray(document), intakes: result.value };
  if (!Array.isArray(document) || document.length === 0) return { ok: false, error: invalidIntake(result.issues) };
  const failed = new Set(result.issues.map((issue) => issue.index)).size;
  const problems = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
  const which = failed === 1 ? `1 of ${document.length} intakes has` : `${failed} of ${document.length} intakes have`;
  return { ok: false, error: toErrorBody('invalid_intake', `${which} ${problems}; nothing was assessed.`, result.issues) };
}

/** The error body as lines a person reads (for the readable mode; `--json` prints the body itself). */
export function describeError(error: ErrorBody): string[] {
  const lines = [error.error.message];
  for (const issue of error.error.issues ?? []) {
    if (issue.path === '(root)' && issue.message === error.error.message) continue;
    const where = issue.index === undefined ? issue.path : `intake #${issue.index + 1}, ${issue.path}`;
    lines.push(`  - ${where}: ${issue.message}`);
  }
  return lines;
}
