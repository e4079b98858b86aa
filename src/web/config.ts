import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_REGION_ID, isRegionId, regionWith, type Region, type RegionId } from '../core/knowledge/regions.js';

// Settings a deployment may change without rebuilding. The app ships with safe defaults (the build's
// VITE_REGION / VITE_EMERGENCY_NUMBER, else the neutral region) and asks the server once (GET
// /api/config); if the server does not answer (offline, static hosting), the build's defaults stay.

export interface WebConfig {
  /** The region preset with this instance's numbers: every action is worded from it. */
  region: Region;
  /** The number(s) to call in an emergency, in words, e.g. "999": `region.emergencyNumber`. */
  emergencyNumber: string;
}

interface Numbers {
  region?: RegionId;
  emergencyNumber?: string;
  urgentNumber?: string;
}

function configFrom(numbers: Numbers): WebConfig {
  const region = regionWith(numbers.region ?? DEFAULT_REGION_ID, numbers);
  return { region, emergencyNumber: region.emergencyNumber };
}

function fromBuild(): Numbers {
  return clean({ region: import.meta.env['VITE_REGION'], emergencyNumber: import.meta.env['VITE_EMERGENCY_NUMBER'] });
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 && value.length < 200 ? value.trim() : undefined;

/** Only what the app can use: a known region and short words; anything else is ignored, not trusted. */
function clean(value: unknown): Numbers {
  if (!value || typeof value !== 'object') return {};
  const raw = value as Record<string, unknown>;
  const numbers: Numbers = {};
  const region = text(raw['region']);
  if (region && isRegionId(region)) numbers.region = region;
  const emergencyNumber = text(raw['emergencyNumber']);
  if (emergencyNumber) numbers.emergencyNumber = emergencyNumber;
  const urgentNumber = text(raw['urgentNumber']);
  if (urgentNumber) numbers.urgentNumber = urgentNumber;
  return numbers;
}

const built = fromBuild();
export const DEFAULT_CONFIG: WebConfig = configFrom(built);

let cached: WebConfig = DEFAULT_CONFIG;
let loading: Promise<WebConfig> | null = null;

export function loadConfig(): Promise<WebConfig> {
  loading ??= fetch('/api/config', { headers: { accept: 'application/json' } })
    .then(async (res) => (res.ok ? clean(await res.json()) : {}))
    .catch(() => ({}))
    // The server's region replaces the build's whole: its numbers belong to it.
    .then((server: Numbers) => (cached = server.region || server.emergencyNumber ? configFrom(server) : cached));
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
