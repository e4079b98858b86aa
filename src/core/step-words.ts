// Step lengths as a clock-reader says them ("1 min 30 s"): shared by the web's step lists and the CLI.
// Zod-free, so the CLI's quick commands can load it.

export function durationWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
