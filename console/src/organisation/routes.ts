import type { RouteRecordRaw } from 'vue-router'

/** The organisation page inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'organisation', name: 'organisation', component: () => import('./OrganisationPage.vue') },
]

/** The organisation pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
