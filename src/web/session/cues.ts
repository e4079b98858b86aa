// Cues when a step changes, if the person chose them: a short beep, or the step read out loud.
// Both are optional extras: without sound or speech the screen still changes.

const PREFS_KEY = 'backrub.session-prefs.v1';
export interface CuePrefs {
  beep: boolean;
  speak: boolean;
}

export function loadCuePrefs(): CuePrefs {
  try {
    return parseCuePrefs(localStorage.getItem(PREFS_KEY));
  } catch {
    return parseCuePrefs(null); // storage blocked: both off
  }
}

/** Saved choices read value by value, not cast: anything but `true` (damaged, old or edited) counts as off. */
export function parseCuePrefs(text: string | null): CuePrefs {
  let saved: unknown;
  try {
    saved = JSON.parse(text ?? '{}');
  } catch {
    saved = {};
  }
  const fields = saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  return { beep: fields['beep'] === true, speak: fields['speak'] === true };
}

export function saveCuePrefs(prefs: CuePrefs): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    /* not stored: fine */
  }
}

let audio: AudioContext | null = null;
export function beep(): void {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.32);
  } catch {
    // No sound available: the screen still changes.
  }
}

export function say(text: string): void {
  if (!('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export function hush(): void {
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
}
