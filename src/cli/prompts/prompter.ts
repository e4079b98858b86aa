/** One answer a person can pick, with the words they see. */
export interface Choice<V extends string> {
  value: V;
  name: string;
  description?: string;
}

/** Every question has words, and may have one line of help under them. */
interface Asked {
  message: string;
  help?: string;
}

export interface SelectQuestion<V extends string> extends Asked {
  choices: readonly Choice<V>[];
  default?: V;
}

export interface CheckboxQuestion<V extends string> extends Asked {
  choices: readonly Choice<V>[];
  default?: readonly V[];
  /** Returns what is wrong with the ticked values (e.g. "choose at least one area"), or undefined. */
  validate?: (values: V[]) => string | undefined;
}

export interface NumberQuestion extends Asked {
  min: number;
  max: number;
  default?: number;
  /** An empty answer is allowed and means "not sure" (the answer is then undefined). */
  optional?: boolean;
  /** A number of days: "3 weeks", "2 months" or "10 days" are read as days too (core/days-ago.ts). */
  inDays?: boolean;
}

export interface ConfirmQuestion extends Asked {
  default: boolean;
}

/**
 * Asks one question at a time. Two implementations: arrow keys in a terminal (@inquirer/prompts), and
 * numbered answers, one per line, when standard input is not a terminal (piped answers, tests, screen
 * readers that prefer plain lines).
 */
export interface Prompter {
  /** Plain text between questions, e.g. a section title. */
  say(text: string): void;
  select<V extends string>(question: SelectQuestion<V>): Promise<V>;
  checkbox<V extends string>(question: CheckboxQuestion<V>): Promise<V[]>;
  /** A whole number; undefined only for an `optional` question left empty. */
  number(question: NumberQuestion): Promise<number | undefined>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  close(): void;
}
