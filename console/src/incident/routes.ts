import type { RouteRecordRaw } from 'vue-router'

/** The incident pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'incidents', name: 'incidents', component: () => import('./IncidentListPage.vue') },
  { path: 'incidents/:id', name: 'incident-board', component: () => import('./IncidentBoardPage.vue'), props: true },
]

/** The incident pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
