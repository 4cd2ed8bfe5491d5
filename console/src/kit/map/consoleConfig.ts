import { api } from '@/api/client'
import type { ConsoleConfig } from '@/api/types'

let cached: Promise<ConsoleConfig> | null = null

/** The platform's public console configuration (city, map centre, optional tile source); fetched once. */
export function consoleConfig(): Promise<ConsoleConfig> {
  cached ??= api.get<ConsoleConfig>('/api/public/console-config').catch((error: unknown) => {
    cached = null
    throw error
  })
  return cached
}

/** Shenzhen, no tiles: what the maps fall back to when the configuration cannot be fetched. */
export const DEFAULT_CONSOLE_CONFIG: ConsoleConfig = {
  cityCode: '440300',
  cityName: '深圳市',
  center: [114.06, 22.6],
  zoom: 9,
  tileUrl: null,
  tileAttribution: null,
}

/** The configuration, or the defaults when it cannot be fetched: a map is still useful without it. */
export async function consoleConfigOrDefault(): Promise<ConsoleConfig> {
  try {
    return await consoleConfig()
  } catch (error) {
    console.warn('console-config unavailable, using defaults', error)
    return DEFAULT_CONSOLE_CONFIG
  }
}
