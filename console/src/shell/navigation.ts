import type { Component } from 'vue'
import {
  Bell,
  Clock,
  Document,
  DataAnalysis,
  Files,
  MapLocation,
  Monitor,
  OfficeBuilding,
  Place,
  Stamp,
  Tickets,
  Box,
  User,
  WarningFilled,
} from '@element-plus/icons-vue'
import type { MessageKey } from '@/i18n'

/**
 * The side menu: one entry per platform module, in the order of the work (know, prevent, respond,
 * administer). Entries without a route are modules the platform does not offer yet.
 */
export interface NavEntry {
  key: string
  label: MessageKey
  icon: Component
  /** Route path; absent for modules not built yet (shown disabled, "coming soon"). */
  path?: string
  /** Shown only when the platform lets the user read it (checked by the layout). */
  guarded?: 'audit'
}

export const navigation: NavEntry[] = [
  { key: 'overview', label: 'nav.overview', icon: DataAnalysis, path: '/' },
  { key: 'map', label: 'nav.map', icon: MapLocation, path: '/map' },
  { key: 'regions', label: 'nav.regions', icon: Place, path: '/regions' },
  { key: 'hazards', label: 'nav.hazards', icon: WarningFilled, path: '/hazards' },
  { key: 'monitoring', label: 'nav.monitoring', icon: Monitor, path: '/monitoring' },
  { key: 'warnings', label: 'nav.warnings', icon: Bell, path: '/warnings' },
  { key: 'incidents', label: 'nav.incidents', icon: Tickets, path: '/incidents' },
  { key: 'plans', label: 'nav.plans', icon: Document, path: '/plans' },
  { key: 'resources', label: 'nav.resources', icon: Box, path: '/resources' },
  { key: 'enterprises', label: 'nav.enterprises', icon: OfficeBuilding, path: '/enterprises' },
  { key: 'enforcement', label: 'nav.enforcement', icon: Stamp, path: '/enforcement' },
  { key: 'duty', label: 'nav.duty', icon: Clock, path: '/organisation/duty' },
  { key: 'organisation', label: 'nav.organisation', icon: User, path: '/organisation' },
  { key: 'audit', label: 'nav.audit', icon: Files, path: '/audit', guarded: 'audit' },
]

/** The entry whose route best matches `path` (longest prefix), for highlighting the menu. */
export function activeEntry(path: string, entries: NavEntry[] = navigation): NavEntry | undefined {
  return entries
    .filter((e) => e.path && (e.path === '/' ? path === '/' : path === e.path || path.startsWith(`${e.path}/`)))
    .sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0]
}

