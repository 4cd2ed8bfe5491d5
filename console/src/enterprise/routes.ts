import type { RouteRecordRaw } from 'vue-router'

/** The enterprise pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'enterprises', name: 'enterprises', component: () => import('./EnterpriseListPage.vue') },
  { path: 'enterprises/map', name: 'enterprise-map', component: () => import('./EnterpriseMapPage.vue') },
  { path: 'enterprises/import', name: 'enterprise-import', component: () => import('./EnterpriseImportPage.vue') },
  { path: 'enterprises/portal', name: 'enterprise-portal', component: () => import('./PortalPage.vue') },
  { path: 'enterprises/:uscc', name: 'enterprise', component: () => import('./EnterpriseProfilePage.vue') },
]

/** The enterprise pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = [
  {
    path: '/public/enterprises/:code',
    name: 'public-enterprise',
    component: () => import('./PublicEnterprisePage.vue'),
    meta: { public: true },
  },
]
