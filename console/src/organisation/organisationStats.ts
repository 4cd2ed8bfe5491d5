import type { OrganisationStats } from '@/api/types'
import type { MessageKey } from '@/i18n/messages'

export interface SummaryCard {
  key: string
  label: MessageKey
  value: number
}

/** The overview's cards: 三防 responsible persons (every responsibility type), officers, personnel and waters. */
export function peopleSummary(stats: OrganisationStats): SummaryCard[] {
  const flood = Object.values(stats.byResponsibility ?? {}).reduce((sum, n) => sum + (n ?? 0), 0)
  return [
    { key: 'flood', label: 'overview.flood', value: flood },
    { key: 'infoOfficers', label: 'overview.infoOfficers', value: stats.byRole?.DISASTER_INFORMATION_OFFICER ?? 0 },
    { key: 'forestFire', label: 'overview.forestFire', value: stats.byRole?.FOREST_FIRE_PERSONNEL ?? 0 },
    { key: 'reservoirs', label: 'overview.reservoirs', value: stats.reservoirs ?? 0 },
    { key: 'rivers', label: 'overview.rivers', value: stats.rivers ?? 0 },
  ]
}

/** Pie slices of people by role, largest first, leaving out roles nobody has. */
export function roleSlices(stats: OrganisationStats): { role: string; value: number }[] {
  return Object.entries(stats.byRole ?? {})
    .filter(([, value]) => value > 0)
    .map(([role, value]) => ({ role, value }))
    .sort((a, b) => b.value - a.value)
}
