import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from '@/kit/section'

/** The monitoring pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  sectionRoute({
    path: 'monitoring',
    title: 'monitoring.section',
    testid: 'monitoring',
    tabs: [
      { name: 'map', label: 'monitoring.tab.map', page: () => import('./StationMapPage.vue') },
      { name: 'alarms', label: 'monitoring.tab.alarms', page: () => import('./AlarmListPage.vue') },
      { name: 'levels', label: 'monitoring.tab.levels', page: () => import('./WaterLevelsPage.vue') },
    ],
  }),
]

/** The monitoring pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
