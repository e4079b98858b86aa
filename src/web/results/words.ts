/** A session or step length as people say it: "45 seconds", "about 1 minute", "about 12 minutes". */
export function formatMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (seconds < 60) return `${seconds} seconds`;
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}
