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
