import type { RouteRecordRaw } from 'vue-router'

/** The resource pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  {
    path: 'resources',
    component: () => import('./ResourceSection.vue'),
    children: [
      { path: '', redirect: '/resources/list' },
      { path: 'list', name: 'resource-list', component: () => import('./ResourceListPage.vue') },
      { path: 'map', name: 'resource-map', component: () => import('./ResourceMapPage.vue') },
      { path: 'dispatches', name: 'resource-dispatches', component: () => import('./DispatchListPage.vue') },
    ],
  },
]

/** The resource pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
