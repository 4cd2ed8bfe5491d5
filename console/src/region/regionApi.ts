import { api } from '@/api/client'
import type {
  Region,
  RegionFeatureCollection,
  RegionLevel,
  RegionStats,
  RegionWithGeometry,
} from '@/api/types'

/** Calls of the platform's `region` module. */

/** Children of `parent`, or the caller's jurisdiction root(s) when no parent is given. */
export function listRegions(parent?: string): Promise<Region[]> {
  return api.get<Region[]>('/api/regions', { parent })
}

export function getRegion(code: string, geometry = false): Promise<RegionWithGeometry> {
  return api.get<RegionWithGeometry>(`/api/regions/${encodeURIComponent(code)}`, { geometry: geometry || undefined })
}

export function regionFeatures(level: RegionLevel, within?: string, signal?: AbortSignal): Promise<RegionFeatureCollection> {
  return api.get<RegionFeatureCollection>('/api/regions/features', { level, within }, signal)
}

export function regionStats(within?: string): Promise<RegionStats[]> {
  return api.get<RegionStats[]>('/api/regions/stats', { within })
}
