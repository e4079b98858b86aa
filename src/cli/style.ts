import type { CliIO } from './context.js';

/** Colours are decoration only: every message also says what it means in words. */
export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  /** White on red: reserved for the emergency banner. */
  alarm(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function makeStyle(enabled: boolean): Style {
  if (!enabled) {
    return { enabled, bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, alarm: plain };
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    alarm: (text) => `\u001b[1;97;41m${text}\u001b[0m`,
  };
}

/** Colour when writing to a terminal, unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it on. */
export function useColour(stream: CliIO['stdout'], env: CliIO['env']): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Text width for reports: the terminal's width, kept between 60 and 100 columns (80 when not a terminal). */
export function reportWidth(stream: CliIO['stdout']): number {
  const columns = stream.isTTY && stream.columns ? stream.columns : 80;
  return Math.max(60, Math.min(100, columns));
}

/** Wraps words to `width` columns; every line starts with `indent`, the first one with `first` if given. */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** Wrapped text after a label (`Careful: ...`); the label is painted after wrapping, so colour codes never count as width. */
export function labelled(label: string, text: string, width: number, indent: string, paint: (text: string) => string): string[] {
  const lines = wrap(text, width, `${indent}    `, `${indent}${label} `);
  return lines.map((line, i) => (i === 0 ? `${indent}${paint(label)}${line.slice(indent.length + label.length)}` : line));
}

/** A box around lines of text; `paint` colours each finished line (padding included, so edges align). */
export function box(lines: string[], width: number, paint: (line: string) => string = plain): string[] {
  const inner = width - 4;
  const body = lines.flatMap((line) => (line === '' ? [''] : wrap(line, inner)));
  const edge = '+'.concat('='.repeat(width - 2), '+');
  return [edge, ...body.map((line) => `| ${line.padEnd(inner)} |`), edge].map(paint);
}

/** A heading with a rule under it. */
export function heading(title: string, style: Style): string[] {
  return ['', style.bold(title), style.dim('-'.repeat(title.length))];
}

/** Turns 90 into "1 min 30 s", 120 into "2 min", 45 into "45 s". */
export { durationWords as duration } from '../core/step-words.js';
