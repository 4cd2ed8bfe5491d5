import type { RouteRecordRaw } from 'vue-router'

/** The duty pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'organisation/duty', name: 'duty', component: () => import('./DutyPage.vue') },
]

/** The duty pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
