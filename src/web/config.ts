import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_EMERGENCY_NUMBER } from './core.js';

// Settings a deployment may change without rebuilding. The app ships with safe defaults and asks the
// server once (GET /api/config); if the server does not answer (offline, static hosting), defaults stay.

export interface WebConfig {
  /** The number(s) to call in an emergency, in words, e.g. "999 or your local emergency number". */
  emergencyNumber: string;
}

export const DEFAULT_CONFIG: WebConfig = {
  emergencyNumber: DEFAULT_EMERGENCY_NUMBER,
};

let cached: WebConfig = { ...DEFAULT_CONFIG, ...fromBuild() };
let loading: Promise<WebConfig> | null = null;

function fromBuild(): Partial<WebConfig> {
  const text = import.meta.env['VITE_EMERGENCY_NUMBER'] as string | undefined;
  return text ? { emergencyNumber: text } : {};
}

function clean(value: unknown): Partial<WebConfig> {
  if (!value || typeof value !== 'object') return {};
  const text = (value as Record<string, unknown>)['emergencyNumber'];
  return typeof text === 'string' && text.trim().length > 0 && text.length < 200 ? { emergencyNumber: text.trim() } : {};
}

export function loadConfig(): Promise<WebConfig> {
  loading ??= fetch('/api/config', { headers: { accept: 'application/json' } })
    .then(async (res) => (res.ok ? clean(await res.json()) : {}))
    .catch(() => ({}))
    .then((extra) => (cached = { ...cached, ...extra }));
  return loading;
}

export function useConfig(): WebConfig {
  const [config, setConfig] = useState(cached);
  useEffect(() => {
    let live = true;
    void loadConfig().then((c) => live && setConfig(c));
    return () => void (live = false);
  }, []);
  return config;
}
