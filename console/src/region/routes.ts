import type { RouteRecordRaw } from 'vue-router'

/** The region pages inside the console layout (paths relative to '/'): the overview is the console's home. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'overview', component: () => import('./RegionOverviewPage.vue') },
  { path: 'map', name: 'map', component: () => import('./map/RegionMapPage.vue') },
  { path: 'regions', name: 'regions', component: () => import('./RegionTreePage.vue') },
]

/** The region pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
