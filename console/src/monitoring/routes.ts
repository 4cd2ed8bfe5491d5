import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from '@/kit/section'

/** The monitoring pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  sectionRoute({
    path: 'monitoring',
    title: 'monitoring.section',
    testid: 'monitoring',
    tabs: [
      { name: 'map', label: 'monitoring.tab.map', path: '/monitoring/map' },
      { name: 'alarms', label: 'monitoring.tab.alarms', path: '/monitoring/alarms' },
      { name: 'levels', label: 'monitoring.tab.levels', path: '/monitoring/levels' },
    ],
    children: [
      { path: 'map', name: 'monitoring-map', component: () => import('./StationMapPage.vue') },
      { path: 'alarms', name: 'monitoring-alarms', component: () => import('./AlarmListPage.vue') },
      { path: 'levels', name: 'monitoring-levels', component: () => import('./WaterLevelsPage.vue') },
    ],
  }),
]

/** The monitoring pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
