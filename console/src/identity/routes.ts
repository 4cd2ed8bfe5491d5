import type { RouteRecordRaw } from 'vue-router'

/** The identity pages inside the console layout: none. */
export const routes: RouteRecordRaw[] = []

/** The login page: public, outside the console frame. */
export const standaloneRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./LoginPage.vue'), meta: { public: true } },
]
