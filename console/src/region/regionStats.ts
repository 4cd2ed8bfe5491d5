import type { MessageKey } from '@/i18n'
import type { RegionStats } from '@/api/types'

export interface LevelCount {
  key: 'districts' | 'streets' | 'communities' | 'grids'
  label: MessageKey
  value: number
}

/** Number of regions per level under a jurisdiction, from the per-district statistics rows. */
export function totals(rows: RegionStats[]): LevelCount[] {
  const add = (key: 'streets' | 'communities' | 'grids') => rows.reduce((n, row) => n + row[key], 0)
  return [
    { key: 'districts', label: 'overview.districts', value: rows.length },
    { key: 'streets', label: 'overview.streets', value: add('streets') },
    { key: 'communities', label: 'overview.communities', value: add('communities') },
    { key: 'grids', label: 'overview.grids', value: add('grids') },
  ]
}
