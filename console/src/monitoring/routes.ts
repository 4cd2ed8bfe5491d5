import type { RouteRecordRaw } from 'vue-router'

/** The monitoring pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  {
    path: 'monitoring',
    component: () => import('./MonitoringSection.vue'),
    children: [
      { path: '', redirect: '/monitoring/map' },
      { path: 'map', name: 'monitoring-map', component: () => import('./StationMapPage.vue') },
      { path: 'alarms', name: 'monitoring-alarms', component: () => import('./AlarmListPage.vue') },
      { path: 'levels', name: 'monitoring-levels', component: () => import('./WaterLevelsPage.vue') },
    ],
  },
]

/** The monitoring pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
